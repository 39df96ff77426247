from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan_subscription import PricingPlanSubscription
    from ..models.quote import Quote
    from ..models.quote_version import QuoteVersion


T = TypeVar("T", bound="QuoteUpgradeActionResponse")


@_attrs_define
class QuoteUpgradeActionResponse:
    """
    Attributes:
        quote (None | Quote | Unset):
        quote_version (None | QuoteVersion | Unset):
        pricing_plan_subscription (None | PricingPlanSubscription | Unset):
    """

    quote: None | Quote | Unset = UNSET
    quote_version: None | QuoteVersion | Unset = UNSET
    pricing_plan_subscription: None | PricingPlanSubscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_plan_subscription import PricingPlanSubscription
        from ..models.quote import Quote
        from ..models.quote_version import QuoteVersion

        quote: dict[str, Any] | None | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        elif isinstance(self.quote, Quote):
            quote = self.quote.to_dict()
        else:
            quote = self.quote

        quote_version: dict[str, Any] | None | Unset
        if isinstance(self.quote_version, Unset):
            quote_version = UNSET
        elif isinstance(self.quote_version, QuoteVersion):
            quote_version = self.quote_version.to_dict()
        else:
            quote_version = self.quote_version

        pricing_plan_subscription: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        elif isinstance(self.pricing_plan_subscription, PricingPlanSubscription):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()
        else:
            pricing_plan_subscription = self.pricing_plan_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote is not UNSET:
            field_dict["quote"] = quote
        if quote_version is not UNSET:
            field_dict["quote_version"] = quote_version
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_plan_subscription import PricingPlanSubscription
        from ..models.quote import Quote
        from ..models.quote_version import QuoteVersion

        d = dict(src_dict)

        def _parse_quote(data: object) -> None | Quote | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quote_type_0 = Quote.from_dict(data)

                return quote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quote | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))

        def _parse_quote_version(data: object) -> None | QuoteVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quote_version_type_0 = QuoteVersion.from_dict(data)

                return quote_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersion | Unset, data)

        quote_version = _parse_quote_version(d.pop("quote_version", UNSET))

        def _parse_pricing_plan_subscription(data: object) -> None | PricingPlanSubscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_subscription_type_0 = PricingPlanSubscription.from_dict(data)

                return pricing_plan_subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscription | Unset, data)

        pricing_plan_subscription = _parse_pricing_plan_subscription(d.pop("pricing_plan_subscription", UNSET))

        quote_upgrade_action_response = cls(
            quote=quote,
            quote_version=quote_version,
            pricing_plan_subscription=pricing_plan_subscription,
        )

        quote_upgrade_action_response.additional_properties = d
        return quote_upgrade_action_response

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
