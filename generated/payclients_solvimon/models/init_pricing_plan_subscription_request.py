from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_customer_request import CreateCustomerRequest
    from ..models.create_payment_method_request import CreatePaymentMethodRequest
    from ..models.create_pricing_plan_schedule_request import CreatePricingPlanScheduleRequest
    from ..models.create_pricing_plan_subscription_request import CreatePricingPlanSubscriptionRequest
    from ..models.embedded_invoice_request import EmbeddedInvoiceRequest
    from ..models.embedded_payment_request import EmbeddedPaymentRequest
    from ..models.enabled_pricing import EnabledPricing
    from ..models.entitlements import Entitlements


T = TypeVar("T", bound="InitPricingPlanSubscriptionRequest")


@_attrs_define
class InitPricingPlanSubscriptionRequest:
    """
    Attributes:
        customer (CreateCustomerRequest | Unset):
        pricing_plan_subscription (CreatePricingPlanSubscriptionRequest | Unset):
        pricing_plan_schedules (list[CreatePricingPlanScheduleRequest] | Unset):
        first_payment (EmbeddedPaymentRequest | Unset):
        payment_method (CreatePaymentMethodRequest | Unset):
        pricing_plan_subscription_start_at (datetime.datetime | None | Unset):
        enabled_pricings (list[EnabledPricing] | None | Unset):
        entitlements_summary (Entitlements | None | Unset):
        invoice (EmbeddedInvoiceRequest | None | Unset):
    """

    customer: CreateCustomerRequest | Unset = UNSET
    pricing_plan_subscription: CreatePricingPlanSubscriptionRequest | Unset = UNSET
    pricing_plan_schedules: list[CreatePricingPlanScheduleRequest] | Unset = UNSET
    first_payment: EmbeddedPaymentRequest | Unset = UNSET
    payment_method: CreatePaymentMethodRequest | Unset = UNSET
    pricing_plan_subscription_start_at: datetime.datetime | None | Unset = UNSET
    enabled_pricings: list[EnabledPricing] | None | Unset = UNSET
    entitlements_summary: Entitlements | None | Unset = UNSET
    invoice: EmbeddedInvoiceRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.embedded_invoice_request import EmbeddedInvoiceRequest
        from ..models.entitlements import Entitlements

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()

        pricing_plan_schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing_plan_schedules, Unset):
            pricing_plan_schedules = []
            for pricing_plan_schedules_item_data in self.pricing_plan_schedules:
                pricing_plan_schedules_item = pricing_plan_schedules_item_data.to_dict()
                pricing_plan_schedules.append(pricing_plan_schedules_item)

        first_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_payment, Unset):
            first_payment = self.first_payment.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        pricing_plan_subscription_start_at: None | str | Unset
        if isinstance(self.pricing_plan_subscription_start_at, Unset):
            pricing_plan_subscription_start_at = UNSET
        elif isinstance(self.pricing_plan_subscription_start_at, datetime.datetime):
            pricing_plan_subscription_start_at = self.pricing_plan_subscription_start_at.isoformat()
        else:
            pricing_plan_subscription_start_at = self.pricing_plan_subscription_start_at

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

        entitlements_summary: dict[str, Any] | None | Unset
        if isinstance(self.entitlements_summary, Unset):
            entitlements_summary = UNSET
        elif isinstance(self.entitlements_summary, Entitlements):
            entitlements_summary = self.entitlements_summary.to_dict()
        else:
            entitlements_summary = self.entitlements_summary

        invoice: dict[str, Any] | None | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, EmbeddedInvoiceRequest):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription
        if pricing_plan_schedules is not UNSET:
            field_dict["pricing_plan_schedules"] = pricing_plan_schedules
        if first_payment is not UNSET:
            field_dict["first_payment"] = first_payment
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if pricing_plan_subscription_start_at is not UNSET:
            field_dict["pricing_plan_subscription_start_at"] = pricing_plan_subscription_start_at
        if enabled_pricings is not UNSET:
            field_dict["enabled_pricings"] = enabled_pricings
        if entitlements_summary is not UNSET:
            field_dict["entitlements_summary"] = entitlements_summary
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_customer_request import CreateCustomerRequest
        from ..models.create_payment_method_request import CreatePaymentMethodRequest
        from ..models.create_pricing_plan_schedule_request import CreatePricingPlanScheduleRequest
        from ..models.create_pricing_plan_subscription_request import CreatePricingPlanSubscriptionRequest
        from ..models.embedded_invoice_request import EmbeddedInvoiceRequest
        from ..models.embedded_payment_request import EmbeddedPaymentRequest
        from ..models.enabled_pricing import EnabledPricing
        from ..models.entitlements import Entitlements

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: CreateCustomerRequest | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CreateCustomerRequest.from_dict(_customer)

        _pricing_plan_subscription = d.pop("pricing_plan_subscription", UNSET)
        pricing_plan_subscription: CreatePricingPlanSubscriptionRequest | Unset
        if isinstance(_pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        else:
            pricing_plan_subscription = CreatePricingPlanSubscriptionRequest.from_dict(_pricing_plan_subscription)

        _pricing_plan_schedules = d.pop("pricing_plan_schedules", UNSET)
        pricing_plan_schedules: list[CreatePricingPlanScheduleRequest] | Unset = UNSET
        if _pricing_plan_schedules is not UNSET:
            pricing_plan_schedules = []
            for pricing_plan_schedules_item_data in _pricing_plan_schedules:
                pricing_plan_schedules_item = CreatePricingPlanScheduleRequest.from_dict(
                    pricing_plan_schedules_item_data
                )

                pricing_plan_schedules.append(pricing_plan_schedules_item)

        _first_payment = d.pop("first_payment", UNSET)
        first_payment: EmbeddedPaymentRequest | Unset
        if isinstance(_first_payment, Unset):
            first_payment = UNSET
        else:
            first_payment = EmbeddedPaymentRequest.from_dict(_first_payment)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: CreatePaymentMethodRequest | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = CreatePaymentMethodRequest.from_dict(_payment_method)

        def _parse_pricing_plan_subscription_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pricing_plan_subscription_start_at_type_0 = datetime.datetime.fromisoformat(data)

                return pricing_plan_subscription_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        pricing_plan_subscription_start_at = _parse_pricing_plan_subscription_start_at(
            d.pop("pricing_plan_subscription_start_at", UNSET)
        )

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

        def _parse_entitlements_summary(data: object) -> Entitlements | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entitlements_summary_type_0 = Entitlements.from_dict(data)

                return entitlements_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Entitlements | None | Unset, data)

        entitlements_summary = _parse_entitlements_summary(d.pop("entitlements_summary", UNSET))

        def _parse_invoice(data: object) -> EmbeddedInvoiceRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_0 = EmbeddedInvoiceRequest.from_dict(data)

                return invoice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddedInvoiceRequest | None | Unset, data)

        invoice = _parse_invoice(d.pop("invoice", UNSET))

        init_pricing_plan_subscription_request = cls(
            customer=customer,
            pricing_plan_subscription=pricing_plan_subscription,
            pricing_plan_schedules=pricing_plan_schedules,
            first_payment=first_payment,
            payment_method=payment_method,
            pricing_plan_subscription_start_at=pricing_plan_subscription_start_at,
            enabled_pricings=enabled_pricings,
            entitlements_summary=entitlements_summary,
            invoice=invoice,
        )

        init_pricing_plan_subscription_request.additional_properties = d
        return init_pricing_plan_subscription_request

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
