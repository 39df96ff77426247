from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import meter_data_type as _e_meter_data_type
from ..models.meter_data_type import MeterDataType

if TYPE_CHECKING:
    from ..models.cost_prediction import CostPrediction
    from ..models.customer import Customer
    from ..models.meter_data_meter_property import MeterDataMeterProperty
    from ..models.meter_data_meter_value import MeterDataMeterValue
    from ..models.meter_data_processed_details import MeterDataProcessedDetails
    from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class MeterData:
    """MeterData

    Attributes:
        object_type (str | None):
        id (str | None):
        reference (str | None):
        type_ (MeterDataType | None):
        customer_id (str | None):
        customer_reference (str | None):
        customer (Customer | None):
        meter_id (str | None):
        meter_reference (str | None):
        pricing_plan_subscription_id (str | None):
        pricing_plan_subscription_reference (str | None):
        pricing_plan_subscription_selector (PricingPlanSubscriptionSelector | None): Rules that pick the pricing plan subscription for a customer.
        timestamp (datetime.datetime | None):
        created_at (datetime.datetime | None):
        meter_properties (list[MeterDataMeterProperty] | None):
        meter_values (list[MeterDataMeterValue] | None):
        cost_prediction (CostPrediction | None):
        processed_details (MeterDataProcessedDetails | None):
        deleted (bool | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "reference",
        "type_",
        "customer_id",
        "customer_reference",
        "customer",
        "meter_id",
        "meter_reference",
        "pricing_plan_subscription_id",
        "pricing_plan_subscription_reference",
        "pricing_plan_subscription_selector",
        "timestamp",
        "created_at",
        "meter_properties",
        "meter_values",
        "cost_prediction",
        "processed_details",
        "deleted",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "reference",
        "type",
        "customer_id",
        "customer_reference",
        "customer",
        "meter_id",
        "meter_reference",
        "pricing_plan_subscription_id",
        "pricing_plan_subscription_reference",
        "pricing_plan_subscription_selector",
        "timestamp",
        "created_at",
        "meter_properties",
        "meter_values",
        "cost_prediction",
        "processed_details",
        "deleted",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    reference: str | None = None
    type_: MeterDataType | None = _attrs_field(default=None, converter=_e_meter_data_type.coerce_optional)
    customer_id: str | None = None
    customer_reference: str | None = None
    customer: Customer | None = None
    meter_id: str | None = None
    meter_reference: str | None = None
    pricing_plan_subscription_id: str | None = None
    pricing_plan_subscription_reference: str | None = None
    pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | None = None
    timestamp: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    meter_properties: list[MeterDataMeterProperty] | None = None
    meter_values: list[MeterDataMeterValue] | None = None
    cost_prediction: CostPrediction | None = None
    processed_details: MeterDataProcessedDetails | None = None
    deleted: bool | None = None
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
        _v = self.reference
        if _v is not None:
            _d["reference"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.customer_reference
        if _v is not None:
            _d["customer_reference"] = None if _v is _t.NULL else _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.meter_id
        if _v is not None:
            _d["meter_id"] = None if _v is _t.NULL else _v
        _v = self.meter_reference
        if _v is not None:
            _d["meter_reference"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_reference
        if _v is not None:
            _d["pricing_plan_subscription_reference"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_selector
        if _v is not None:
            _d["pricing_plan_subscription_selector"] = _v.to_dict()
        _v = self.timestamp
        if _v is not None:
            _d["timestamp"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.meter_properties
        if _v is not None:
            _d["meter_properties"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.meter_values
        if _v is not None:
            _d["meter_values"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.cost_prediction
        if _v is not None:
            _d["cost_prediction"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.processed_details
        if _v is not None:
            _d["processed_details"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.deleted
        if _v is not None:
            _d["deleted"] = None if _v is _t.NULL else _v
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
        _obj = _new(_cls)
        try:
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_meter_data_type.BY_VALUE.get(_v) or MeterDataType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer_reference")
            _obj.customer_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.Customer.from_dict(_v))
            _v = _d.get("meter_id")
            _obj.meter_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("meter_reference")
            _obj.meter_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("pricing_plan_subscription_reference")
            _obj.pricing_plan_subscription_reference = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("pricing_plan_subscription_selector")
            _obj.pricing_plan_subscription_selector = (
                None if _v is None else (_models.PricingPlanSubscriptionSelector.from_dict(_v))
            )
            _v = _d.get("timestamp")
            _obj.timestamp = None if _v is None else (_t.date_time(_v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("meter_properties")
            _obj.meter_properties = None if _v is None else (_t.list_of(_v, _models.MeterDataMeterProperty.from_dict))
            _v = _d.get("meter_values")
            _obj.meter_values = None if _v is None else (_t.list_of(_v, _models.MeterDataMeterValue.from_dict))
            _v = _d.get("cost_prediction")
            _obj.cost_prediction = None if _v is None else (_models.CostPrediction.from_dict(_v))
            _v = _d.get("processed_details")
            _obj.processed_details = None if _v is None else (_models.MeterDataProcessedDetails.from_dict(_v))
            _v = _d.get("deleted")
            _obj.deleted = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
