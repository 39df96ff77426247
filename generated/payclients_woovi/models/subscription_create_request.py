from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import charge_type as _e_charge_type
from ..models import subscription_frequency as _e_subscription_frequency
from ..models import subscription_type as _e_subscription_type
from ..models.charge_type import ChargeType
from ..models.subscription_frequency import SubscriptionFrequency
from ..models.subscription_type import SubscriptionType

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.customer_input import CustomerInput
    from ..models.pix_recurring_options_input import PixRecurringOptionsInput


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class SubscriptionCreateRequest:
    """SubscriptionCreateRequest

    Attributes:
        customer (CustomerInput): Customer fields that can be set or changed.
        value (int): Amount of each installment in cents.
        correlation_id (str):
        type_ (SubscriptionType):
        name (str | None):
        comment (str | None):
        frequency (SubscriptionFrequency | None):
        charge_type (ChargeType | None):
        day_generate_charge (int | datetime.datetime | None): Day of the month (1-31) when charges are generated, or the date of the first one.
        day_due (int | None): Days the payer has to pay each charge (7 when omitted).
        installment_count (int | None):
        additional_info (list[AdditionalInfo] | None):
        pix_recurring_options (PixRecurringOptionsInput | None):
    """

    _FIELDS = (
        "customer",
        "value",
        "correlation_id",
        "type_",
        "name",
        "comment",
        "frequency",
        "charge_type",
        "day_generate_charge",
        "day_due",
        "installment_count",
        "additional_info",
        "pix_recurring_options",
    )
    _KEYS = frozenset(
        (
            "customer",
            "value",
            "correlationID",
            "type",
            "name",
            "comment",
            "frequency",
            "chargeType",
            "dayGenerateCharge",
            "dayDue",
            "installmentCount",
            "additionalInfo",
            "pixRecurringOptions",
        )
    )

    customer: CustomerInput
    value: int
    correlation_id: str
    type_: SubscriptionType = _attrs_field(converter=_e_subscription_type.coerce)
    name: str | None = None
    comment: str | None = None
    frequency: SubscriptionFrequency | None = _attrs_field(
        default=None, converter=_e_subscription_frequency.coerce_optional
    )
    charge_type: ChargeType | None = _attrs_field(default=None, converter=_e_charge_type.coerce_optional)
    day_generate_charge: int | datetime.datetime | None = None
    day_due: int | None = None
    installment_count: int | None = None
    additional_info: list[AdditionalInfo] | None = None
    pix_recurring_options: PixRecurringOptionsInput | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["customer"] = self.customer.to_dict()
        _d["value"] = self.value
        _d["correlationID"] = self.correlation_id
        _d["type"] = self.type_
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.comment
        if _v is not None:
            _d["comment"] = _v
        _v = self.frequency
        if _v is not None:
            _d["frequency"] = _v
        _v = self.charge_type
        if _v is not None:
            _d["chargeType"] = _v
        _v = self.day_generate_charge
        if _v is not None:
            _d["dayGenerateCharge"] = _t.dump(_v)
        _v = self.day_due
        if _v is not None:
            _d["dayDue"] = _v
        _v = self.installment_count
        if _v is not None:
            _d["installmentCount"] = _v
        _v = self.additional_info
        if _v is not None:
            _d["additionalInfo"] = [_x.to_dict() for _x in _v]
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
            _key = "customer"
            _v = _d.get("customer")
            if _v is None:
                _t.missing(_d, _key)
            _obj.customer = _models.CustomerInput.from_dict(_v)
            _key = "value"
            _v = _d.get("value")
            if _v is None:
                _t.missing(_d, _key)
            _obj.value = _v if type(_v) is int else _t.integer(_v)
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "type"
            _v = _d.get("type")
            if _v is None:
                _t.missing(_d, _key)
            _obj.type_ = (
                (_e_subscription_type.BY_VALUE.get(_v) or SubscriptionType(_v))
                if type(_v) is str
                else _t.wrong("string", _v)
            )
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "comment"
            _v = _d.get("comment")
            _obj.comment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
            _key = "chargeType"
            _v = _d.get("chargeType")
            _obj.charge_type = (
                None
                if _v is None
                else (
                    (_e_charge_type.BY_VALUE.get(_v) or ChargeType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "dayGenerateCharge"
            _v = _d.get("dayGenerateCharge")
            _obj.day_generate_charge = (
                None
                if _v is None
                else (
                    _t.one_of(
                        _v,
                        (
                            _t.integer,
                            _t.date_time,
                        ),
                        "int or datetime.datetime",
                    )
                )
            )
            _key = "dayDue"
            _v = _d.get("dayDue")
            _obj.day_due = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "installmentCount"
            _v = _d.get("installmentCount")
            _obj.installment_count = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "additionalInfo"
            _v = _d.get("additionalInfo")
            _obj.additional_info = None if _v is None else (_t.list_of(_v, _models.AdditionalInfo.from_dict))
            _key = "pixRecurringOptions"
            _v = _d.get("pixRecurringOptions")
            _obj.pix_recurring_options = None if _v is None else (_models.PixRecurringOptionsInput.from_dict(_v))
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
