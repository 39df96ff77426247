from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.invoice_payment_action_bank_account_details import InvoicePaymentActionBankAccountDetails
    from ..models.invoice_payment_action_custom_redirect_details import InvoicePaymentActionCustomRedirectDetails
    from ..models.invoice_payment_action_payment_gateway_details import InvoicePaymentActionPaymentGatewayDetails
    from ..models.payment_acceptor import PaymentAcceptor


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoicePaymentAction:
    """One way the customer can pay the invoice.

    Attributes:
        payment_acceptor_id (str | None):
        payment_acceptor (PaymentAcceptor | None):
        type_ (str | None): Kind of payment action, matching the payment acceptor type.
        bank_account (InvoicePaymentActionBankAccountDetails | None): Bank details for paying by transfer.
        payment_gateway (InvoicePaymentActionPaymentGatewayDetails | None): Payment gateway session data for paying online.
        custom_redirect (InvoicePaymentActionCustomRedirectDetails | None): External page for paying.
    """

    _FIELDS = (
        "payment_acceptor_id",
        "payment_acceptor",
        "type_",
        "bank_account",
        "payment_gateway",
        "custom_redirect",
    )
    _KEYS = frozenset(
        (
            "payment_acceptor_id",
            "payment_acceptor",
            "type",
            "bank_account",
            "payment_gateway",
            "custom_redirect",
        )
    )

    payment_acceptor_id: str | None = None
    payment_acceptor: PaymentAcceptor | None = None
    type_: str | None = None
    bank_account: InvoicePaymentActionBankAccountDetails | None = None
    payment_gateway: InvoicePaymentActionPaymentGatewayDetails | None = None
    custom_redirect: InvoicePaymentActionCustomRedirectDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.payment_acceptor_id
        if _v is not None:
            _d["payment_acceptor_id"] = _v
        _v = self.payment_acceptor
        if _v is not None:
            _d["payment_acceptor"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.bank_account
        if _v is not None:
            _d["bank_account"] = _v.to_dict()
        _v = self.payment_gateway
        if _v is not None:
            _d["payment_gateway"] = _v.to_dict()
        _v = self.custom_redirect
        if _v is not None:
            _d["custom_redirect"] = _v.to_dict()
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "payment_acceptor_id"
            _v = _d.get("payment_acceptor_id")
            _obj.payment_acceptor_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "payment_acceptor"
            _v = _d.get("payment_acceptor")
            _obj.payment_acceptor = None if _v is None else (_models.PaymentAcceptor.from_dict(_v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bank_account"
            _v = _d.get("bank_account")
            _obj.bank_account = None if _v is None else (_models.InvoicePaymentActionBankAccountDetails.from_dict(_v))
            _key = "payment_gateway"
            _v = _d.get("payment_gateway")
            _obj.payment_gateway = (
                None if _v is None else (_models.InvoicePaymentActionPaymentGatewayDetails.from_dict(_v))
            )
            _key = "custom_redirect"
            _v = _d.get("custom_redirect")
            _obj.custom_redirect = (
                None if _v is None else (_models.InvoicePaymentActionCustomRedirectDetails.from_dict(_v))
            )
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
