from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..models.resource_status import ResourceStatus
from ..models.tax_category import TaxCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.feature_resource_reference import FeatureResourceReference
    from ..models.linked_integration import LinkedIntegration
    from ..models.product_category import ProductCategory


T = TypeVar("T", bound="CreateProductRequest")


@_attrs_define
class CreateProductRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        category_id (str | Unset):
        category (None | ProductCategory | Unset):
        parent_product_id (None | str | Unset):
        name (str | Unset):
        reference (str | Unset):
        description (None | str | Unset):
        status (None | ResourceStatus | Unset):
        product_type (ProductType | Unset): Kind of product.
        tax_category (None | TaxCategory | Unset):
        features (list[FeatureResourceReference] | None | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
        display_order (int | None | Unset):
        linked_integrations (list[LinkedIntegration] | None | Unset):
        billing_entity_id (None | str | Unset):
        customer_id (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    category_id: str | Unset = UNSET
    category: None | ProductCategory | Unset = UNSET
    parent_product_id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    reference: str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    tax_category: None | TaxCategory | Unset = UNSET
    features: list[FeatureResourceReference] | None | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    display_order: int | None | Unset = UNSET
    linked_integrations: list[LinkedIntegration] | None | Unset = UNSET
    billing_entity_id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_category import ProductCategory

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

        category_id = self.category_id

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ProductCategory):
            category = self.category.to_dict()
        else:
            category = self.category

        parent_product_id: None | str | Unset
        if isinstance(self.parent_product_id, Unset):
            parent_product_id = UNSET
        else:
            parent_product_id = self.parent_product_id

        name = self.name

        reference = self.reference

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        tax_category: None | str | Unset
        if isinstance(self.tax_category, Unset):
            tax_category = UNSET
        elif isinstance(self.tax_category, TaxCategory):
            tax_category = self.tax_category.value
        else:
            tax_category = self.tax_category

        features: list[dict[str, Any]] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, list):
            features = []
            for features_type_0_item_data in self.features:
                features_type_0_item = features_type_0_item_data.to_dict()
                features.append(features_type_0_item)

        else:
            features = self.features

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

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        linked_integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_integrations, Unset):
            linked_integrations = UNSET
        elif isinstance(self.linked_integrations, list):
            linked_integrations = []
            for linked_integrations_type_0_item_data in self.linked_integrations:
                linked_integrations_type_0_item = linked_integrations_type_0_item_data.to_dict()
                linked_integrations.append(linked_integrations_type_0_item)

        else:
            linked_integrations = self.linked_integrations

        billing_entity_id: None | str | Unset
        if isinstance(self.billing_entity_id, Unset):
            billing_entity_id = UNSET
        else:
            billing_entity_id = self.billing_entity_id

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
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if category is not UNSET:
            field_dict["category"] = category
        if parent_product_id is not UNSET:
            field_dict["parent_product_id"] = parent_product_id
        if name is not UNSET:
            field_dict["name"] = name
        if reference is not UNSET:
            field_dict["reference"] = reference
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category
        if features is not UNSET:
            field_dict["features"] = features
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if linked_integrations is not UNSET:
            field_dict["linked_integrations"] = linked_integrations
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value import CustomFieldValue
        from ..models.feature_resource_reference import FeatureResourceReference
        from ..models.linked_integration import LinkedIntegration
        from ..models.product_category import ProductCategory

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

        category_id = d.pop("category_id", UNSET)

        def _parse_category(data: object) -> None | ProductCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = ProductCategory.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_parent_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_product_id = _parse_parent_product_id(d.pop("parent_product_id", UNSET))

        name = d.pop("name", UNSET)

        reference = d.pop("reference", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = ProductType(_product_type)

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

        def _parse_features(data: object) -> list[FeatureResourceReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                features_type_0 = []
                _features_type_0 = data
                for features_type_0_item_data in _features_type_0:
                    features_type_0_item = FeatureResourceReference.from_dict(features_type_0_item_data)

                    features_type_0.append(features_type_0_item)

                return features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FeatureResourceReference] | None | Unset, data)

        features = _parse_features(d.pop("features", UNSET))

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

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        def _parse_linked_integrations(data: object) -> list[LinkedIntegration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_integrations_type_0 = []
                _linked_integrations_type_0 = data
                for linked_integrations_type_0_item_data in _linked_integrations_type_0:
                    linked_integrations_type_0_item = LinkedIntegration.from_dict(linked_integrations_type_0_item_data)

                    linked_integrations_type_0.append(linked_integrations_type_0_item)

                return linked_integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedIntegration] | None | Unset, data)

        linked_integrations = _parse_linked_integrations(d.pop("linked_integrations", UNSET))

        def _parse_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        create_product_request = cls(
            object_type=object_type,
            id=id,
            category_id=category_id,
            category=category,
            parent_product_id=parent_product_id,
            name=name,
            reference=reference,
            description=description,
            status=status,
            product_type=product_type,
            tax_category=tax_category,
            features=features,
            custom_fields=custom_fields,
            display_order=display_order,
            linked_integrations=linked_integrations,
            billing_entity_id=billing_entity_id,
            customer_id=customer_id,
        )

        create_product_request.additional_properties = d
        return create_product_request

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
