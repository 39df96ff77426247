from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import product_item_model_type as _e_product_item_model_type
from ..models import product_item_type as _e_product_item_type
from ..models import resource_status as _e_resource_status
from ..models import tax_category as _e_tax_category
from ..models.product_item_model_type import ProductItemModelType
from ..models.product_item_type import ProductItemType
from ..models.resource_status import ResourceStatus
from ..models.tax_category import TaxCategory

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.product_item_credits import ProductItemCredits
    from ..models.product_item_usage_based import ProductItemUsageBased
    from ..models.unit_name import UnitName
    from ..models.update_meter_value_calculation_request import UpdateMeterValueCalculationRequest
    from ..models.update_product_request import UpdateProductRequest


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdateProductItemRequest:
    """UpdateProductItemRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        product_id (str | None):
        product (UpdateProductRequest | None):
        name (str | None):
        status (ResourceStatus | None):
        reference (str | None):
        description (str | None):
        type_ (ProductItemType | None):
        model_type (ProductItemModelType | None):
        usage_based (ProductItemUsageBased | None): Metering settings of a usage-based product item.
        credits_ (ProductItemCredits | None): Credit type of a credits-based product item.
        meter_value_calculation_id (str | None):
        meter_value_calculation (UpdateMeterValueCalculationRequest | None):
        report_meter_value_calculation_ids (list[str] | None):
        tax_category (TaxCategory | None):
        display_order (int | None):
        unit_name (UnitName | None): Singular and plural name of a unit.
        custom_fields (list[CustomFieldValue] | None):
        customer_id (str | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "product_id",
        "product",
        "name",
        "status",
        "reference",
        "description",
        "type_",
        "model_type",
        "usage_based",
        "credits_",
        "meter_value_calculation_id",
        "meter_value_calculation",
        "report_meter_value_calculation_ids",
        "tax_category",
        "display_order",
        "unit_name",
        "custom_fields",
        "customer_id",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "product_id",
            "product",
            "name",
            "status",
            "reference",
            "description",
            "type",
            "model_type",
            "usage_based",
            "credits",
            "meter_value_calculation_id",
            "meter_value_calculation",
            "report_meter_value_calculation_ids",
            "tax_category",
            "display_order",
            "unit_name",
            "custom_fields",
            "customer_id",
        )
    )

    object_type: str | None = None
    id: str | None = None
    product_id: str | None = None
    product: UpdateProductRequest | None = None
    name: str | None = None
    status: ResourceStatus | None = _attrs_field(default=None, converter=_e_resource_status.coerce_optional)
    reference: str | None = None
    description: str | None = None
    type_: ProductItemType | None = _attrs_field(default=None, converter=_e_product_item_type.coerce_optional)
    model_type: ProductItemModelType | None = _attrs_field(
        default=None, converter=_e_product_item_model_type.coerce_optional
    )
    usage_based: ProductItemUsageBased | None = None
    credits_: ProductItemCredits | None = None
    meter_value_calculation_id: str | None = None
    meter_value_calculation: UpdateMeterValueCalculationRequest | None = None
    report_meter_value_calculation_ids: list[str] | None = None
    tax_category: TaxCategory | None = _attrs_field(default=None, converter=_e_tax_category.coerce_optional)
    display_order: int | None = None
    unit_name: UnitName | None = None
    custom_fields: list[CustomFieldValue] | None = None
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
        _v = self.product_id
        if _v is not None:
            _d["product_id"] = None if _v is _t.NULL else _v
        _v = self.product
        if _v is not None:
            _d["product"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.model_type
        if _v is not None:
            _d["model_type"] = None if _v is _t.NULL else _v
        _v = self.usage_based
        if _v is not None:
            _d["usage_based"] = _v.to_dict()
        _v = self.credits_
        if _v is not None:
            _d["credits"] = _v.to_dict()
        _v = self.meter_value_calculation_id
        if _v is not None:
            _d["meter_value_calculation_id"] = None if _v is _t.NULL else _v
        _v = self.meter_value_calculation
        if _v is not None:
            _d["meter_value_calculation"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.report_meter_value_calculation_ids
        if _v is not None:
            _d["report_meter_value_calculation_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.tax_category
        if _v is not None:
            _d["tax_category"] = None if _v is _t.NULL else _v
        _v = self.display_order
        if _v is not None:
            _d["display_order"] = None if _v is _t.NULL else _v
        _v = self.unit_name
        if _v is not None:
            _d["unit_name"] = _v.to_dict()
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "product_id"
            _v = _d.get("product_id")
            _obj.product_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "product"
            _v = _d.get("product")
            _obj.product = None if _v is None else (_models.UpdateProductRequest.from_dict(_v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_product_item_type.BY_VALUE.get(_v) or ProductItemType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "model_type"
            _v = _d.get("model_type")
            _obj.model_type = (
                None
                if _v is None
                else (
                    (_e_product_item_model_type.BY_VALUE.get(_v) or ProductItemModelType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "usage_based"
            _v = _d.get("usage_based")
            _obj.usage_based = None if _v is None else (_models.ProductItemUsageBased.from_dict(_v))
            _key = "credits"
            _v = _d.get("credits")
            _obj.credits_ = None if _v is None else (_models.ProductItemCredits.from_dict(_v))
            _key = "meter_value_calculation_id"
            _v = _d.get("meter_value_calculation_id")
            _obj.meter_value_calculation_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "meter_value_calculation"
            _v = _d.get("meter_value_calculation")
            _obj.meter_value_calculation = (
                None if _v is None else (_models.UpdateMeterValueCalculationRequest.from_dict(_v))
            )
            _key = "report_meter_value_calculation_ids"
            _v = _d.get("report_meter_value_calculation_ids")
            _obj.report_meter_value_calculation_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "tax_category"
            _v = _d.get("tax_category")
            _obj.tax_category = (
                None
                if _v is None
                else (
                    (_e_tax_category.BY_VALUE.get(_v) or TaxCategory(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "display_order"
            _v = _d.get("display_order")
            _obj.display_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "unit_name"
            _v = _d.get("unit_name")
            _obj.unit_name = None if _v is None else (_models.UnitName.from_dict(_v))
            _key = "custom_fields"
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
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
