from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import currency as _e_currency
from ..models.currency import Currency

if TYPE_CHECKING:
    from ..models.configured_meter_value import ConfiguredMeterValue
    from ..models.enabled_pricing import EnabledPricing
    from ..models.period import Period


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingPlanScheduleCustomization:
    """Changes to one schedule of a pricing plan subscription.

    Attributes:
        pricing_plan_schedule_id (str | None):
        seats_values (list[ConfiguredMeterValue] | None):
        enabled_pricings (list[EnabledPricing] | None):
        promotion_codes (list[str] | None):
        pricing_currency (Currency | None):
        billing_period (Period | None): A length of time, such as 1 MONTH.
    """

    _FIELDS = (
        "pricing_plan_schedule_id",
        "seats_values",
        "enabled_pricings",
        "promotion_codes",
        "pricing_currency",
        "billing_period",
    )
    _KEYS = frozenset(
        (
            "pricing_plan_schedule_id",
            "seats_values",
            "enabled_pricings",
            "promotion_codes",
            "pricing_currency",
            "billing_period",
        )
    )

    pricing_plan_schedule_id: str | None = None
    seats_values: list[ConfiguredMeterValue] | None = None
    enabled_pricings: list[EnabledPricing] | None = None
    promotion_codes: list[str] | None = None
    pricing_currency: Currency | None = _attrs_field(default=None, converter=_e_currency.coerce_optional)
    billing_period: Period | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.pricing_plan_schedule_id
        if _v is not None:
            _d["pricing_plan_schedule_id"] = None if _v is _t.NULL else _v
        _v = self.seats_values
        if _v is not None:
            _d["seats_values"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.enabled_pricings
        if _v is not None:
            _d["enabled_pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.promotion_codes
        if _v is not None:
            _d["promotion_codes"] = None if _v is _t.NULL else list(_v)
        _v = self.pricing_currency
        if _v is not None:
            _d["pricing_currency"] = None if _v is _t.NULL else _v
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = _v.to_dict()
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
            _key = "pricing_plan_schedule_id"
            _v = _d.get("pricing_plan_schedule_id")
            _obj.pricing_plan_schedule_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "seats_values"
            _v = _d.get("seats_values")
            _obj.seats_values = None if _v is None else (_t.list_of(_v, _models.ConfiguredMeterValue.from_dict))
            _key = "enabled_pricings"
            _v = _d.get("enabled_pricings")
            _obj.enabled_pricings = None if _v is None else (_t.list_of(_v, _models.EnabledPricing.from_dict))
            _key = "promotion_codes"
            _v = _d.get("promotion_codes")
            _obj.promotion_codes = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "pricing_currency"
            _v = _d.get("pricing_currency")
            _obj.pricing_currency = (
                None
                if _v is None
                else ((_e_currency.BY_VALUE.get(_v) or Currency(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "billing_period"
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.Period.from_dict(_v))
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
