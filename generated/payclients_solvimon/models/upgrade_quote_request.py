from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_quote_upgrade_action_request_pricing_plan_schedule_request import (
        CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest,
    )
    from ..models.create_quote_upgrade_action_request_pricing_plan_subscription_request import (
        CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest,
    )
    from ..models.create_quote_upgrade_action_request_quote_request import CreateQuoteUpgradeActionRequestQuoteRequest


T = TypeVar("T", bound="UpgradeQuoteRequest")


@_attrs_define
class UpgradeQuoteRequest:
    """
    Attributes:
        quote (CreateQuoteUpgradeActionRequestQuoteRequest | Unset):
        pricing_plan_subscription (CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest | Unset):
        pricing_plan_schedule (CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest | Unset):
    """

    quote: CreateQuoteUpgradeActionRequestQuoteRequest | Unset = UNSET
    pricing_plan_subscription: CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest | Unset = UNSET
    pricing_plan_schedule: CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()

        pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()

        pricing_plan_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_schedule, Unset):
            pricing_plan_schedule = self.pricing_plan_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote is not UNSET:
            field_dict["quote"] = quote
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription
        if pricing_plan_schedule is not UNSET:
            field_dict["pricing_plan_schedule"] = pricing_plan_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_quote_upgrade_action_request_pricing_plan_schedule_request import (
            CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest,
        )
        from ..models.create_quote_upgrade_action_request_pricing_plan_subscription_request import (
            CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest,
        )
        from ..models.create_quote_upgrade_action_request_quote_request import (
            CreateQuoteUpgradeActionRequestQuoteRequest,
        )

        d = dict(src_dict)
        _quote = d.pop("quote", UNSET)
        quote: CreateQuoteUpgradeActionRequestQuoteRequest | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = CreateQuoteUpgradeActionRequestQuoteRequest.from_dict(_quote)

        _pricing_plan_subscription = d.pop("pricing_plan_subscription", UNSET)
        pricing_plan_subscription: CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest | Unset
        if isinstance(_pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        else:
            pricing_plan_subscription = CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest.from_dict(
                _pricing_plan_subscription
            )

        _pricing_plan_schedule = d.pop("pricing_plan_schedule", UNSET)
        pricing_plan_schedule: CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest | Unset
        if isinstance(_pricing_plan_schedule, Unset):
            pricing_plan_schedule = UNSET
        else:
            pricing_plan_schedule = CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest.from_dict(
                _pricing_plan_schedule
            )

        upgrade_quote_request = cls(
            quote=quote,
            pricing_plan_subscription=pricing_plan_subscription,
            pricing_plan_schedule=pricing_plan_schedule,
        )

        upgrade_quote_request.additional_properties = d
        return upgrade_quote_request

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
