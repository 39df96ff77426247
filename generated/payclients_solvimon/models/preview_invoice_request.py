from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.enabled_pricing import EnabledPricing
    from ..models.pricing_plan_schedule_customization import PricingPlanScheduleCustomization


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PreviewInvoiceRequest:
    """Body for previewing the invoices a pricing plan subscription would produce.

    Attributes:
        pricing_plan_subscription_id (str | None):
        template_pricing_plan_subscription_id (str | None):
        customer_details (Customer | None): A customer, embedded in full.
        enabled_pricings (list[EnabledPricing] | None):
        pricing_plan_schedule_customizations (list[PricingPlanScheduleCustomization] | None):
        start_at (datetime.datetime | None):
        invoices_per_schedule (int | None): How many invoices to compute per schedule.
    """

    _FIELDS = (
        "pricing_plan_subscription_id",
        "template_pricing_plan_subscription_id",
        "customer_details",
        "enabled_pricings",
        "pricing_plan_schedule_customizations",
        "start_at",
        "invoices_per_schedule",
    )
    _KEYS = frozenset(
        (
            "pricing_plan_subscription_id",
            "template_pricing_plan_subscription_id",
            "customer_details",
            "enabled_pricings",
            "pricing_plan_schedule_customizations",
            "start_at",
            "invoices_per_schedule",
        )
    )

    pricing_plan_subscription_id: str | None = None
    template_pricing_plan_subscription_id: str | None = None
    customer_details: Customer | None = None
    enabled_pricings: list[EnabledPricing] | None = None
    pricing_plan_schedule_customizations: list[PricingPlanScheduleCustomization] | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    invoices_per_schedule: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = _v
        _v = self.template_pricing_plan_subscription_id
        if _v is not None:
            _d["template_pricing_plan_subscription_id"] = _v
        _v = self.customer_details
        if _v is not None:
            _d["customer_details"] = _v.to_dict()
        _v = self.enabled_pricings
        if _v is not None:
            _d["enabled_pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_plan_schedule_customizations
        if _v is not None:
            _d["pricing_plan_schedule_customizations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = _t.iso(_v)
        _v = self.invoices_per_schedule
        if _v is not None:
            _d["invoices_per_schedule"] = _v
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
            _key = "pricing_plan_subscription_id"
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "template_pricing_plan_subscription_id"
            _v = _d.get("template_pricing_plan_subscription_id")
            _obj.template_pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "customer_details"
            _v = _d.get("customer_details")
            _obj.customer_details = None if _v is None else (_models.Customer.from_dict(_v))
            _key = "enabled_pricings"
            _v = _d.get("enabled_pricings")
            _obj.enabled_pricings = None if _v is None else (_t.list_of(_v, _models.EnabledPricing.from_dict))
            _key = "pricing_plan_schedule_customizations"
            _v = _d.get("pricing_plan_schedule_customizations")
            _obj.pricing_plan_schedule_customizations = (
                None if _v is None else (_t.list_of(_v, _models.PricingPlanScheduleCustomization.from_dict))
            )
            _key = "start_at"
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _key = "invoices_per_schedule"
            _v = _d.get("invoices_per_schedule")
            _obj.invoices_per_schedule = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
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
