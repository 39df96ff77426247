from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_init_action_pricing_plan_subscription import QuoteInitActionPricingPlanSubscription
    from ..models.quote_init_action_quote import QuoteInitActionQuote
    from ..models.quote_init_action_quote_pricing_plan_schedule import QuoteInitActionQuotePricingPlanSchedule
    from ..models.quote_init_action_quote_version import QuoteInitActionQuoteVersion


T = TypeVar("T", bound="InitQuoteRequest")


@_attrs_define
class InitQuoteRequest:
    """
    Attributes:
        quote (QuoteInitActionQuote | Unset):
        quote_version (QuoteInitActionQuoteVersion | Unset):
        pricing_plan_subscription (QuoteInitActionPricingPlanSubscription | Unset):
        pricing_plan_schedule (QuoteInitActionQuotePricingPlanSchedule | Unset):
        quote_template_id (None | str | Unset):
    """

    quote: QuoteInitActionQuote | Unset = UNSET
    quote_version: QuoteInitActionQuoteVersion | Unset = UNSET
    pricing_plan_subscription: QuoteInitActionPricingPlanSubscription | Unset = UNSET
    pricing_plan_schedule: QuoteInitActionQuotePricingPlanSchedule | Unset = UNSET
    quote_template_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()

        quote_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_version, Unset):
            quote_version = self.quote_version.to_dict()

        pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()

        pricing_plan_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_schedule, Unset):
            pricing_plan_schedule = self.pricing_plan_schedule.to_dict()

        quote_template_id: None | str | Unset
        if isinstance(self.quote_template_id, Unset):
            quote_template_id = UNSET
        else:
            quote_template_id = self.quote_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote is not UNSET:
            field_dict["quote"] = quote
        if quote_version is not UNSET:
            field_dict["quote_version"] = quote_version
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription
        if pricing_plan_schedule is not UNSET:
            field_dict["pricing_plan_schedule"] = pricing_plan_schedule
        if quote_template_id is not UNSET:
            field_dict["quote_template_id"] = quote_template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quote_init_action_pricing_plan_subscription import QuoteInitActionPricingPlanSubscription
        from ..models.quote_init_action_quote import QuoteInitActionQuote
        from ..models.quote_init_action_quote_pricing_plan_schedule import QuoteInitActionQuotePricingPlanSchedule
        from ..models.quote_init_action_quote_version import QuoteInitActionQuoteVersion

        d = dict(src_dict)
        _quote = d.pop("quote", UNSET)
        quote: QuoteInitActionQuote | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = QuoteInitActionQuote.from_dict(_quote)

        _quote_version = d.pop("quote_version", UNSET)
        quote_version: QuoteInitActionQuoteVersion | Unset
        if isinstance(_quote_version, Unset):
            quote_version = UNSET
        else:
            quote_version = QuoteInitActionQuoteVersion.from_dict(_quote_version)

        _pricing_plan_subscription = d.pop("pricing_plan_subscription", UNSET)
        pricing_plan_subscription: QuoteInitActionPricingPlanSubscription | Unset
        if isinstance(_pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        else:
            pricing_plan_subscription = QuoteInitActionPricingPlanSubscription.from_dict(_pricing_plan_subscription)

        _pricing_plan_schedule = d.pop("pricing_plan_schedule", UNSET)
        pricing_plan_schedule: QuoteInitActionQuotePricingPlanSchedule | Unset
        if isinstance(_pricing_plan_schedule, Unset):
            pricing_plan_schedule = UNSET
        else:
            pricing_plan_schedule = QuoteInitActionQuotePricingPlanSchedule.from_dict(_pricing_plan_schedule)

        def _parse_quote_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_template_id = _parse_quote_template_id(d.pop("quote_template_id", UNSET))

        init_quote_request = cls(
            quote=quote,
            quote_version=quote_version,
            pricing_plan_subscription=pricing_plan_subscription,
            pricing_plan_schedule=pricing_plan_schedule,
            quote_template_id=quote_template_id,
        )

        init_quote_request.additional_properties = d
        return init_quote_request

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
