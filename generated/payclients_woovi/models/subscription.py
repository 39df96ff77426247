from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import subscription_frequency as _e_subscription_frequency
from ..models import subscription_status as _e_subscription_status
from ..models import subscription_type as _e_subscription_type
from ..models.subscription_frequency import SubscriptionFrequency
from ..models.subscription_status import SubscriptionStatus
from ..models.subscription_type import SubscriptionType

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.customer import Customer
    from ..models.pix_recurring import PixRecurring


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Subscription:
    """Subscription

    Attributes:
        correlation_id (str):
        value (int):
        global_id (str | None):
        name (str | None):
        customer (Customer | None):
        type_ (SubscriptionType | None):
        frequency (SubscriptionFrequency | None):
        status (SubscriptionStatus | None):
        is_active (bool | None):
        day_generate_charge (int | None):
        day_due (int | None):
        installments_count (int | None):
        payment_link_url (str | None):
        additional_info (list[AdditionalInfo] | None):
        addtional_info (list[AdditionalInfo] | None): Spelling used by the published spec; kept so either form parses.
        pix_recurring (PixRecurring | None): Pix Automatico authorization of a subscription.
        pix_recurring_options (PixRecurring | None): Pix Automatico authorization of a subscription.
    """

    _FIELDS = (
        "correlation_id",
        "value",
        "global_id",
        "name",
        "customer",
        "type_",
        "frequency",
        "status",
        "is_active",
        "day_generate_charge",
        "day_due",
        "installments_count",
        "payment_link_url",
        "additional_info",
        "addtional_info",
        "pix_recurring",
        "pix_recurring_options",
    )
    _KEYS = frozenset(
        (
            "correlationID",
            "value",
            "globalID",
            "name",
            "customer",
            "type",
            "frequency",
            "status",
            "isActive",
            "dayGenerateCharge",
            "dayDue",
            "installmentsCount",
            "paymentLinkUrl",
            "additionalInfo",
            "addtionalInfo",
            "pixRecurring",
            "pixRecurringOptions",
        )
    )

    correlation_id: str
    value: int
    global_id: str | None = None
    name: str | None = None
    customer: Customer | None = None
    type_: SubscriptionType | None = _attrs_field(default=None, converter=_e_subscription_type.coerce_optional)
    frequency: SubscriptionFrequency | None = _attrs_field(
        default=None, converter=_e_subscription_frequency.coerce_optional
    )
    status: SubscriptionStatus | None = _attrs_field(default=None, converter=_e_subscription_status.coerce_optional)
    is_active: bool | None = None
    day_generate_charge: int | None = None
    day_due: int | None = None
    installments_count: int | None = None
    payment_link_url: str | None = None
    additional_info: list[AdditionalInfo] | None = None
    addtional_info: list[AdditionalInfo] | None = None
    pix_recurring: PixRecurring | None = None
    pix_recurring_options: PixRecurring | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["correlationID"] = self.correlation_id
        _d["value"] = self.value
        _v = self.global_id
        if _v is not None:
            _d["globalID"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.frequency
        if _v is not None:
            _d["frequency"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.is_active
        if _v is not None:
            _d["isActive"] = _v
        _v = self.day_generate_charge
        if _v is not None:
            _d["dayGenerateCharge"] = _v
        _v = self.day_due
        if _v is not None:
            _d["dayDue"] = _v
        _v = self.installments_count
        if _v is not None:
            _d["installmentsCount"] = None if _v is _t.NULL else _v
        _v = self.payment_link_url
        if _v is not None:
            _d["paymentLinkUrl"] = _v
        _v = self.additional_info
        if _v is not None:
            _d["additionalInfo"] = [_x.to_dict() for _x in _v]
        _v = self.addtional_info
        if _v is not None:
            _d["addtionalInfo"] = [_x.to_dict() for _x in _v]
        _v = self.pix_recurring
        if _v is not None:
            _d["pixRecurring"] = _v.to_dict()
        _v = self.pix_recurring_options
        if _v is not None:
            _d["pixRecurringOptions"] = _v.to_dict()
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
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "value"
            _v = _d.get("value")
            if _v is None:
                _t.missing(_d, _key)
            _obj.value = _v if type(_v) is int else _t.integer(_v)
            _key = "globalID"
            _v = _d.get("globalID")
            _obj.global_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer"
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.Customer.from_dict(_v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_subscription_type.BY_VALUE.get(_v) or SubscriptionType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "frequency"
            _v = _d.get("frequency")
            _obj.frequency = (
                None
                if _v is None
                else (
                    (_e_subscription_frequency.BY_VALUE.get(_v) or SubscriptionFrequency(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_subscription_status.BY_VALUE.get(_v) or SubscriptionStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "isActive"
            _v = _d.get("isActive")
            _obj.is_active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "dayGenerateCharge"
            _v = _d.get("dayGenerateCharge")
            _obj.day_generate_charge = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "dayDue"
            _v = _d.get("dayDue")
            _obj.day_due = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "installmentsCount"
            _v = _d.get("installmentsCount")
            _obj.installments_count = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "paymentLinkUrl"
            _v = _d.get("paymentLinkUrl")
            _obj.payment_link_url = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "additionalInfo"
            _v = _d.get("additionalInfo")
            _obj.additional_info = None if _v is None else (_t.list_of(_v, _models.AdditionalInfo.from_dict))
            _key = "addtionalInfo"
            _v = _d.get("addtionalInfo")
            _obj.addtional_info = None if _v is None else (_t.list_of(_v, _models.AdditionalInfo.from_dict))
            _key = "pixRecurring"
            _v = _d.get("pixRecurring")
            _obj.pix_recurring = None if _v is None else (_models.PixRecurring.from_dict(_v))
            _key = "pixRecurringOptions"
            _v = _d.get("pixRecurringOptions")
            _obj.pix_recurring_options = None if _v is None else (_models.PixRecurring.from_dict(_v))
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
