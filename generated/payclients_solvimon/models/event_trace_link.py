from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.meter_value_calculation import MeterValueCalculation
    from ..models.pricing_plan_subscription import PricingPlanSubscription
    from ..models.product_item import ProductItem


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EventTraceLink:
    """EventTraceLink

    Attributes:
        object_type (str | None):
        id (str | None):
        meter_value_calculation_ids (list[str] | None):
        meter_value_calculations (list[MeterValueCalculation] | None):
        product_item_ids (list[str] | None):
        product_items (list[ProductItem] | None):
        pricing_plan_subscription_id (str | None):
        pricing_plan_subscription (PricingPlanSubscription | None):
        pricing_item_config_id (str | None):
        invoice_id (str | None):
        invoice (Invoice | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "meter_value_calculation_ids",
        "meter_value_calculations",
        "product_item_ids",
        "product_items",
        "pricing_plan_subscription_id",
        "pricing_plan_subscription",
        "pricing_item_config_id",
        "invoice_id",
        "invoice",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "meter_value_calculation_ids",
            "meter_value_calculations",
            "product_item_ids",
            "product_items",
            "pricing_plan_subscription_id",
            "pricing_plan_subscription",
            "pricing_item_config_id",
            "invoice_id",
            "invoice",
        )
    )

    object_type: str | None = None
    id: str | None = None
    meter_value_calculation_ids: list[str] | None = None
    meter_value_calculations: list[MeterValueCalculation] | None = None
    product_item_ids: list[str] | None = None
    product_items: list[ProductItem] | None = None
    pricing_plan_subscription_id: str | None = None
    pricing_plan_subscription: PricingPlanSubscription | None = None
    pricing_item_config_id: str | None = None
    invoice_id: str | None = None
    invoice: Invoice | None = None
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
        _v = self.meter_value_calculation_ids
        if _v is not None:
            _d["meter_value_calculation_ids"] = list(_v)
        _v = self.meter_value_calculations
        if _v is not None:
            _d["meter_value_calculations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.product_item_ids
        if _v is not None:
            _d["product_item_ids"] = list(_v)
        _v = self.product_items
        if _v is not None:
            _d["product_items"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = _v
        _v = self.pricing_plan_subscription
        if _v is not None:
            _d["pricing_plan_subscription"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pricing_item_config_id
        if _v is not None:
            _d["pricing_item_config_id"] = None if _v is _t.NULL else _v
        _v = self.invoice_id
        if _v is not None:
            _d["invoice_id"] = _v
        _v = self.invoice
        if _v is not None:
            _d["invoice"] = None if _v is _t.NULL else _v.to_dict()
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
            _key = "meter_value_calculation_ids"
            _v = _d.get("meter_value_calculation_ids")
            _obj.meter_value_calculation_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "meter_value_calculations"
            _v = _d.get("meter_value_calculations")
            _obj.meter_value_calculations = (
                None if _v is None else (_t.list_of(_v, _models.MeterValueCalculation.from_dict))
            )
            _key = "product_item_ids"
            _v = _d.get("product_item_ids")
            _obj.product_item_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "product_items"
            _v = _d.get("product_items")
            _obj.product_items = None if _v is None else (_t.list_of(_v, _models.ProductItem.from_dict))
            _key = "pricing_plan_subscription_id"
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "pricing_plan_subscription"
            _v = _d.get("pricing_plan_subscription")
            _obj.pricing_plan_subscription = None if _v is None else (_models.PricingPlanSubscription.from_dict(_v))
            _key = "pricing_item_config_id"
            _v = _d.get("pricing_item_config_id")
            _obj.pricing_item_config_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "invoice_id"
            _v = _d.get("invoice_id")
            _obj.invoice_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "invoice"
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.Invoice.from_dict(_v))
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
