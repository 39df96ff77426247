from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import product_type as _e_product_type
from ..models import resource_status as _e_resource_status
from ..models import tax_category as _e_tax_category
from ..models.product_type import ProductType
from ..models.resource_status import ResourceStatus
from ..models.tax_category import TaxCategory

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.feature_resource_reference import FeatureResourceReference
    from ..models.linked_integration import LinkedIntegration
    from ..models.product_category import ProductCategory


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdateProductRequest:
    """UpdateProductRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        category_id (str | None):
        category (ProductCategory | None):
        parent_product_id (str | None):
        name (str | None):
        reference (str | None):
        description (str | None):
        status (ResourceStatus | None):
        product_type (ProductType | None): Kind of product.
        tax_category (TaxCategory | None):
        features (list[FeatureResourceReference] | None):
        custom_fields (list[CustomFieldValue] | None):
        display_order (int | None):
        linked_integrations (list[LinkedIntegration] | None):
        billing_entity_id (str | None):
        customer_id (str | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "category_id",
        "category",
        "parent_product_id",
        "name",
        "reference",
        "description",
        "status",
        "product_type",
        "tax_category",
        "features",
        "custom_fields",
        "display_order",
        "linked_integrations",
        "billing_entity_id",
        "customer_id",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "category_id",
            "category",
            "parent_product_id",
            "name",
            "reference",
            "description",
            "status",
            "product_type",
            "tax_category",
            "features",
            "custom_fields",
            "display_order",
            "linked_integrations",
            "billing_entity_id",
            "customer_id",
        )
    )

    object_type: str | None = None
    id: str | None = None
    category_id: str | None = None
    category: ProductCategory | None = None
    parent_product_id: str | None = None
    name: str | None = None
    reference: str | None = None
    description: str | None = None
    status: ResourceStatus | None = _attrs_field(default=None, converter=_e_resource_status.coerce_optional)
    product_type: ProductType | None = _attrs_field(default=None, converter=_e_product_type.coerce_optional)
    tax_category: TaxCategory | None = _attrs_field(default=None, converter=_e_tax_category.coerce_optional)
    features: list[FeatureResourceReference] | None = None
    custom_fields: list[CustomFieldValue] | None = None
    display_order: int | None = None
    linked_integrations: list[LinkedIntegration] | None = None
    billing_entity_id: str | None = None
    customer_id: str | None = None
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
        _v = self.category_id
        if _v is not None:
            _d["category_id"] = _v
        _v = self.category
        if _v is not None:
            _d["category"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.parent_product_id
        if _v is not None:
            _d["parent_product_id"] = None if _v is _t.NULL else _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.product_type
        if _v is not None:
            _d["product_type"] = _v
        _v = self.tax_category
        if _v is not None:
            _d["tax_category"] = None if _v is _t.NULL else _v
        _v = self.features
        if _v is not None:
            _d["features"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.display_order
        if _v is not None:
            _d["display_order"] = None if _v is _t.NULL else _v
        _v = self.linked_integrations
        if _v is not None:
            _d["linked_integrations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.billing_entity_id
        if _v is not None:
            _d["billing_entity_id"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
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
            _key = "category_id"
            _v = _d.get("category_id")
            _obj.category_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "category"
            _v = _d.get("category")
            _obj.category = None if _v is None else (_models.ProductCategory.from_dict(_v))
            _key = "parent_product_id"
            _v = _d.get("parent_product_id")
            _obj.parent_product_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_resource_status.BY_VALUE.get(_v) or ResourceStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "product_type"
            _v = _d.get("product_type")
            _obj.product_type = (
                None
                if _v is None
                else (
                    (_e_product_type.BY_VALUE.get(_v) or ProductType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "tax_category"
            _v = _d.get("tax_category")
            _obj.tax_category = (
                None
                if _v is None
                else (
                    (_e_tax_category.BY_VALUE.get(_v) or TaxCategory(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "features"
            _v = _d.get("features")
            _obj.features = None if _v is None else (_t.list_of(_v, _models.FeatureResourceReference.from_dict))
            _key = "custom_fields"
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
            _key = "display_order"
            _v = _d.get("display_order")
            _obj.display_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "linked_integrations"
            _v = _d.get("linked_integrations")
            _obj.linked_integrations = None if _v is None else (_t.list_of(_v, _models.LinkedIntegration.from_dict))
            _key = "billing_entity_id"
            _v = _d.get("billing_entity_id")
            _obj.billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
