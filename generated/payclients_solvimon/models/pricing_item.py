from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import pricing_override as _e_pricing_override
from ..models.pricing_override import PricingOverride

if TYPE_CHECKING:
    from ..models.pricing_item_billing_period_config import PricingItemBillingPeriodConfig
    from ..models.pricing_item_config import PricingItemConfig
    from ..models.pricing_item_original_pricing_item import PricingItemOriginalPricingItem
    from ..models.pricing_item_pricing_currency_config import PricingItemPricingCurrencyConfig
    from ..models.product_item import ProductItem


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingItem:
    """PricingItem

    Attributes:
        object_type (str | None):
        id (str | None):
        original_pricing_item_id (str | None):
        original_pricing_item (PricingItemOriginalPricingItem | None):
        override (PricingOverride | None):
        product_item_ids (list[str] | None):
        product_items (list[ProductItem] | None):
        configs (list[PricingItemConfig] | None):
        pricing_currency_configs (list[PricingItemPricingCurrencyConfig] | None):
        billing_period_configs (list[PricingItemBillingPeriodConfig] | None):
        display_order (int | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "original_pricing_item_id",
        "original_pricing_item",
        "override",
        "product_item_ids",
        "product_items",
        "configs",
        "pricing_currency_configs",
        "billing_period_configs",
        "display_order",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "original_pricing_item_id",
            "original_pricing_item",
            "override",
            "product_item_ids",
            "product_items",
            "configs",
            "pricing_currency_configs",
            "billing_period_configs",
            "display_order",
        )
    )

    object_type: str | None = None
    id: str | None = None
    original_pricing_item_id: str | None = None
    original_pricing_item: PricingItemOriginalPricingItem | None = None
    override: PricingOverride | None = _attrs_field(default=None, converter=_e_pricing_override.coerce_optional)
    product_item_ids: list[str] | None = None
    product_items: list[ProductItem] | None = None
    configs: list[PricingItemConfig] | None = None
    pricing_currency_configs: list[PricingItemPricingCurrencyConfig] | None = None
    billing_period_configs: list[PricingItemBillingPeriodConfig] | None = None
    display_order: int | None = None
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
        _v = self.original_pricing_item_id
        if _v is not None:
            _d["original_pricing_item_id"] = None if _v is _t.NULL else _v
        _v = self.original_pricing_item
        if _v is not None:
            _d["original_pricing_item"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.override
        if _v is not None:
            _d["override"] = None if _v is _t.NULL else _v
        _v = self.product_item_ids
        if _v is not None:
            _d["product_item_ids"] = list(_v)
        _v = self.product_items
        if _v is not None:
            _d["product_items"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.configs
        if _v is not None:
            _d["configs"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_currency_configs
        if _v is not None:
            _d["pricing_currency_configs"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.billing_period_configs
        if _v is not None:
            _d["billing_period_configs"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.display_order
        if _v is not None:
            _d["display_order"] = None if _v is _t.NULL else _v
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
            _key = "original_pricing_item_id"
            _v = _d.get("original_pricing_item_id")
            _obj.original_pricing_item_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "original_pricing_item"
            _v = _d.get("original_pricing_item")
            _obj.original_pricing_item = None if _v is None else (_models.PricingItemOriginalPricingItem.from_dict(_v))
            _key = "override"
            _v = _d.get("override")
            _obj.override = (
                None
                if _v is None
                else (
                    (_e_pricing_override.BY_VALUE.get(_v) or PricingOverride(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "product_item_ids"
            _v = _d.get("product_item_ids")
            _obj.product_item_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "product_items"
            _v = _d.get("product_items")
            _obj.product_items = None if _v is None else (_t.list_of(_v, _models.ProductItem.from_dict))
            _key = "configs"
            _v = _d.get("configs")
            _obj.configs = None if _v is None else (_t.list_of(_v, _models.PricingItemConfig.from_dict))
            _key = "pricing_currency_configs"
            _v = _d.get("pricing_currency_configs")
            _obj.pricing_currency_configs = (
                None if _v is None else (_t.list_of(_v, _models.PricingItemPricingCurrencyConfig.from_dict))
            )
            _key = "billing_period_configs"
            _v = _d.get("billing_period_configs")
            _obj.billing_period_configs = (
                None if _v is None else (_t.list_of(_v, _models.PricingItemBillingPeriodConfig.from_dict))
            )
            _key = "display_order"
            _v = _d.get("display_order")
            _obj.display_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
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
