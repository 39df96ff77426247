from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.pricing_discount import PricingDiscount
    from ..models.pricing_item_config_discount import PricingItemConfigDiscount
    from ..models.pricing_item_discount import PricingItemDiscount
    from ..models.product_category_discount import ProductCategoryDiscount
    from ..models.product_discount import ProductDiscount
    from ..models.product_item_discount import ProductItemDiscount
    from ..models.total_discount import TotalDiscount


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Discount:
    """Discount

    Attributes:
        pricing_item_configs (list[PricingItemConfigDiscount] | None):
        pricing_items (list[PricingItemDiscount] | None):
        pricings (list[PricingDiscount] | None):
        totals (list[TotalDiscount] | None):
        products (list[ProductDiscount] | None):
        product_items (list[ProductItemDiscount] | None):
        product_categories (list[ProductCategoryDiscount] | None):
    """

    _FIELDS = (
        "pricing_item_configs",
        "pricing_items",
        "pricings",
        "totals",
        "products",
        "product_items",
        "product_categories",
    )
    _KEYS = frozenset(
        (
            "pricing_item_configs",
            "pricing_items",
            "pricings",
            "totals",
            "products",
            "product_items",
            "product_categories",
        )
    )

    pricing_item_configs: list[PricingItemConfigDiscount] | None = None
    pricing_items: list[PricingItemDiscount] | None = None
    pricings: list[PricingDiscount] | None = None
    totals: list[TotalDiscount] | None = None
    products: list[ProductDiscount] | None = None
    product_items: list[ProductItemDiscount] | None = None
    product_categories: list[ProductCategoryDiscount] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.pricing_item_configs
        if _v is not None:
            _d["pricing_item_configs"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_items
        if _v is not None:
            _d["pricing_items"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricings
        if _v is not None:
            _d["pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.totals
        if _v is not None:
            _d["totals"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.products
        if _v is not None:
            _d["products"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.product_items
        if _v is not None:
            _d["product_items"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.product_categories
        if _v is not None:
            _d["product_categories"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "pricing_item_configs"
            _v = _d.get("pricing_item_configs")
            _obj.pricing_item_configs = (
                None if _v is None else (_t.list_of(_v, _models.PricingItemConfigDiscount.from_dict))
            )
            _key = "pricing_items"
            _v = _d.get("pricing_items")
            _obj.pricing_items = None if _v is None else (_t.list_of(_v, _models.PricingItemDiscount.from_dict))
            _key = "pricings"
            _v = _d.get("pricings")
            _obj.pricings = None if _v is None else (_t.list_of(_v, _models.PricingDiscount.from_dict))
            _key = "totals"
            _v = _d.get("totals")
            _obj.totals = None if _v is None else (_t.list_of(_v, _models.TotalDiscount.from_dict))
            _key = "products"
            _v = _d.get("products")
            _obj.products = None if _v is None else (_t.list_of(_v, _models.ProductDiscount.from_dict))
            _key = "product_items"
            _v = _d.get("product_items")
            _obj.product_items = None if _v is None else (_t.list_of(_v, _models.ProductItemDiscount.from_dict))
            _key = "product_categories"
            _v = _d.get("product_categories")
            _obj.product_categories = (
                None if _v is None else (_t.list_of(_v, _models.ProductCategoryDiscount.from_dict))
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
