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
    from ..models.charge_data_period import ChargeDataPeriod
    from ..models.meter_data_meter_value import MeterDataMeterValue
    from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PersistData:
    """PersistData

    Attributes:
        object_type (str | None):
        id (str | None):
        customer_id (str | None):
        customer_reference (str | None):
        pricing_id (str | None):
        pricing_item_id (str | None):
        pricing_item_config_id (str | None):
        pricing_plan_subscription_id (str | None):
        pricing_plan_subscription_reference (str | None):
        pricing_plan_subscription_selector (PricingPlanSubscriptionSelector | None): Rules that pick the pricing plan subscription for a customer.
        reference (str | None):
        period (ChargeDataPeriod | None):
        persist_usage (str | None):
        persist_included_volume (str | None):
        persist_charged_volume (bool | None):
        persist_rollover_volume (bool | None):
        set_rollover_volume (bool | None):
        included_volume (MeterDataMeterValue | None):
        timestamp (datetime.datetime | None):
        reprocess_id (str | None):
        is_last_reprocess_item (bool | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "customer_id",
        "customer_reference",
        "pricing_id",
        "pricing_item_id",
        "pricing_item_config_id",
        "pricing_plan_subscription_id",
        "pricing_plan_subscription_reference",
        "pricing_plan_subscription_selector",
        "reference",
        "period",
        "persist_usage",
        "persist_included_volume",
        "persist_charged_volume",
        "persist_rollover_volume",
        "set_rollover_volume",
        "included_volume",
        "timestamp",
        "reprocess_id",
        "is_last_reprocess_item",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "customer_id",
            "customer_reference",
            "pricing_id",
            "pricing_item_id",
            "pricing_item_config_id",
            "pricing_plan_subscription_id",
            "pricing_plan_subscription_reference",
            "pricing_plan_subscription_selector",
            "reference",
            "period",
            "persist_usage",
            "persist_included_volume",
            "persist_charged_volume",
            "persist_rollover_volume",
            "set_rollover_volume",
            "included_volume",
            "timestamp",
            "reprocess_id",
            "is_last_reprocess_item",
        )
    )

    object_type: str | None = None
    id: str | None = None
    customer_id: str | None = None
    customer_reference: str | None = None
    pricing_id: str | None = None
    pricing_item_id: str | None = None
    pricing_item_config_id: str | None = None
    pricing_plan_subscription_id: str | None = None
    pricing_plan_subscription_reference: str | None = None
    pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | None = None
    reference: str | None = None
    period: ChargeDataPeriod | None = None
    persist_usage: str | None = None
    persist_included_volume: str | None = None
    persist_charged_volume: bool | None = None
    persist_rollover_volume: bool | None = None
    set_rollover_volume: bool | None = None
    included_volume: MeterDataMeterValue | None = None
    timestamp: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    reprocess_id: str | None = None
    is_last_reprocess_item: bool | None = None
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
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.customer_reference
        if _v is not None:
            _d["customer_reference"] = None if _v is _t.NULL else _v
        _v = self.pricing_id
        if _v is not None:
            _d["pricing_id"] = _v
        _v = self.pricing_item_id
        if _v is not None:
            _d["pricing_item_id"] = _v
        _v = self.pricing_item_config_id
        if _v is not None:
            _d["pricing_item_config_id"] = _v
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_reference
        if _v is not None:
            _d["pricing_plan_subscription_reference"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_selector
        if _v is not None:
            _d["pricing_plan_subscription_selector"] = _v.to_dict()
        _v = self.reference
        if _v is not None:
            _d["reference"] = None if _v is _t.NULL else _v
        _v = self.period
        if _v is not None:
            _d["period"] = _v.to_dict()
        _v = self.persist_usage
        if _v is not None:
            _d["persist_usage"] = None if _v is _t.NULL else _v
        _v = self.persist_included_volume
        if _v is not None:
            _d["persist_included_volume"] = None if _v is _t.NULL else _v
        _v = self.persist_charged_volume
        if _v is not None:
            _d["persist_charged_volume"] = None if _v is _t.NULL else _v
        _v = self.persist_rollover_volume
        if _v is not None:
            _d["persist_rollover_volume"] = None if _v is _t.NULL else _v
        _v = self.set_rollover_volume
        if _v is not None:
            _d["set_rollover_volume"] = None if _v is _t.NULL else _v
        _v = self.included_volume
        if _v is not None:
            _d["included_volume"] = _v.to_dict()
        _v = self.timestamp
        if _v is not None:
            _d["timestamp"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.reprocess_id
        if _v is not None:
            _d["reprocess_id"] = _v
        _v = self.is_last_reprocess_item
        if _v is not None:
            _d["is_last_reprocess_item"] = _v
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
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer_reference"
            _v = _d.get("customer_reference")
            _obj.customer_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_id"
            _v = _d.get("pricing_id")
            _obj.pricing_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_item_id"
            _v = _d.get("pricing_item_id")
            _obj.pricing_item_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_item_config_id"
            _v = _d.get("pricing_item_config_id")
            _obj.pricing_item_config_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_plan_subscription_id"
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "pricing_plan_subscription_reference"
            _v = _d.get("pricing_plan_subscription_reference")
            _obj.pricing_plan_subscription_reference = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "pricing_plan_subscription_selector"
            _v = _d.get("pricing_plan_subscription_selector")
            _obj.pricing_plan_subscription_selector = (
                None if _v is None else (_models.PricingPlanSubscriptionSelector.from_dict(_v))
            )
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "period"
            _v = _d.get("period")
            _obj.period = None if _v is None else (_models.ChargeDataPeriod.from_dict(_v))
            _key = "persist_usage"
            _v = _d.get("persist_usage")
            _obj.persist_usage = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "persist_included_volume"
            _v = _d.get("persist_included_volume")
            _obj.persist_included_volume = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "persist_charged_volume"
            _v = _d.get("persist_charged_volume")
            _obj.persist_charged_volume = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "persist_rollover_volume"
            _v = _d.get("persist_rollover_volume")
            _obj.persist_rollover_volume = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "set_rollover_volume"
            _v = _d.get("set_rollover_volume")
            _obj.set_rollover_volume = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "included_volume"
            _v = _d.get("included_volume")
            _obj.included_volume = None if _v is None else (_models.MeterDataMeterValue.from_dict(_v))
            _key = "timestamp"
            _v = _d.get("timestamp")
            _obj.timestamp = None if _v is None else (_t.date_time(_v))
            _key = "reprocess_id"
            _v = _d.get("reprocess_id")
            _obj.reprocess_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "is_last_reprocess_item"
            _v = _d.get("is_last_reprocess_item")
            _obj.is_last_reprocess_item = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
