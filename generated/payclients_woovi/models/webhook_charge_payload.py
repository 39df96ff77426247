from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import webhook_event as _e_webhook_event
from ..models.webhook_event import WebhookEvent

if TYPE_CHECKING:
    from ..models.boleto_payment import BoletoPayment
    from ..models.charge import Charge
    from ..models.charge_refund import ChargeRefund
    from ..models.customer import Customer
    from ..models.pix_qr_code import PixQrCode
    from ..models.transaction import Transaction
    from ..models.webhook_account import WebhookAccount
    from ..models.webhook_company import WebhookCompany


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WebhookChargePayload:
    """Body of the OPENPIX:CHARGE_* events.

    Attributes:
        event (WebhookEvent | None): Event a webhook subscribes to, and the `event` field of its deliveries.
        charge (Charge | None):
        pix (Transaction | None):
        pix_qr_code (PixQrCode | None):
        boleto (BoletoPayment | None):
        payer (Customer | None):
        company (WebhookCompany | None): Company that owns the resource of a webhook.
        account (WebhookAccount | None): Account the event belongs to; the fields sent vary by event.
        refunds (list[ChargeRefund] | None):
    """

    _FIELDS = (
        "event",
        "charge",
        "pix",
        "pix_qr_code",
        "boleto",
        "payer",
        "company",
        "account",
        "refunds",
    )
    _KEYS = frozenset(
        (
            "event",
            "charge",
            "pix",
            "pixQrCode",
            "boleto",
            "payer",
            "company",
            "account",
            "refunds",
        )
    )

    event: WebhookEvent | None = _attrs_field(default=None, converter=_e_webhook_event.coerce_optional)
    charge: Charge | None = None
    pix: Transaction | None = None
    pix_qr_code: PixQrCode | None = None
    boleto: BoletoPayment | None = None
    payer: Customer | None = None
    company: WebhookCompany | None = None
    account: WebhookAccount | None = None
    refunds: list[ChargeRefund] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.event
        if _v is not None:
            _d["event"] = _v
        _v = self.charge
        if _v is not None:
            _d["charge"] = _v.to_dict()
        _v = self.pix
        if _v is not None:
            _d["pix"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pix_qr_code
        if _v is not None:
            _d["pixQrCode"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.boleto
        if _v is not None:
            _d["boleto"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.payer
        if _v is not None:
            _d["payer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.company
        if _v is not None:
            _d["company"] = _v.to_dict()
        _v = self.account
        if _v is not None:
            _d["account"] = _v.to_dict()
        _v = self.refunds
        if _v is not None:
            _d["refunds"] = [_x.to_dict() for _x in _v]
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
            _key = "event"
            _v = _d.get("event")
            _obj.event = (
                None
                if _v is None
                else (
                    (_e_webhook_event.BY_VALUE.get(_v) or WebhookEvent(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "charge"
            _v = _d.get("charge")
            _obj.charge = None if _v is None else (_models.Charge.from_dict(_v))
            _key = "pix"
            _v = _d.get("pix")
            _obj.pix = None if _v is None else (_models.Transaction.from_dict(_v))
            _key = "pixQrCode"
            _v = _d.get("pixQrCode")
            _obj.pix_qr_code = None if _v is None else (_models.PixQrCode.from_dict(_v))
            _key = "boleto"
            _v = _d.get("boleto")
            _obj.boleto = None if _v is None else (_models.BoletoPayment.from_dict(_v))
            _key = "payer"
            _v = _d.get("payer")
            _obj.payer = None if _v is None else (_models.Customer.from_dict(_v))
            _key = "company"
            _v = _d.get("company")
            _obj.company = None if _v is None else (_models.WebhookCompany.from_dict(_v))
            _key = "account"
            _v = _d.get("account")
            _obj.account = None if _v is None else (_models.WebhookAccount.from_dict(_v))
            _key = "refunds"
            _v = _d.get("refunds")
            _obj.refunds = None if _v is None else (_t.list_of(_v, _models.ChargeRefund.from_dict))
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
