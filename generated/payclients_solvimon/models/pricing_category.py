from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.pricing import Pricing
    from ..models.pricing_group import PricingGroup
    from ..models.product_category import ProductCategory


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingCategory:
    """PricingCategory

    Attributes:
        object_type (str | None):
        id (str | None):
        product_category_id (str | None):
        product_category (ProductCategory | None):
        pricings (list[Pricing] | None):
        pricing_groups (list[PricingGroup] | None):
        display_order (int | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "product_category_id",
        "product_category",
        "pricings",
        "pricing_groups",
        "display_order",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "product_category_id",
            "product_category",
            "pricings",
            "pricing_groups",
            "display_order",
        )
    )

    object_type: str | None = None
    id: str | None = None
    product_category_id: str | None = None
    product_category: ProductCategory | None = None
    pricings: list[Pricing] | None = None
    pricing_groups: list[PricingGroup] | None = None
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
        _v = self.product_category_id
        if _v is not None:
            _d["product_category_id"] = _v
        _v = self.product_category
        if _v is not None:
            _d["product_category"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pricings
        if _v is not None:
            _d["pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_groups
        if _v is not None:
            _d["pricing_groups"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "product_category_id"
            _v = _d.get("product_category_id")
            _obj.product_category_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "product_category"
            _v = _d.get("product_category")
            _obj.product_category = None if _v is None else (_models.ProductCategory.from_dict(_v))
            _key = "pricings"
            _v = _d.get("pricings")
            _obj.pricings = None if _v is None else (_t.list_of(_v, _models.Pricing.from_dict))
            _key = "pricing_groups"
            _v = _d.get("pricing_groups")
            _obj.pricing_groups = None if _v is None else (_t.list_of(_v, _models.PricingGroup.from_dict))
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
