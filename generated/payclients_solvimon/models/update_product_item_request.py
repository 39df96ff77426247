from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_item_model_type import ProductItemModelType
from ..models.product_item_type import ProductItemType
from ..models.resource_status import ResourceStatus
from ..models.tax_category import TaxCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.product_item_credits import ProductItemCredits
    from ..models.product_item_usage_based import ProductItemUsageBased
    from ..models.unit_name import UnitName
    from ..models.update_meter_value_calculation_request import UpdateMeterValueCalculationRequest
    from ..models.update_product_request import UpdateProductRequest


T = TypeVar("T", bound="UpdateProductItemRequest")


@_attrs_define
class UpdateProductItemRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        product_id (None | str | Unset):
        product (None | Unset | UpdateProductRequest):
        name (None | str | Unset):
        status (None | ResourceStatus | Unset):
        reference (str | Unset):
        description (None | str | Unset):
        type_ (None | ProductItemType | Unset):
        model_type (None | ProductItemModelType | Unset):
        usage_based (ProductItemUsageBased | Unset): Metering settings of a usage-based product item.
        credits_ (ProductItemCredits | Unset): Credit type of a credits-based product item.
        meter_value_calculation_id (None | str | Unset):
        meter_value_calculation (None | Unset | UpdateMeterValueCalculationRequest):
        report_meter_value_calculation_ids (list[str] | None | Unset):
        tax_category (None | TaxCategory | Unset):
        display_order (int | None | Unset):
        unit_name (UnitName | Unset): Singular and plural name of a unit.
        custom_fields (list[CustomFieldValue] | None | Unset):
        customer_id (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    product: None | Unset | UpdateProductRequest = UNSET
    name: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    reference: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: None | ProductItemType | Unset = UNSET
    model_type: None | ProductItemModelType | Unset = UNSET
    usage_based: ProductItemUsageBased | Unset = UNSET
    credits_: ProductItemCredits | Unset = UNSET
    meter_value_calculation_id: None | str | Unset = UNSET
    meter_value_calculation: None | Unset | UpdateMeterValueCalculationRequest = UNSET
    report_meter_value_calculation_ids: list[str] | None | Unset = UNSET
    tax_category: None | TaxCategory | Unset = UNSET
    display_order: int | None | Unset = UNSET
    unit_name: UnitName | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_meter_value_calculation_request import UpdateMeterValueCalculationRequest
        from ..models.update_product_request import UpdateProductRequest

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, UpdateProductRequest):
            product = self.product.to_dict()
        else:
            product = self.product

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        reference = self.reference

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProductItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        model_type: None | str | Unset
        if isinstance(self.model_type, Unset):
            model_type = UNSET
        elif isinstance(self.model_type, ProductItemModelType):
            model_type = self.model_type.value
        else:
            model_type = self.model_type

        usage_based: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_based, Unset):
            usage_based = self.usage_based.to_dict()

        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        meter_value_calculation_id: None | str | Unset
        if isinstance(self.meter_value_calculation_id, Unset):
            meter_value_calculation_id = UNSET
        else:
            meter_value_calculation_id = self.meter_value_calculation_id

        meter_value_calculation: dict[str, Any] | None | Unset
        if isinstance(self.meter_value_calculation, Unset):
            meter_value_calculation = UNSET
        elif isinstance(self.meter_value_calculation, UpdateMeterValueCalculationRequest):
            meter_value_calculation = self.meter_value_calculation.to_dict()
        else:
            meter_value_calculation = self.meter_value_calculation

        report_meter_value_calculation_ids: list[str] | None | Unset
        if isinstance(self.report_meter_value_calculation_ids, Unset):
            report_meter_value_calculation_ids = UNSET
        elif isinstance(self.report_meter_value_calculation_ids, list):
            report_meter_value_calculation_ids = self.report_meter_value_calculation_ids

        else:
            report_meter_value_calculation_ids = self.report_meter_value_calculation_ids

        tax_category: None | str | Unset
        if isinstance(self.tax_category, Unset):
            tax_category = UNSET
        elif isinstance(self.tax_category, TaxCategory):
            tax_category = self.tax_category.value
        else:
            tax_category = self.tax_category

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        unit_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_name, Unset):
            unit_name = self.unit_name.to_dict()

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product is not UNSET:
            field_dict["product"] = product
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if reference is not UNSET:
            field_dict["reference"] = reference
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if usage_based is not UNSET:
            field_dict["usage_based"] = usage_based
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if meter_value_calculation_id is not UNSET:
            field_dict["meter_value_calculation_id"] = meter_value_calculation_id
        if meter_value_calculation is not UNSET:
            field_dict["meter_value_calculation"] = meter_value_calculation
        if report_meter_value_calculation_ids is not UNSET:
            field_dict["report_meter_value_calculation_ids"] = report_meter_value_calculation_ids
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value import CustomFieldValue
        from ..models.product_item_credits import ProductItemCredits
        from ..models.product_item_usage_based import ProductItemUsageBased
        from ..models.unit_name import UnitName
        from ..models.update_meter_value_calculation_request import UpdateMeterValueCalculationRequest
        from ..models.update_product_request import UpdateProductRequest

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_product(data: object) -> None | Unset | UpdateProductRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = UpdateProductRequest.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateProductRequest, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_(data: object) -> None | ProductItemType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ProductItemType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductItemType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_model_type(data: object) -> None | ProductItemModelType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_type_0 = ProductItemModelType(data)

                return model_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductItemModelType | Unset, data)

        model_type = _parse_model_type(d.pop("model_type", UNSET))

        _usage_based = d.pop("usage_based", UNSET)
        usage_based: ProductItemUsageBased | Unset
        if isinstance(_usage_based, Unset):
            usage_based = UNSET
        else:
            usage_based = ProductItemUsageBased.from_dict(_usage_based)

        _credits_ = d.pop("credits", UNSET)
        credits_: ProductItemCredits | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = ProductItemCredits.from_dict(_credits_)

        def _parse_meter_value_calculation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_calculation_id = _parse_meter_value_calculation_id(d.pop("meter_value_calculation_id", UNSET))

        def _parse_meter_value_calculation(data: object) -> None | Unset | UpdateMeterValueCalculationRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_value_calculation_type_0 = UpdateMeterValueCalculationRequest.from_dict(data)

                return meter_value_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateMeterValueCalculationRequest, data)

        meter_value_calculation = _parse_meter_value_calculation(d.pop("meter_value_calculation", UNSET))

        def _parse_report_meter_value_calculation_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                report_meter_value_calculation_ids_type_0 = cast(list[str], data)

                return report_meter_value_calculation_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        report_meter_value_calculation_ids = _parse_report_meter_value_calculation_ids(
            d.pop("report_meter_value_calculation_ids", UNSET)
        )

        def _parse_tax_category(data: object) -> None | TaxCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_category_type_0 = TaxCategory(data)

                return tax_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxCategory | Unset, data)

        tax_category = _parse_tax_category(d.pop("tax_category", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        _unit_name = d.pop("unit_name", UNSET)
        unit_name: UnitName | Unset
        if isinstance(_unit_name, Unset):
            unit_name = UNSET
        else:
            unit_name = UnitName.from_dict(_unit_name)

        def _parse_custom_fields(data: object) -> list[CustomFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldValue.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldValue] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        update_product_item_request = cls(
            object_type=object_type,
            id=id,
            product_id=product_id,
            product=product,
            name=name,
            status=status,
            reference=reference,
            description=description,
            type_=type_,
            model_type=model_type,
            usage_based=usage_based,
            credits_=credits_,
            meter_value_calculation_id=meter_value_calculation_id,
            meter_value_calculation=meter_value_calculation,
            report_meter_value_calculation_ids=report_meter_value_calculation_ids,
            tax_category=tax_category,
            display_order=display_order,
            unit_name=unit_name,
            custom_fields=custom_fields,
            customer_id=customer_id,
        )

        update_product_item_request.additional_properties = d
        return update_product_item_request

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
