from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_category import PricingCategory


T = TypeVar("T", bound="OnDemandPricingItemsResponse")


@_attrs_define
class OnDemandPricingItemsResponse:
    """
    Attributes:
        pricing_plan_subscription_id (None | str | Unset):
        pricing_plan_schedule_id (None | str | Unset):
        pricing_plan_version_id (None | str | Unset):
        pricing_categories (list[PricingCategory] | None | Unset):
    """

    pricing_plan_subscription_id: None | str | Unset = UNSET
    pricing_plan_schedule_id: None | str | Unset = UNSET
    pricing_plan_version_id: None | str | Unset = UNSET
    pricing_categories: list[PricingCategory] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        pricing_plan_schedule_id: None | str | Unset
        if isinstance(self.pricing_plan_schedule_id, Unset):
            pricing_plan_schedule_id = UNSET
        else:
            pricing_plan_schedule_id = self.pricing_plan_schedule_id

        pricing_plan_version_id: None | str | Unset
        if isinstance(self.pricing_plan_version_id, Unset):
            pricing_plan_version_id = UNSET
        else:
            pricing_plan_version_id = self.pricing_plan_version_id

        pricing_categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_categories, Unset):
            pricing_categories = UNSET
        elif isinstance(self.pricing_categories, list):
            pricing_categories = []
            for pricing_categories_type_0_item_data in self.pricing_categories:
                pricing_categories_type_0_item = pricing_categories_type_0_item_data.to_dict()
                pricing_categories.append(pricing_categories_type_0_item)

        else:
            pricing_categories = self.pricing_categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if pricing_categories is not UNSET:
            field_dict["pricing_categories"] = pricing_categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_category import PricingCategory

        d = dict(src_dict)

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        def _parse_pricing_plan_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_schedule_id = _parse_pricing_plan_schedule_id(d.pop("pricing_plan_schedule_id", UNSET))

        def _parse_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_version_id = _parse_pricing_plan_version_id(d.pop("pricing_plan_version_id", UNSET))

        def _parse_pricing_categories(data: object) -> list[PricingCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_categories_type_0 = []
                _pricing_categories_type_0 = data
                for pricing_categories_type_0_item_data in _pricing_categories_type_0:
                    pricing_categories_type_0_item = PricingCategory.from_dict(pricing_categories_type_0_item_data)

                    pricing_categories_type_0.append(pricing_categories_type_0_item)

                return pricing_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingCategory] | None | Unset, data)

        pricing_categories = _parse_pricing_categories(d.pop("pricing_categories", UNSET))

        on_demand_pricing_items_response = cls(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            pricing_plan_version_id=pricing_plan_version_id,
            pricing_categories=pricing_categories,
        )

        on_demand_pricing_items_response.additional_properties = d
        return on_demand_pricing_items_response

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
