from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.enabled_pricing import EnabledPricing
    from ..models.pricing_plan_schedule_customization import PricingPlanScheduleCustomization


T = TypeVar("T", bound="InitPricingPlanSubscriptionPaymentContext")


@_attrs_define
class InitPricingPlanSubscriptionPaymentContext:
    """Payment made when starting a pricing plan subscription.

    Attributes:
        template_pricing_plan_subscription_id (str | Unset):
        pricing_plan_subscription_id (None | str | Unset):
        billing_entity_id (None | str | Unset):
        customer_details (Customer | Unset): A customer, embedded in full.
        enabled_pricings (list[EnabledPricing] | None | Unset):
        pricing_plan_schedule_customizations (list[PricingPlanScheduleCustomization] | None | Unset):
    """

    template_pricing_plan_subscription_id: str | Unset = UNSET
    pricing_plan_subscription_id: None | str | Unset = UNSET
    billing_entity_id: None | str | Unset = UNSET
    customer_details: Customer | Unset = UNSET
    enabled_pricings: list[EnabledPricing] | None | Unset = UNSET
    pricing_plan_schedule_customizations: list[PricingPlanScheduleCustomization] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_pricing_plan_subscription_id = self.template_pricing_plan_subscription_id

        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        billing_entity_id: None | str | Unset
        if isinstance(self.billing_entity_id, Unset):
            billing_entity_id = UNSET
        else:
            billing_entity_id = self.billing_entity_id

        customer_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_details, Unset):
            customer_details = self.customer_details.to_dict()

        enabled_pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_pricings, Unset):
            enabled_pricings = UNSET
        elif isinstance(self.enabled_pricings, list):
            enabled_pricings = []
            for enabled_pricings_type_0_item_data in self.enabled_pricings:
                enabled_pricings_type_0_item = enabled_pricings_type_0_item_data.to_dict()
                enabled_pricings.append(enabled_pricings_type_0_item)

        else:
            enabled_pricings = self.enabled_pricings

        pricing_plan_schedule_customizations: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_plan_schedule_customizations, Unset):
            pricing_plan_schedule_customizations = UNSET
        elif isinstance(self.pricing_plan_schedule_customizations, list):
            pricing_plan_schedule_customizations = []
            for pricing_plan_schedule_customizations_type_0_item_data in self.pricing_plan_schedule_customizations:
                pricing_plan_schedule_customizations_type_0_item = (
                    pricing_plan_schedule_customizations_type_0_item_data.to_dict()
                )
                pricing_plan_schedule_customizations.append(pricing_plan_schedule_customizations_type_0_item)

        else:
            pricing_plan_schedule_customizations = self.pricing_plan_schedule_customizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_pricing_plan_subscription_id is not UNSET:
            field_dict["template_pricing_plan_subscription_id"] = template_pricing_plan_subscription_id
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if customer_details is not UNSET:
            field_dict["customer_details"] = customer_details
        if enabled_pricings is not UNSET:
            field_dict["enabled_pricings"] = enabled_pricings
        if pricing_plan_schedule_customizations is not UNSET:
            field_dict["pricing_plan_schedule_customizations"] = pricing_plan_schedule_customizations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.enabled_pricing import EnabledPricing
        from ..models.pricing_plan_schedule_customization import PricingPlanScheduleCustomization

        d = dict(src_dict)
        template_pricing_plan_subscription_id = d.pop("template_pricing_plan_subscription_id", UNSET)

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        def _parse_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id", UNSET))

        _customer_details = d.pop("customer_details", UNSET)
        customer_details: Customer | Unset
        if isinstance(_customer_details, Unset):
            customer_details = UNSET
        else:
            customer_details = Customer.from_dict(_customer_details)

        def _parse_enabled_pricings(data: object) -> list[EnabledPricing] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_pricings_type_0 = []
                _enabled_pricings_type_0 = data
                for enabled_pricings_type_0_item_data in _enabled_pricings_type_0:
                    enabled_pricings_type_0_item = EnabledPricing.from_dict(enabled_pricings_type_0_item_data)

                    enabled_pricings_type_0.append(enabled_pricings_type_0_item)

                return enabled_pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnabledPricing] | None | Unset, data)

        enabled_pricings = _parse_enabled_pricings(d.pop("enabled_pricings", UNSET))

        def _parse_pricing_plan_schedule_customizations(
            data: object,
        ) -> list[PricingPlanScheduleCustomization] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plan_schedule_customizations_type_0 = []
                _pricing_plan_schedule_customizations_type_0 = data
                for (
                    pricing_plan_schedule_customizations_type_0_item_data
                ) in _pricing_plan_schedule_customizations_type_0:
                    pricing_plan_schedule_customizations_type_0_item = PricingPlanScheduleCustomization.from_dict(
                        pricing_plan_schedule_customizations_type_0_item_data
                    )

                    pricing_plan_schedule_customizations_type_0.append(pricing_plan_schedule_customizations_type_0_item)

                return pricing_plan_schedule_customizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingPlanScheduleCustomization] | None | Unset, data)

        pricing_plan_schedule_customizations = _parse_pricing_plan_schedule_customizations(
            d.pop("pricing_plan_schedule_customizations", UNSET)
        )

        init_pricing_plan_subscription_payment_context = cls(
            template_pricing_plan_subscription_id=template_pricing_plan_subscription_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            billing_entity_id=billing_entity_id,
            customer_details=customer_details,
            enabled_pricings=enabled_pricings,
            pricing_plan_schedule_customizations=pricing_plan_schedule_customizations,
        )

        init_pricing_plan_subscription_payment_context.additional_properties = d
        return init_pricing_plan_subscription_payment_context

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
