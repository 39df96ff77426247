from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import pricing_override as _e_pricing_override
from ..models import product_type as _e_product_type
from ..models.pricing_override import PricingOverride
from ..models.product_type import ProductType

if TYPE_CHECKING:
    from ..models.entitlement import Entitlement
    from ..models.pricing_item import PricingItem
    from ..models.pricing_original_pricing import PricingOriginalPricing
    from ..models.update_product_request import UpdateProductRequest


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdatePricingRequest:
    """UpdatePricingRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        pricing_plan_version_id (str | None):
        pricing_plan_schedule_id (str | None):
        pricing_group_id (str | None):
        original_pricing_id (str | None):
        original_pricing (PricingOriginalPricing | None):
        override (PricingOverride | None):
        name (str | None):
        product_type (ProductType | None):
        product_ids (list[str] | None):
        display_order (int | None):
        products (list[UpdateProductRequest] | None):
        entitlements (list[Entitlement] | None):
        items (list[PricingItem] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "pricing_plan_version_id",
        "pricing_plan_schedule_id",
        "pricing_group_id",
        "original_pricing_id",
        "original_pricing",
        "override",
        "name",
        "product_type",
        "product_ids",
        "display_order",
        "products",
        "entitlements",
        "items",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "pricing_plan_version_id",
            "pricing_plan_schedule_id",
            "pricing_group_id",
            "original_pricing_id",
            "original_pricing",
            "override",
            "name",
            "product_type",
            "product_ids",
            "display_order",
            "products",
            "entitlements",
            "items",
        )
    )

    object_type: str | None = None
    id: str | None = None
    pricing_plan_version_id: str | None = None
    pricing_plan_schedule_id: str | None = None
    pricing_group_id: str | None = None
    original_pricing_id: str | None = None
    original_pricing: PricingOriginalPricing | None = None
    override: PricingOverride | None = _attrs_field(default=None, converter=_e_pricing_override.coerce_optional)
    name: str | None = None
    product_type: ProductType | None = _attrs_field(default=None, converter=_e_product_type.coerce_optional)
    product_ids: list[str] | None = None
    display_order: int | None = None
    products: list[UpdateProductRequest] | None = None
    entitlements: list[Entitlement] | None = None
    items: list[PricingItem] | None = None
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
        _v = self.pricing_plan_version_id
        if _v is not None:
            _d["pricing_plan_version_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_schedule_id
        if _v is not None:
            _d["pricing_plan_schedule_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_group_id
        if _v is not None:
            _d["pricing_group_id"] = None if _v is _t.NULL else _v
        _v = self.original_pricing_id
        if _v is not None:
            _d["original_pricing_id"] = None if _v is _t.NULL else _v
        _v = self.original_pricing
        if _v is not None:
            _d["original_pricing"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.override
        if _v is not None:
            _d["override"] = None if _v is _t.NULL else _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.product_type
        if _v is not None:
            _d["product_type"] = None if _v is _t.NULL else _v
        _v = self.product_ids
        if _v is not None:
            _d["product_ids"] = list(_v)
        _v = self.display_order
        if _v is not None:
            _d["display_order"] = None if _v is _t.NULL else _v
        _v = self.products
        if _v is not None:
            _d["products"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.entitlements
        if _v is not None:
            _d["entitlements"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.items
        if _v is not None:
            _d["items"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "pricing_plan_version_id"
            _v = _d.get("pricing_plan_version_id")
            _obj.pricing_plan_version_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_plan_schedule_id"
            _v = _d.get("pricing_plan_schedule_id")
            _obj.pricing_plan_schedule_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_group_id"
            _v = _d.get("pricing_group_id")
            _obj.pricing_group_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "original_pricing_id"
            _v = _d.get("original_pricing_id")
            _obj.original_pricing_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "original_pricing"
            _v = _d.get("original_pricing")
            _obj.original_pricing = None if _v is None else (_models.PricingOriginalPricing.from_dict(_v))
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
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "product_type"
            _v = _d.get("product_type")
            _obj.product_type = (
                None
                if _v is None
                else (
                    (_e_product_type.BY_VALUE.get(_v) or ProductType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "product_ids"
            _v = _d.get("product_ids")
            _obj.product_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "display_order"
            _v = _d.get("display_order")
            _obj.display_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "products"
            _v = _d.get("products")
            _obj.products = None if _v is None else (_t.list_of(_v, _models.UpdateProductRequest.from_dict))
            _key = "entitlements"
            _v = _d.get("entitlements")
            _obj.entitlements = None if _v is None else (_t.list_of(_v, _models.Entitlement.from_dict))
            _key = "items"
            _v = _d.get("items")
            _obj.items = None if _v is None else (_t.list_of(_v, _models.PricingItem.from_dict))
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
