from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_plan_subscription_selector_fallback import PricingPlanSubscriptionSelectorFallback
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan_subscription_selector_data import PricingPlanSubscriptionSelectorData
    from ..models.pricing_plan_subscription_selector_filter import PricingPlanSubscriptionSelectorFilter
    from ..models.pricing_plan_subscription_selector_rule import PricingPlanSubscriptionSelectorRule


T = TypeVar("T", bound="PricingPlanSubscriptionSelector")


@_attrs_define
class PricingPlanSubscriptionSelector:
    """Rules that pick the pricing plan subscription for a customer.

    Attributes:
        data (list[PricingPlanSubscriptionSelectorData] | None | Unset):
        rules (list[PricingPlanSubscriptionSelectorRule] | None | Unset):
        filters (list[PricingPlanSubscriptionSelectorFilter] | None | Unset):
        fallback (None | PricingPlanSubscriptionSelectorFallback | Unset):
    """

    data: list[PricingPlanSubscriptionSelectorData] | None | Unset = UNSET
    rules: list[PricingPlanSubscriptionSelectorRule] | None | Unset = UNSET
    filters: list[PricingPlanSubscriptionSelectorFilter] | None | Unset = UNSET
    fallback: None | PricingPlanSubscriptionSelectorFallback | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, list):
            rules = []
            for rules_type_0_item_data in self.rules:
                rules_type_0_item = rules_type_0_item_data.to_dict()
                rules.append(rules_type_0_item)

        else:
            rules = self.rules

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        fallback: None | str | Unset
        if isinstance(self.fallback, Unset):
            fallback = UNSET
        elif isinstance(self.fallback, PricingPlanSubscriptionSelectorFallback):
            fallback = self.fallback.value
        else:
            fallback = self.fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if rules is not UNSET:
            field_dict["rules"] = rules
        if filters is not UNSET:
            field_dict["filters"] = filters
        if fallback is not UNSET:
            field_dict["fallback"] = fallback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_plan_subscription_selector_data import PricingPlanSubscriptionSelectorData
        from ..models.pricing_plan_subscription_selector_filter import PricingPlanSubscriptionSelectorFilter
        from ..models.pricing_plan_subscription_selector_rule import PricingPlanSubscriptionSelectorRule

        d = dict(src_dict)

        def _parse_data(data: object) -> list[PricingPlanSubscriptionSelectorData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = PricingPlanSubscriptionSelectorData.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingPlanSubscriptionSelectorData] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_rules(data: object) -> list[PricingPlanSubscriptionSelectorRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rules_type_0 = []
                _rules_type_0 = data
                for rules_type_0_item_data in _rules_type_0:
                    rules_type_0_item = PricingPlanSubscriptionSelectorRule.from_dict(rules_type_0_item_data)

                    rules_type_0.append(rules_type_0_item)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingPlanSubscriptionSelectorRule] | None | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))

        def _parse_filters(data: object) -> list[PricingPlanSubscriptionSelectorFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = PricingPlanSubscriptionSelectorFilter.from_dict(filters_type_0_item_data)

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingPlanSubscriptionSelectorFilter] | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_fallback(data: object) -> None | PricingPlanSubscriptionSelectorFallback | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fallback_type_0 = PricingPlanSubscriptionSelectorFallback(data)

                return fallback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionSelectorFallback | Unset, data)

        fallback = _parse_fallback(d.pop("fallback", UNSET))

        pricing_plan_subscription_selector = cls(
            data=data,
            rules=rules,
            filters=filters,
            fallback=fallback,
        )

        pricing_plan_subscription_selector.additional_properties = d
        return pricing_plan_subscription_selector

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
