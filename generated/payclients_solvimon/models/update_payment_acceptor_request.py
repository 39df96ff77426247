from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_acceptor_type as _e_payment_acceptor_type
from ..models import resource_status as _e_resource_status
from ..models.payment_acceptor_type import PaymentAcceptorType
from ..models.resource_status import ResourceStatus

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount
    from ..models.payment_acceptor_custom_redirect import PaymentAcceptorCustomRedirect
    from ..models.payment_gateway_payment_acceptor import PaymentGatewayPaymentAcceptor


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdatePaymentAcceptorRequest:
    """UpdatePaymentAcceptorRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        billing_entity_id (str | None):
        customer_id (str | None):
        reference (str | None):
        name (str | None):
        description (str | None):
        type_ (PaymentAcceptorType | None):
        bank_account (BankAccount | None): Bank account details of a payment acceptor.
        payment_gateway (PaymentGatewayPaymentAcceptor | None): Payment acceptor backed by a payment gateway integration.
        custom_redirect (PaymentAcceptorCustomRedirect | None): External payment page of a payment acceptor.
        status (ResourceStatus | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "billing_entity_id",
        "customer_id",
        "reference",
        "name",
        "description",
        "type_",
        "bank_account",
        "payment_gateway",
        "custom_redirect",
        "status",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "billing_entity_id",
            "customer_id",
            "reference",
            "name",
            "description",
            "type",
            "bank_account",
            "payment_gateway",
            "custom_redirect",
            "status",
        )
    )

    object_type: str | None = None
    id: str | None = None
    billing_entity_id: str | None = None
    customer_id: str | None = None
    reference: str | None = None
    name: str | None = None
    description: str | None = None
    type_: PaymentAcceptorType | None = _attrs_field(default=None, converter=_e_payment_acceptor_type.coerce_optional)
    bank_account: BankAccount | None = None
    payment_gateway: PaymentGatewayPaymentAcceptor | None = None
    custom_redirect: PaymentAcceptorCustomRedirect | None = None
    status: ResourceStatus | None = _attrs_field(default=None, converter=_e_resource_status.coerce_optional)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.billing_entity_id
        if _v is not None:
            _d["billing_entity_id"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.bank_account
        if _v is not None:
            _d["bank_account"] = _v.to_dict()
        _v = self.payment_gateway
        if _v is not None:
            _d["payment_gateway"] = _v.to_dict()
        _v = self.custom_redirect
        if _v is not None:
            _d["custom_redirect"] = _v.to_dict()
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
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
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "billing_entity_id"
            _v = _d.get("billing_entity_id")
            _obj.billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_payment_acceptor_type.BY_VALUE.get(_v) or PaymentAcceptorType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "bank_account"
            _v = _d.get("bank_account")
            _obj.bank_account = None if _v is None else (_models.BankAccount.from_dict(_v))
            _key = "payment_gateway"
            _v = _d.get("payment_gateway")
            _obj.payment_gateway = None if _v is None else (_models.PaymentGatewayPaymentAcceptor.from_dict(_v))
            _key = "custom_redirect"
            _v = _d.get("custom_redirect")
            _obj.custom_redirect = None if _v is None else (_models.PaymentAcceptorCustomRedirect.from_dict(_v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_resource_status.BY_VALUE.get(_v) or ResourceStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
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
