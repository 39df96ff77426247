from __future__ import annotations

import datetime
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
    from ..models.installment_cobr import InstallmentCobr


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WebhookPixAutomaticCobrPayload:
    """Body of the PIX_AUTOMATIC_COBR_* events; the installment fields sit at the top level.

    Attributes:
        date_generate_charge (datetime.datetime | None):
        expiration (int | None):
        installment_number (int | None):
        value (int | None):
        status (str | None):
        created_at (datetime.datetime | None):
        cobr (InstallmentCobr | None):
        payment_subscription_global_id (str | None): globalID of the subscription.
        correlation_id (str | None):
        global_id (str | None):
        event (WebhookEvent | None): Event a webhook subscribes to, and the `event` field of its deliveries.
    """

    _FIELDS = (
        "date_generate_charge",
        "expiration",
        "installment_number",
        "value",
        "status",
        "created_at",
        "cobr",
        "payment_subscription_global_id",
        "correlation_id",
        "global_id",
        "event",
    )
    _KEYS = frozenset(
        (
            "dateGenerateCharge",
            "expiration",
            "installmentNumber",
            "value",
            "status",
            "createdAt",
            "cobr",
            "paymentSubscriptionGlobalID",
            "correlationID",
            "globalID",
            "event",
        )
    )

    date_generate_charge: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    expiration: int | None = None
    installment_number: int | None = None
    value: int | None = None
    status: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    cobr: InstallmentCobr | None = None
    payment_subscription_global_id: str | None = None
    correlation_id: str | None = None
    global_id: str | None = None
    event: WebhookEvent | None = _attrs_field(default=None, converter=_e_webhook_event.coerce_optional)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.date_generate_charge
        if _v is not None:
            _d["dateGenerateCharge"] = _t.iso(_v)
        _v = self.expiration
        if _v is not None:
            _d["expiration"] = _v
        _v = self.installment_number
        if _v is not None:
            _d["installmentNumber"] = _v
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.created_at
        if _v is not None:
            _d["createdAt"] = _t.iso(_v)
        _v = self.cobr
        if _v is not None:
            _d["cobr"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.payment_subscription_global_id
        if _v is not None:
            _d["paymentSubscriptionGlobalID"] = _v
        _v = self.correlation_id
        if _v is not None:
            _d["correlationID"] = _v
        _v = self.global_id
        if _v is not None:
            _d["globalID"] = _v
        _v = self.event
        if _v is not None:
            _d["event"] = _v
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
            _key = "dateGenerateCharge"
            _v = _d.get("dateGenerateCharge")
            _obj.date_generate_charge = None if _v is None else (_t.date_time(_v))
            _key = "expiration"
            _v = _d.get("expiration")
            _obj.expiration = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "installmentNumber"
            _v = _d.get("installmentNumber")
            _obj.installment_number = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "createdAt"
            _v = _d.get("createdAt")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _key = "cobr"
            _v = _d.get("cobr")
            _obj.cobr = None if _v is None else (_models.InstallmentCobr.from_dict(_v))
            _key = "paymentSubscriptionGlobalID"
            _v = _d.get("paymentSubscriptionGlobalID")
            _obj.payment_subscription_global_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "correlationID"
            _v = _d.get("correlationID")
            _obj.correlation_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "globalID"
            _v = _d.get("globalID")
            _obj.global_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
