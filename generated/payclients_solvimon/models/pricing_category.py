from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing import Pricing
    from ..models.pricing_group import PricingGroup
    from ..models.product_category import ProductCategory


T = TypeVar("T", bound="PricingCategory")


@_attrs_define
class PricingCategory:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        product_category_id (str | Unset):
        product_category (None | ProductCategory | Unset):
        pricings (list[Pricing] | None | Unset):
        pricing_groups (list[PricingGroup] | None | Unset):
        display_order (int | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    product_category_id: str | Unset = UNSET
    product_category: None | ProductCategory | Unset = UNSET
    pricings: list[Pricing] | None | Unset = UNSET
    pricing_groups: list[PricingGroup] | None | Unset = UNSET
    display_order: int | None | Unset = UNSET
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

        product_category_id = self.product_category_id

        product_category: dict[str, Any] | None | Unset
        if isinstance(self.product_category, Unset):
            product_category = UNSET
        elif isinstance(self.product_category, ProductCategory):
            product_category = self.product_category.to_dict()
        else:
            product_category = self.product_category

        pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricings, Unset):
            pricings = UNSET
        elif isinstance(self.pricings, list):
            pricings = []
            for pricings_type_0_item_data in self.pricings:
                pricings_type_0_item = pricings_type_0_item_data.to_dict()
                pricings.append(pricings_type_0_item)

        else:
            pricings = self.pricings

        pricing_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_groups, Unset):
            pricing_groups = UNSET
        elif isinstance(self.pricing_groups, list):
            pricing_groups = []
            for pricing_groups_type_0_item_data in self.pricing_groups:
                pricing_groups_type_0_item = pricing_groups_type_0_item_data.to_dict()
                pricing_groups.append(pricing_groups_type_0_item)

        else:
            pricing_groups = self.pricing_groups

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if product_category_id is not UNSET:
            field_dict["product_category_id"] = product_category_id
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if pricings is not UNSET:
            field_dict["pricings"] = pricings
        if pricing_groups is not UNSET:
            field_dict["pricing_groups"] = pricing_groups
        if display_order is not UNSET:
            field_dict["display_order"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing import Pricing
        from ..models.pricing_group import PricingGroup
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

        product_category_id = d.pop("product_category_id", UNSET)

        def _parse_product_category(data: object) -> None | ProductCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_category_type_0 = ProductCategory.from_dict(data)

                return product_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductCategory | Unset, data)

        product_category = _parse_product_category(d.pop("product_category", UNSET))

        def _parse_pricings(data: object) -> list[Pricing] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricings_type_0 = []
                _pricings_type_0 = data
                for pricings_type_0_item_data in _pricings_type_0:
                    pricings_type_0_item = Pricing.from_dict(pricings_type_0_item_data)

                    pricings_type_0.append(pricings_type_0_item)

                return pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Pricing] | None | Unset, data)

        pricings = _parse_pricings(d.pop("pricings", UNSET))

        def _parse_pricing_groups(data: object) -> list[PricingGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_groups_type_0 = []
                _pricing_groups_type_0 = data
                for pricing_groups_type_0_item_data in _pricing_groups_type_0:
                    pricing_groups_type_0_item = PricingGroup.from_dict(pricing_groups_type_0_item_data)

                    pricing_groups_type_0.append(pricing_groups_type_0_item)

                return pricing_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingGroup] | None | Unset, data)

        pricing_groups = _parse_pricing_groups(d.pop("pricing_groups", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        pricing_category = cls(
            object_type=object_type,
            id=id,
            product_category_id=product_category_id,
            product_category=product_category,
            pricings=pricings,
            pricing_groups=pricing_groups,
            display_order=display_order,
        )

        pricing_category.additional_properties = d
        return pricing_category

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
