from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_override import PricingOverride
from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_product_request import CreateProductRequest
    from ..models.entitlement import Entitlement
    from ..models.pricing_item import PricingItem
    from ..models.pricing_original_pricing import PricingOriginalPricing


T = TypeVar("T", bound="CreatePricingRequest")


@_attrs_define
class CreatePricingRequest:
    """
    Attributes:
        product_ids (list[str]):
        object_type (None | str | Unset):
        id (None | str | Unset):
        pricing_plan_version_id (None | str | Unset):
        pricing_plan_schedule_id (None | str | Unset):
        pricing_group_id (None | str | Unset):
        original_pricing_id (None | str | Unset):
        original_pricing (None | PricingOriginalPricing | Unset):
        override (None | PricingOverride | Unset):
        name (None | str | Unset):
        product_type (None | ProductType | Unset):
        display_order (int | None | Unset):
        products (list[CreateProductRequest] | None | Unset):
        entitlements (list[Entitlement] | None | Unset):
        items (list[PricingItem] | None | Unset):
    """

    product_ids: list[str]
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    pricing_plan_version_id: None | str | Unset = UNSET
    pricing_plan_schedule_id: None | str | Unset = UNSET
    pricing_group_id: None | str | Unset = UNSET
    original_pricing_id: None | str | Unset = UNSET
    original_pricing: None | PricingOriginalPricing | Unset = UNSET
    override: None | PricingOverride | Unset = UNSET
    name: None | str | Unset = UNSET
    product_type: None | ProductType | Unset = UNSET
    display_order: int | None | Unset = UNSET
    products: list[CreateProductRequest] | None | Unset = UNSET
    entitlements: list[Entitlement] | None | Unset = UNSET
    items: list[PricingItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_original_pricing import PricingOriginalPricing

        product_ids = self.product_ids

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

        pricing_plan_version_id: None | str | Unset
        if isinstance(self.pricing_plan_version_id, Unset):
            pricing_plan_version_id = UNSET
        else:
            pricing_plan_version_id = self.pricing_plan_version_id

        pricing_plan_schedule_id: None | str | Unset
        if isinstance(self.pricing_plan_schedule_id, Unset):
            pricing_plan_schedule_id = UNSET
        else:
            pricing_plan_schedule_id = self.pricing_plan_schedule_id

        pricing_group_id: None | str | Unset
        if isinstance(self.pricing_group_id, Unset):
            pricing_group_id = UNSET
        else:
            pricing_group_id = self.pricing_group_id

        original_pricing_id: None | str | Unset
        if isinstance(self.original_pricing_id, Unset):
            original_pricing_id = UNSET
        else:
            original_pricing_id = self.original_pricing_id

        original_pricing: dict[str, Any] | None | Unset
        if isinstance(self.original_pricing, Unset):
            original_pricing = UNSET
        elif isinstance(self.original_pricing, PricingOriginalPricing):
            original_pricing = self.original_pricing.to_dict()
        else:
            original_pricing = self.original_pricing

        override: None | str | Unset
        if isinstance(self.override, Unset):
            override = UNSET
        elif isinstance(self.override, PricingOverride):
            override = self.override.value
        else:
            override = self.override

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, ProductType):
            product_type = self.product_type.value
        else:
            product_type = self.product_type

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        products: list[dict[str, Any]] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = []
            for products_type_0_item_data in self.products:
                products_type_0_item = products_type_0_item_data.to_dict()
                products.append(products_type_0_item)

        else:
            products = self.products

        entitlements: list[dict[str, Any]] | None | Unset
        if isinstance(self.entitlements, Unset):
            entitlements = UNSET
        elif isinstance(self.entitlements, list):
            entitlements = []
            for entitlements_type_0_item_data in self.entitlements:
                entitlements_type_0_item = entitlements_type_0_item_data.to_dict()
                entitlements.append(entitlements_type_0_item)

        else:
            entitlements = self.entitlements

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_ids": product_ids,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if pricing_group_id is not UNSET:
            field_dict["pricing_group_id"] = pricing_group_id
        if original_pricing_id is not UNSET:
            field_dict["original_pricing_id"] = original_pricing_id
        if original_pricing is not UNSET:
            field_dict["original_pricing"] = original_pricing
        if override is not UNSET:
            field_dict["override"] = override
        if name is not UNSET:
            field_dict["name"] = name
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if products is not UNSET:
            field_dict["products"] = products
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_product_request import CreateProductRequest
        from ..models.entitlement import Entitlement
        from ..models.pricing_item import PricingItem
        from ..models.pricing_original_pricing import PricingOriginalPricing

        d = dict(src_dict)
        product_ids = cast(list[str], d.pop("product_ids"))

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

        def _parse_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_version_id = _parse_pricing_plan_version_id(d.pop("pricing_plan_version_id", UNSET))

        def _parse_pricing_plan_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_schedule_id = _parse_pricing_plan_schedule_id(d.pop("pricing_plan_schedule_id", UNSET))

        def _parse_pricing_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_group_id = _parse_pricing_group_id(d.pop("pricing_group_id", UNSET))

        def _parse_original_pricing_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_pricing_id = _parse_original_pricing_id(d.pop("original_pricing_id", UNSET))

        def _parse_original_pricing(data: object) -> None | PricingOriginalPricing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_pricing_type_0 = PricingOriginalPricing.from_dict(data)

                return original_pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingOriginalPricing | Unset, data)

        original_pricing = _parse_original_pricing(d.pop("original_pricing", UNSET))

        def _parse_override(data: object) -> None | PricingOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                override_type_0 = PricingOverride(data)

                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingOverride | Unset, data)

        override = _parse_override(d.pop("override", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_product_type(data: object) -> None | ProductType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_type_type_0 = ProductType(data)

                return product_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductType | Unset, data)

        product_type = _parse_product_type(d.pop("product_type", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        def _parse_products(data: object) -> list[CreateProductRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                products_type_0 = []
                _products_type_0 = data
                for products_type_0_item_data in _products_type_0:
                    products_type_0_item = CreateProductRequest.from_dict(products_type_0_item_data)

                    products_type_0.append(products_type_0_item)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateProductRequest] | None | Unset, data)

        products = _parse_products(d.pop("products", UNSET))

        def _parse_entitlements(data: object) -> list[Entitlement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entitlements_type_0 = []
                _entitlements_type_0 = data
                for entitlements_type_0_item_data in _entitlements_type_0:
                    entitlements_type_0_item = Entitlement.from_dict(entitlements_type_0_item_data)

                    entitlements_type_0.append(entitlements_type_0_item)

                return entitlements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Entitlement] | None | Unset, data)

        entitlements = _parse_entitlements(d.pop("entitlements", UNSET))

        def _parse_items(data: object) -> list[PricingItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = PricingItem.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItem] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        create_pricing_request = cls(
            product_ids=product_ids,
            object_type=object_type,
            id=id,
            pricing_plan_version_id=pricing_plan_version_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            pricing_group_id=pricing_group_id,
            original_pricing_id=original_pricing_id,
            original_pricing=original_pricing,
            override=override,
            name=name,
            product_type=product_type,
            display_order=display_order,
            products=products,
            entitlements=entitlements,
            items=items,
        )

        create_pricing_request.additional_properties = d
        return create_pricing_request

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
