from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_pricing_plan_subscription_allow_promotion_codes import (
    TemplatePricingPlanSubscriptionAllowPromotionCodes,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatePricingPlanSubscription")


@_attrs_define
class TemplatePricingPlanSubscription:
    """
    Attributes:
        apply_billing_entity_selector (bool | None | Unset):
        allow_promotion_codes (None | TemplatePricingPlanSubscriptionAllowPromotionCodes | Unset):
    """

    apply_billing_entity_selector: bool | None | Unset = UNSET
    allow_promotion_codes: None | TemplatePricingPlanSubscriptionAllowPromotionCodes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_billing_entity_selector: bool | None | Unset
        if isinstance(self.apply_billing_entity_selector, Unset):
            apply_billing_entity_selector = UNSET
        else:
            apply_billing_entity_selector = self.apply_billing_entity_selector

        allow_promotion_codes: None | str | Unset
        if isinstance(self.allow_promotion_codes, Unset):
            allow_promotion_codes = UNSET
        elif isinstance(self.allow_promotion_codes, TemplatePricingPlanSubscriptionAllowPromotionCodes):
            allow_promotion_codes = self.allow_promotion_codes.value
        else:
            allow_promotion_codes = self.allow_promotion_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_billing_entity_selector is not UNSET:
            field_dict["apply_billing_entity_selector"] = apply_billing_entity_selector
        if allow_promotion_codes is not UNSET:
            field_dict["allow_promotion_codes"] = allow_promotion_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_apply_billing_entity_selector(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        apply_billing_entity_selector = _parse_apply_billing_entity_selector(
            d.pop("apply_billing_entity_selector", UNSET)
        )

        def _parse_allow_promotion_codes(
            data: object,
        ) -> None | TemplatePricingPlanSubscriptionAllowPromotionCodes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allow_promotion_codes_type_0 = TemplatePricingPlanSubscriptionAllowPromotionCodes(data)

                return allow_promotion_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplatePricingPlanSubscriptionAllowPromotionCodes | Unset, data)

        allow_promotion_codes = _parse_allow_promotion_codes(d.pop("allow_promotion_codes", UNSET))

        template_pricing_plan_subscription = cls(
            apply_billing_entity_selector=apply_billing_entity_selector,
            allow_promotion_codes=allow_promotion_codes,
        )

        template_pricing_plan_subscription.additional_properties = d
        return template_pricing_plan_subscription

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
