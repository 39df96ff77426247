from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_approval_status import InvoiceApprovalStatus
from ..models.invoice_billing_type import InvoiceBillingType
from ..models.invoice_payment_status import InvoicePaymentStatus
from ..models.invoice_pricing_amount_type import InvoicePricingAmountType
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.billing_entity import BillingEntity
    from ..models.credit_type import CreditType
    from ..models.custom_field_value import CustomFieldValue
    from ..models.customer import Customer
    from ..models.e_invoice import EInvoice
    from ..models.invoice_coupon import InvoiceCoupon
    from ..models.invoice_credit_detail import InvoiceCreditDetail
    from ..models.invoice_dunning_action import InvoiceDunningAction
    from ..models.invoice_payment_action import InvoicePaymentAction
    from ..models.invoice_period import InvoicePeriod
    from ..models.invoice_promotion_code import InvoicePromotionCode
    from ..models.invoice_reprocess import InvoiceReprocess
    from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
    from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary
    from ..models.invoice_validation_result import InvoiceValidationResult
    from ..models.linked_integration import LinkedIntegration
    from ..models.linked_invoice_detail import LinkedInvoiceDetail
    from ..models.meter_value import MeterValue
    from ..models.other_custom_field_value import OtherCustomFieldValue
    from ..models.period import Period
    from ..models.portal_url_link import PortalUrlLink
    from ..models.tax_registration import TaxRegistration
    from ..models.used_exchange_rate import UsedExchangeRate


T = TypeVar("T", bound="EmbeddedInvoiceRequest")


@_attrs_define
class EmbeddedInvoiceRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        invoice_number (None | str | Unset):
        purchase_order_number (None | str | Unset):
        platform_id (None | str | Unset):
        customer_id (None | str | Unset):
        customer_reference (None | str | Unset):
        sales_tax_percentage (None | str | Unset):
        customer (Customer | None | Unset):
        billing_entity_id (str | Unset):
        billing_entity (BillingEntity | None | Unset):
        status (str | Unset):
        on_hold (bool | Unset):
        paid (bool | None | Unset):
        type_ (InvoiceType | Unset): Kind of invoice.
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        invoice_date (datetime.datetime | Unset):
        delivery_date (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        billing_period_date (None | str | Unset):
        billing_currency (None | str | Unset):
        invoice_amount_including_tax (Amount | None | Unset):
        open_invoice_amount (Amount | None | Unset):
        closed_invoice_amount (Amount | None | Unset):
        paid_invoice_amount (Amount | None | Unset):
        timezone (None | str | Unset):
        billing_period (None | Period | Unset):
        pricing_plan_subscription_ids (list[str] | None | Unset):
        pricing_amount_type (InvoicePricingAmountType | Unset): Whether the prices on an invoice exclude or include tax.
        periods (list[InvoicePeriod] | Unset):
        closed_periods (list[InvoicePeriod] | None | Unset):
        tax_categories (list[InvoiceTaxCategorySummary] | None | Unset):
        tax_summary (InvoiceTaxTotalSummary | None | Unset):
        auto_rescues (list[InvoiceDunningAction] | None | Unset):
        dunning_actions (list[InvoiceDunningAction] | None | Unset):
        payment_acceptor_ids (list[str] | Unset):
        payment_actions (list[InvoicePaymentAction] | None | Unset):
        pay_invoice_link (None | PortalUrlLink | Unset):
        notes (list[str] | None | Unset):
        linked_invoices (list[LinkedInvoiceDetail] | None | Unset):
        linked_invoices_ids (list[str] | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
        other_custom_fields (list[OtherCustomFieldValue] | None | Unset):
        credit (InvoiceCreditDetail | None | Unset):
        e_invoices (list[EInvoice] | None | Unset):
        used_exchange_rates (list[UsedExchangeRate] | None | Unset):
        processing_only_customers (list[Customer] | None | Unset):
        meter_values (list[MeterValue] | None | Unset):
        credit_types (list[CreditType] | None | Unset):
        display_invoice_sub_lines_per_processing_only_customer (bool | None | Unset):
        forwarded_from_customers (list[Customer] | None | Unset):
        validation_result (list[InvoiceValidationResult] | None | Unset):
        to_be_reprocessed (bool | None | Unset):
        to_be_reprocessed_at (None | str | Unset):
        reprocess (InvoiceReprocess | Unset): Scheduled reprocessing of an invoice.
        used_tax_registration (None | TaxRegistration | Unset):
        footnote (None | str | Unset):
        approval_status (InvoiceApprovalStatus | None | Unset):
        updated_to_final_at (None | str | Unset):
        has_usage_based_pricing (bool | None | Unset):
        coupons (list[InvoiceCoupon] | None | Unset):
        promotion_codes (list[InvoicePromotionCode] | None | Unset):
        linked_integrations (list[LinkedIntegration] | None | Unset):
        billing_type (InvoiceBillingType | None | Unset):
        payment_status (InvoicePaymentStatus | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    platform_id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_reference: None | str | Unset = UNSET
    sales_tax_percentage: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    billing_entity_id: str | Unset = UNSET
    billing_entity: BillingEntity | None | Unset = UNSET
    status: str | Unset = UNSET
    on_hold: bool | Unset = UNSET
    paid: bool | None | Unset = UNSET
    type_: InvoiceType | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    invoice_date: datetime.datetime | Unset = UNSET
    delivery_date: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    billing_period_date: None | str | Unset = UNSET
    billing_currency: None | str | Unset = UNSET
    invoice_amount_including_tax: Amount | None | Unset = UNSET
    open_invoice_amount: Amount | None | Unset = UNSET
    closed_invoice_amount: Amount | None | Unset = UNSET
    paid_invoice_amount: Amount | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    billing_period: None | Period | Unset = UNSET
    pricing_plan_subscription_ids: list[str] | None | Unset = UNSET
    pricing_amount_type: InvoicePricingAmountType | Unset = UNSET
    periods: list[InvoicePeriod] | Unset = UNSET
    closed_periods: list[InvoicePeriod] | None | Unset = UNSET
    tax_categories: list[InvoiceTaxCategorySummary] | None | Unset = UNSET
    tax_summary: InvoiceTaxTotalSummary | None | Unset = UNSET
    auto_rescues: list[InvoiceDunningAction] | None | Unset = UNSET
    dunning_actions: list[InvoiceDunningAction] | None | Unset = UNSET
    payment_acceptor_ids: list[str] | Unset = UNSET
    payment_actions: list[InvoicePaymentAction] | None | Unset = UNSET
    pay_invoice_link: None | PortalUrlLink | Unset = UNSET
    notes: list[str] | None | Unset = UNSET
    linked_invoices: list[LinkedInvoiceDetail] | None | Unset = UNSET
    linked_invoices_ids: list[str] | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    other_custom_fields: list[OtherCustomFieldValue] | None | Unset = UNSET
    credit: InvoiceCreditDetail | None | Unset = UNSET
    e_invoices: list[EInvoice] | None | Unset = UNSET
    used_exchange_rates: list[UsedExchangeRate] | None | Unset = UNSET
    processing_only_customers: list[Customer] | None | Unset = UNSET
    meter_values: list[MeterValue] | None | Unset = UNSET
    credit_types: list[CreditType] | None | Unset = UNSET
    display_invoice_sub_lines_per_processing_only_customer: bool | None | Unset = UNSET
    forwarded_from_customers: list[Customer] | None | Unset = UNSET
    validation_result: list[InvoiceValidationResult] | None | Unset = UNSET
    to_be_reprocessed: bool | None | Unset = UNSET
    to_be_reprocessed_at: None | str | Unset = UNSET
    reprocess: InvoiceReprocess | Unset = UNSET
    used_tax_registration: None | TaxRegistration | Unset = UNSET
    footnote: None | str | Unset = UNSET
    approval_status: InvoiceApprovalStatus | None | Unset = UNSET
    updated_to_final_at: None | str | Unset = UNSET
    has_usage_based_pricing: bool | None | Unset = UNSET
    coupons: list[InvoiceCoupon] | None | Unset = UNSET
    promotion_codes: list[InvoicePromotionCode] | None | Unset = UNSET
    linked_integrations: list[LinkedIntegration] | None | Unset = UNSET
    billing_type: InvoiceBillingType | None | Unset = UNSET
    payment_status: InvoicePaymentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amount import Amount
        from ..models.billing_entity import BillingEntity
        from ..models.customer import Customer
        from ..models.invoice_credit_detail import InvoiceCreditDetail
        from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary
        from ..models.period import Period
        from ..models.portal_url_link import PortalUrlLink
        from ..models.tax_registration import TaxRegistration

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

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        purchase_order_number: None | str | Unset
        if isinstance(self.purchase_order_number, Unset):
            purchase_order_number = UNSET
        else:
            purchase_order_number = self.purchase_order_number

        platform_id: None | str | Unset
        if isinstance(self.platform_id, Unset):
            platform_id = UNSET
        else:
            platform_id = self.platform_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        sales_tax_percentage: None | str | Unset
        if isinstance(self.sales_tax_percentage, Unset):
            sales_tax_percentage = UNSET
        else:
            sales_tax_percentage = self.sales_tax_percentage

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        billing_entity_id = self.billing_entity_id

        billing_entity: dict[str, Any] | None | Unset
        if isinstance(self.billing_entity, Unset):
            billing_entity = UNSET
        elif isinstance(self.billing_entity, BillingEntity):
            billing_entity = self.billing_entity.to_dict()
        else:
            billing_entity = self.billing_entity

        status = self.status

        on_hold = self.on_hold

        paid: bool | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        else:
            paid = self.paid

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        billing_period_date: None | str | Unset
        if isinstance(self.billing_period_date, Unset):
            billing_period_date = UNSET
        else:
            billing_period_date = self.billing_period_date

        billing_currency: None | str | Unset
        if isinstance(self.billing_currency, Unset):
            billing_currency = UNSET
        else:
            billing_currency = self.billing_currency

        invoice_amount_including_tax: dict[str, Any] | None | Unset
        if isinstance(self.invoice_amount_including_tax, Unset):
            invoice_amount_including_tax = UNSET
        elif isinstance(self.invoice_amount_including_tax, Amount):
            invoice_amount_including_tax = self.invoice_amount_including_tax.to_dict()
        else:
            invoice_amount_including_tax = self.invoice_amount_including_tax

        open_invoice_amount: dict[str, Any] | None | Unset
        if isinstance(self.open_invoice_amount, Unset):
            open_invoice_amount = UNSET
        elif isinstance(self.open_invoice_amount, Amount):
            open_invoice_amount = self.open_invoice_amount.to_dict()
        else:
            open_invoice_amount = self.open_invoice_amount

        closed_invoice_amount: dict[str, Any] | None | Unset
        if isinstance(self.closed_invoice_amount, Unset):
            closed_invoice_amount = UNSET
        elif isinstance(self.closed_invoice_amount, Amount):
            closed_invoice_amount = self.closed_invoice_amount.to_dict()
        else:
            closed_invoice_amount = self.closed_invoice_amount

        paid_invoice_amount: dict[str, Any] | None | Unset
        if isinstance(self.paid_invoice_amount, Unset):
            paid_invoice_amount = UNSET
        elif isinstance(self.paid_invoice_amount, Amount):
            paid_invoice_amount = self.paid_invoice_amount.to_dict()
        else:
            paid_invoice_amount = self.paid_invoice_amount

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        billing_period: dict[str, Any] | None | Unset
        if isinstance(self.billing_period, Unset):
            billing_period = UNSET
        elif isinstance(self.billing_period, Period):
            billing_period = self.billing_period.to_dict()
        else:
            billing_period = self.billing_period

        pricing_plan_subscription_ids: list[str] | None | Unset
        if isinstance(self.pricing_plan_subscription_ids, Unset):
            pricing_plan_subscription_ids = UNSET
        elif isinstance(self.pricing_plan_subscription_ids, list):
            pricing_plan_subscription_ids = self.pricing_plan_subscription_ids

        else:
            pricing_plan_subscription_ids = self.pricing_plan_subscription_ids

        pricing_amount_type: str | Unset = UNSET
        if not isinstance(self.pricing_amount_type, Unset):
            pricing_amount_type = self.pricing_amount_type.value

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        closed_periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.closed_periods, Unset):
            closed_periods = UNSET
        elif isinstance(self.closed_periods, list):
            closed_periods = []
            for closed_periods_type_0_item_data in self.closed_periods:
                closed_periods_type_0_item = closed_periods_type_0_item_data.to_dict()
                closed_periods.append(closed_periods_type_0_item)

        else:
            closed_periods = self.closed_periods

        tax_categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_categories, Unset):
            tax_categories = UNSET
        elif isinstance(self.tax_categories, list):
            tax_categories = []
            for tax_categories_type_0_item_data in self.tax_categories:
                tax_categories_type_0_item = tax_categories_type_0_item_data.to_dict()
                tax_categories.append(tax_categories_type_0_item)

        else:
            tax_categories = self.tax_categories

        tax_summary: dict[str, Any] | None | Unset
        if isinstance(self.tax_summary, Unset):
            tax_summary = UNSET
        elif isinstance(self.tax_summary, InvoiceTaxTotalSummary):
            tax_summary = self.tax_summary.to_dict()
        else:
            tax_summary = self.tax_summary

        auto_rescues: list[dict[str, Any]] | None | Unset
        if isinstance(self.auto_rescues, Unset):
            auto_rescues = UNSET
        elif isinstance(self.auto_rescues, list):
            auto_rescues = []
            for auto_rescues_type_0_item_data in self.auto_rescues:
                auto_rescues_type_0_item = auto_rescues_type_0_item_data.to_dict()
                auto_rescues.append(auto_rescues_type_0_item)

        else:
            auto_rescues = self.auto_rescues

        dunning_actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.dunning_actions, Unset):
            dunning_actions = UNSET
        elif isinstance(self.dunning_actions, list):
            dunning_actions = []
            for dunning_actions_type_0_item_data in self.dunning_actions:
                dunning_actions_type_0_item = dunning_actions_type_0_item_data.to_dict()
                dunning_actions.append(dunning_actions_type_0_item)

        else:
            dunning_actions = self.dunning_actions

        payment_acceptor_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_acceptor_ids, Unset):
            payment_acceptor_ids = self.payment_acceptor_ids

        payment_actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_actions, Unset):
            payment_actions = UNSET
        elif isinstance(self.payment_actions, list):
            payment_actions = []
            for payment_actions_type_0_item_data in self.payment_actions:
                payment_actions_type_0_item = payment_actions_type_0_item_data.to_dict()
                payment_actions.append(payment_actions_type_0_item)

        else:
            payment_actions = self.payment_actions

        pay_invoice_link: dict[str, Any] | None | Unset
        if isinstance(self.pay_invoice_link, Unset):
            pay_invoice_link = UNSET
        elif isinstance(self.pay_invoice_link, PortalUrlLink):
            pay_invoice_link = self.pay_invoice_link.to_dict()
        else:
            pay_invoice_link = self.pay_invoice_link

        notes: list[str] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, list):
            notes = self.notes

        else:
            notes = self.notes

        linked_invoices: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_invoices, Unset):
            linked_invoices = UNSET
        elif isinstance(self.linked_invoices, list):
            linked_invoices = []
            for linked_invoices_type_0_item_data in self.linked_invoices:
                linked_invoices_type_0_item = linked_invoices_type_0_item_data.to_dict()
                linked_invoices.append(linked_invoices_type_0_item)

        else:
            linked_invoices = self.linked_invoices

        linked_invoices_ids: list[str] | Unset = UNSET
        if not isinstance(self.linked_invoices_ids, Unset):
            linked_invoices_ids = self.linked_invoices_ids

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        other_custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_custom_fields, Unset):
            other_custom_fields = UNSET
        elif isinstance(self.other_custom_fields, list):
            other_custom_fields = []
            for other_custom_fields_type_0_item_data in self.other_custom_fields:
                other_custom_fields_type_0_item = other_custom_fields_type_0_item_data.to_dict()
                other_custom_fields.append(other_custom_fields_type_0_item)

        else:
            other_custom_fields = self.other_custom_fields

        credit: dict[str, Any] | None | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        elif isinstance(self.credit, InvoiceCreditDetail):
            credit = self.credit.to_dict()
        else:
            credit = self.credit

        e_invoices: list[dict[str, Any]] | None | Unset
        if isinstance(self.e_invoices, Unset):
            e_invoices = UNSET
        elif isinstance(self.e_invoices, list):
            e_invoices = []
            for e_invoices_type_0_item_data in self.e_invoices:
                e_invoices_type_0_item = e_invoices_type_0_item_data.to_dict()
                e_invoices.append(e_invoices_type_0_item)

        else:
            e_invoices = self.e_invoices

        used_exchange_rates: list[dict[str, Any]] | None | Unset
        if isinstance(self.used_exchange_rates, Unset):
            used_exchange_rates = UNSET
        elif isinstance(self.used_exchange_rates, list):
            used_exchange_rates = []
            for used_exchange_rates_type_0_item_data in self.used_exchange_rates:
                used_exchange_rates_type_0_item = used_exchange_rates_type_0_item_data.to_dict()
                used_exchange_rates.append(used_exchange_rates_type_0_item)

        else:
            used_exchange_rates = self.used_exchange_rates

        processing_only_customers: list[dict[str, Any]] | None | Unset
        if isinstance(self.processing_only_customers, Unset):
            processing_only_customers = UNSET
        elif isinstance(self.processing_only_customers, list):
            processing_only_customers = []
            for processing_only_customers_type_0_item_data in self.processing_only_customers:
                processing_only_customers_type_0_item = processing_only_customers_type_0_item_data.to_dict()
                processing_only_customers.append(processing_only_customers_type_0_item)

        else:
            processing_only_customers = self.processing_only_customers

        meter_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_values, Unset):
            meter_values = UNSET
        elif isinstance(self.meter_values, list):
            meter_values = []
            for meter_values_type_0_item_data in self.meter_values:
                meter_values_type_0_item = meter_values_type_0_item_data.to_dict()
                meter_values.append(meter_values_type_0_item)

        else:
            meter_values = self.meter_values

        credit_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.credit_types, Unset):
            credit_types = UNSET
        elif isinstance(self.credit_types, list):
            credit_types = []
            for credit_types_type_0_item_data in self.credit_types:
                credit_types_type_0_item = credit_types_type_0_item_data.to_dict()
                credit_types.append(credit_types_type_0_item)

        else:
            credit_types = self.credit_types

        display_invoice_sub_lines_per_processing_only_customer: bool | None | Unset
        if isinstance(self.display_invoice_sub_lines_per_processing_only_customer, Unset):
            display_invoice_sub_lines_per_processing_only_customer = UNSET
        else:
            display_invoice_sub_lines_per_processing_only_customer = (
                self.display_invoice_sub_lines_per_processing_only_customer
            )

        forwarded_from_customers: list[dict[str, Any]] | None | Unset
        if isinstance(self.forwarded_from_customers, Unset):
            forwarded_from_customers = UNSET
        elif isinstance(self.forwarded_from_customers, list):
            forwarded_from_customers = []
            for forwarded_from_customers_type_0_item_data in self.forwarded_from_customers:
                forwarded_from_customers_type_0_item = forwarded_from_customers_type_0_item_data.to_dict()
                forwarded_from_customers.append(forwarded_from_customers_type_0_item)

        else:
            forwarded_from_customers = self.forwarded_from_customers

        validation_result: list[dict[str, Any]] | None | Unset
        if isinstance(self.validation_result, Unset):
            validation_result = UNSET
        elif isinstance(self.validation_result, list):
            validation_result = []
            for validation_result_type_0_item_data in self.validation_result:
                validation_result_type_0_item = validation_result_type_0_item_data.to_dict()
                validation_result.append(validation_result_type_0_item)

        else:
            validation_result = self.validation_result

        to_be_reprocessed: bool | None | Unset
        if isinstance(self.to_be_reprocessed, Unset):
            to_be_reprocessed = UNSET
        else:
            to_be_reprocessed = self.to_be_reprocessed

        to_be_reprocessed_at: None | str | Unset
        if isinstance(self.to_be_reprocessed_at, Unset):
            to_be_reprocessed_at = UNSET
        else:
            to_be_reprocessed_at = self.to_be_reprocessed_at

        reprocess: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reprocess, Unset):
            reprocess = self.reprocess.to_dict()

        used_tax_registration: dict[str, Any] | None | Unset
        if isinstance(self.used_tax_registration, Unset):
            used_tax_registration = UNSET
        elif isinstance(self.used_tax_registration, TaxRegistration):
            used_tax_registration = self.used_tax_registration.to_dict()
        else:
            used_tax_registration = self.used_tax_registration

        footnote: None | str | Unset
        if isinstance(self.footnote, Unset):
            footnote = UNSET
        else:
            footnote = self.footnote

        approval_status: None | str | Unset
        if isinstance(self.approval_status, Unset):
            approval_status = UNSET
        elif isinstance(self.approval_status, InvoiceApprovalStatus):
            approval_status = self.approval_status.value
        else:
            approval_status = self.approval_status

        updated_to_final_at: None | str | Unset
        if isinstance(self.updated_to_final_at, Unset):
            updated_to_final_at = UNSET
        else:
            updated_to_final_at = self.updated_to_final_at

        has_usage_based_pricing: bool | None | Unset
        if isinstance(self.has_usage_based_pricing, Unset):
            has_usage_based_pricing = UNSET
        else:
            has_usage_based_pricing = self.has_usage_based_pricing

        coupons: list[dict[str, Any]] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

        promotion_codes: list[dict[str, Any]] | None | Unset
        if isinstance(self.promotion_codes, Unset):
            promotion_codes = UNSET
        elif isinstance(self.promotion_codes, list):
            promotion_codes = []
            for promotion_codes_type_0_item_data in self.promotion_codes:
                promotion_codes_type_0_item = promotion_codes_type_0_item_data.to_dict()
                promotion_codes.append(promotion_codes_type_0_item)

        else:
            promotion_codes = self.promotion_codes

        linked_integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_integrations, Unset):
            linked_integrations = UNSET
        elif isinstance(self.linked_integrations, list):
            linked_integrations = []
            for linked_integrations_type_0_item_data in self.linked_integrations:
                linked_integrations_type_0_item = linked_integrations_type_0_item_data.to_dict()
                linked_integrations.append(linked_integrations_type_0_item)

        else:
            linked_integrations = self.linked_integrations

        billing_type: None | str | Unset
        if isinstance(self.billing_type, Unset):
            billing_type = UNSET
        elif isinstance(self.billing_type, InvoiceBillingType):
            billing_type = self.billing_type.value
        else:
            billing_type = self.billing_type

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        elif isinstance(self.payment_status, InvoicePaymentStatus):
            payment_status = self.payment_status.value
        else:
            payment_status = self.payment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if platform_id is not UNSET:
            field_dict["platform_id"] = platform_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if sales_tax_percentage is not UNSET:
            field_dict["sales_tax_percentage"] = sales_tax_percentage
        if customer is not UNSET:
            field_dict["customer"] = customer
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if billing_entity is not UNSET:
            field_dict["billing_entity"] = billing_entity
        if status is not UNSET:
            field_dict["status"] = status
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold
        if paid is not UNSET:
            field_dict["paid"] = paid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if billing_period_date is not UNSET:
            field_dict["billing_period_date"] = billing_period_date
        if billing_currency is not UNSET:
            field_dict["billing_currency"] = billing_currency
        if invoice_amount_including_tax is not UNSET:
            field_dict["invoice_amount_including_tax"] = invoice_amount_including_tax
        if open_invoice_amount is not UNSET:
            field_dict["open_invoice_amount"] = open_invoice_amount
        if closed_invoice_amount is not UNSET:
            field_dict["closed_invoice_amount"] = closed_invoice_amount
        if paid_invoice_amount is not UNSET:
            field_dict["paid_invoice_amount"] = paid_invoice_amount
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if pricing_plan_subscription_ids is not UNSET:
            field_dict["pricing_plan_subscription_ids"] = pricing_plan_subscription_ids
        if pricing_amount_type is not UNSET:
            field_dict["pricing_amount_type"] = pricing_amount_type
        if periods is not UNSET:
            field_dict["periods"] = periods
        if closed_periods is not UNSET:
            field_dict["closed_periods"] = closed_periods
        if tax_categories is not UNSET:
            field_dict["tax_categories"] = tax_categories
        if tax_summary is not UNSET:
            field_dict["tax_summary"] = tax_summary
        if auto_rescues is not UNSET:
            field_dict["auto_rescues"] = auto_rescues
        if dunning_actions is not UNSET:
            field_dict["dunning_actions"] = dunning_actions
        if payment_acceptor_ids is not UNSET:
            field_dict["payment_acceptor_ids"] = payment_acceptor_ids
        if payment_actions is not UNSET:
            field_dict["payment_actions"] = payment_actions
        if pay_invoice_link is not UNSET:
            field_dict["pay_invoice_link"] = pay_invoice_link
        if notes is not UNSET:
            field_dict["notes"] = notes
        if linked_invoices is not UNSET:
            field_dict["linked_invoices"] = linked_invoices
        if linked_invoices_ids is not UNSET:
            field_dict["linked_invoices_ids"] = linked_invoices_ids
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if other_custom_fields is not UNSET:
            field_dict["other_custom_fields"] = other_custom_fields
        if credit is not UNSET:
            field_dict["credit"] = credit
        if e_invoices is not UNSET:
            field_dict["e_invoices"] = e_invoices
        if used_exchange_rates is not UNSET:
            field_dict["used_exchange_rates"] = used_exchange_rates
        if processing_only_customers is not UNSET:
            field_dict["processing_only_customers"] = processing_only_customers
        if meter_values is not UNSET:
            field_dict["meter_values"] = meter_values
        if credit_types is not UNSET:
            field_dict["credit_types"] = credit_types
        if display_invoice_sub_lines_per_processing_only_customer is not UNSET:
            field_dict["display_invoice_sub_lines_per_processing_only_customer"] = (
                display_invoice_sub_lines_per_processing_only_customer
            )
        if forwarded_from_customers is not UNSET:
            field_dict["forwarded_from_customers"] = forwarded_from_customers
        if validation_result is not UNSET:
            field_dict["validation_result"] = validation_result
        if to_be_reprocessed is not UNSET:
            field_dict["to_be_reprocessed"] = to_be_reprocessed
        if to_be_reprocessed_at is not UNSET:
            field_dict["to_be_reprocessed_at"] = to_be_reprocessed_at
        if reprocess is not UNSET:
            field_dict["reprocess"] = reprocess
        if used_tax_registration is not UNSET:
            field_dict["used_tax_registration"] = used_tax_registration
        if footnote is not UNSET:
            field_dict["footnote"] = footnote
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if updated_to_final_at is not UNSET:
            field_dict["updated_to_final_at"] = updated_to_final_at
        if has_usage_based_pricing is not UNSET:
            field_dict["has_usage_based_pricing"] = has_usage_based_pricing
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if promotion_codes is not UNSET:
            field_dict["promotion_codes"] = promotion_codes
        if linked_integrations is not UNSET:
            field_dict["linked_integrations"] = linked_integrations
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.billing_entity import BillingEntity
        from ..models.credit_type import CreditType
        from ..models.custom_field_value import CustomFieldValue
        from ..models.customer import Customer
        from ..models.e_invoice import EInvoice
        from ..models.invoice_coupon import InvoiceCoupon
        from ..models.invoice_credit_detail import InvoiceCreditDetail
        from ..models.invoice_dunning_action import InvoiceDunningAction
        from ..models.invoice_payment_action import InvoicePaymentAction
        from ..models.invoice_period import InvoicePeriod
        from ..models.invoice_promotion_code import InvoicePromotionCode
        from ..models.invoice_reprocess import InvoiceReprocess
        from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
        from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary
        from ..models.invoice_validation_result import InvoiceValidationResult
        from ..models.linked_integration import LinkedIntegration
        from ..models.linked_invoice_detail import LinkedInvoiceDetail
        from ..models.meter_value import MeterValue
        from ..models.other_custom_field_value import OtherCustomFieldValue
        from ..models.period import Period
        from ..models.portal_url_link import PortalUrlLink
        from ..models.tax_registration import TaxRegistration
        from ..models.used_exchange_rate import UsedExchangeRate

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

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoice_number", UNSET))

        def _parse_purchase_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_number = _parse_purchase_order_number(d.pop("purchase_order_number", UNSET))

        def _parse_platform_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform_id = _parse_platform_id(d.pop("platform_id", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_reference = _parse_customer_reference(d.pop("customer_reference", UNSET))

        def _parse_sales_tax_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_tax_percentage = _parse_sales_tax_percentage(d.pop("sales_tax_percentage", UNSET))

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        billing_entity_id = d.pop("billing_entity_id", UNSET)

        def _parse_billing_entity(data: object) -> BillingEntity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_entity_type_0 = BillingEntity.from_dict(data)

                return billing_entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingEntity | None | Unset, data)

        billing_entity = _parse_billing_entity(d.pop("billing_entity", UNSET))

        status = d.pop("status", UNSET)

        on_hold = d.pop("on_hold", UNSET)

        def _parse_paid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        paid = _parse_paid(d.pop("paid", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _invoice_date = d.pop("invoice_date", UNSET)
        invoice_date: datetime.datetime | Unset
        if isinstance(_invoice_date, Unset):
            invoice_date = UNSET
        else:
            invoice_date = datetime.datetime.fromisoformat(_invoice_date)

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_billing_period_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_period_date = _parse_billing_period_date(d.pop("billing_period_date", UNSET))

        def _parse_billing_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_currency = _parse_billing_currency(d.pop("billing_currency", UNSET))

        def _parse_invoice_amount_including_tax(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_amount_including_tax_type_0 = Amount.from_dict(data)

                return invoice_amount_including_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        invoice_amount_including_tax = _parse_invoice_amount_including_tax(d.pop("invoice_amount_including_tax", UNSET))

        def _parse_open_invoice_amount(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                open_invoice_amount_type_0 = Amount.from_dict(data)

                return open_invoice_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        open_invoice_amount = _parse_open_invoice_amount(d.pop("open_invoice_amount", UNSET))

        def _parse_closed_invoice_amount(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                closed_invoice_amount_type_0 = Amount.from_dict(data)

                return closed_invoice_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        closed_invoice_amount = _parse_closed_invoice_amount(d.pop("closed_invoice_amount", UNSET))

        def _parse_paid_invoice_amount(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paid_invoice_amount_type_0 = Amount.from_dict(data)

                return paid_invoice_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        paid_invoice_amount = _parse_paid_invoice_amount(d.pop("paid_invoice_amount", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_billing_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_period_type_0 = Period.from_dict(data)

                return billing_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        billing_period = _parse_billing_period(d.pop("billing_period", UNSET))

        def _parse_pricing_plan_subscription_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plan_subscription_ids_type_0 = cast(list[str], data)

                return pricing_plan_subscription_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pricing_plan_subscription_ids = _parse_pricing_plan_subscription_ids(
            d.pop("pricing_plan_subscription_ids", UNSET)
        )

        _pricing_amount_type = d.pop("pricing_amount_type", UNSET)
        pricing_amount_type: InvoicePricingAmountType | Unset
        if isinstance(_pricing_amount_type, Unset):
            pricing_amount_type = UNSET
        else:
            pricing_amount_type = InvoicePricingAmountType(_pricing_amount_type)

        _periods = d.pop("periods", UNSET)
        periods: list[InvoicePeriod] | Unset = UNSET
        if _periods is not UNSET:
            periods = []
            for periods_item_data in _periods:
                periods_item = InvoicePeriod.from_dict(periods_item_data)

                periods.append(periods_item)

        def _parse_closed_periods(data: object) -> list[InvoicePeriod] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                closed_periods_type_0 = []
                _closed_periods_type_0 = data
                for closed_periods_type_0_item_data in _closed_periods_type_0:
                    closed_periods_type_0_item = InvoicePeriod.from_dict(closed_periods_type_0_item_data)

                    closed_periods_type_0.append(closed_periods_type_0_item)

                return closed_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePeriod] | None | Unset, data)

        closed_periods = _parse_closed_periods(d.pop("closed_periods", UNSET))

        def _parse_tax_categories(data: object) -> list[InvoiceTaxCategorySummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_categories_type_0 = []
                _tax_categories_type_0 = data
                for tax_categories_type_0_item_data in _tax_categories_type_0:
                    tax_categories_type_0_item = InvoiceTaxCategorySummary.from_dict(tax_categories_type_0_item_data)

                    tax_categories_type_0.append(tax_categories_type_0_item)

                return tax_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceTaxCategorySummary] | None | Unset, data)

        tax_categories = _parse_tax_categories(d.pop("tax_categories", UNSET))

        def _parse_tax_summary(data: object) -> InvoiceTaxTotalSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_summary_type_0 = InvoiceTaxTotalSummary.from_dict(data)

                return tax_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceTaxTotalSummary | None | Unset, data)

        tax_summary = _parse_tax_summary(d.pop("tax_summary", UNSET))

        def _parse_auto_rescues(data: object) -> list[InvoiceDunningAction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                auto_rescues_type_0 = []
                _auto_rescues_type_0 = data
                for auto_rescues_type_0_item_data in _auto_rescues_type_0:
                    auto_rescues_type_0_item = InvoiceDunningAction.from_dict(auto_rescues_type_0_item_data)

                    auto_rescues_type_0.append(auto_rescues_type_0_item)

                return auto_rescues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceDunningAction] | None | Unset, data)

        auto_rescues = _parse_auto_rescues(d.pop("auto_rescues", UNSET))

        def _parse_dunning_actions(data: object) -> list[InvoiceDunningAction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dunning_actions_type_0 = []
                _dunning_actions_type_0 = data
                for dunning_actions_type_0_item_data in _dunning_actions_type_0:
                    dunning_actions_type_0_item = InvoiceDunningAction.from_dict(dunning_actions_type_0_item_data)

                    dunning_actions_type_0.append(dunning_actions_type_0_item)

                return dunning_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceDunningAction] | None | Unset, data)

        dunning_actions = _parse_dunning_actions(d.pop("dunning_actions", UNSET))

        payment_acceptor_ids = cast(list[str], d.pop("payment_acceptor_ids", UNSET))

        def _parse_payment_actions(data: object) -> list[InvoicePaymentAction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_actions_type_0 = []
                _payment_actions_type_0 = data
                for payment_actions_type_0_item_data in _payment_actions_type_0:
                    payment_actions_type_0_item = InvoicePaymentAction.from_dict(payment_actions_type_0_item_data)

                    payment_actions_type_0.append(payment_actions_type_0_item)

                return payment_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePaymentAction] | None | Unset, data)

        payment_actions = _parse_payment_actions(d.pop("payment_actions", UNSET))

        def _parse_pay_invoice_link(data: object) -> None | PortalUrlLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pay_invoice_link_type_0 = PortalUrlLink.from_dict(data)

                return pay_invoice_link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalUrlLink | Unset, data)

        pay_invoice_link = _parse_pay_invoice_link(d.pop("pay_invoice_link", UNSET))

        def _parse_notes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notes_type_0 = cast(list[str], data)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_linked_invoices(data: object) -> list[LinkedInvoiceDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_invoices_type_0 = []
                _linked_invoices_type_0 = data
                for linked_invoices_type_0_item_data in _linked_invoices_type_0:
                    linked_invoices_type_0_item = LinkedInvoiceDetail.from_dict(linked_invoices_type_0_item_data)

                    linked_invoices_type_0.append(linked_invoices_type_0_item)

                return linked_invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedInvoiceDetail] | None | Unset, data)

        linked_invoices = _parse_linked_invoices(d.pop("linked_invoices", UNSET))

        linked_invoices_ids = cast(list[str], d.pop("linked_invoices_ids", UNSET))

        def _parse_custom_fields(data: object) -> list[CustomFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldValue.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldValue] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_other_custom_fields(data: object) -> list[OtherCustomFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                other_custom_fields_type_0 = []
                _other_custom_fields_type_0 = data
                for other_custom_fields_type_0_item_data in _other_custom_fields_type_0:
                    other_custom_fields_type_0_item = OtherCustomFieldValue.from_dict(
                        other_custom_fields_type_0_item_data
                    )

                    other_custom_fields_type_0.append(other_custom_fields_type_0_item)

                return other_custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OtherCustomFieldValue] | None | Unset, data)

        other_custom_fields = _parse_other_custom_fields(d.pop("other_custom_fields", UNSET))

        def _parse_credit(data: object) -> InvoiceCreditDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_type_0 = InvoiceCreditDetail.from_dict(data)

                return credit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceCreditDetail | None | Unset, data)

        credit = _parse_credit(d.pop("credit", UNSET))

        def _parse_e_invoices(data: object) -> list[EInvoice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                e_invoices_type_0 = []
                _e_invoices_type_0 = data
                for e_invoices_type_0_item_data in _e_invoices_type_0:
                    e_invoices_type_0_item = EInvoice.from_dict(e_invoices_type_0_item_data)

                    e_invoices_type_0.append(e_invoices_type_0_item)

                return e_invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EInvoice] | None | Unset, data)

        e_invoices = _parse_e_invoices(d.pop("e_invoices", UNSET))

        def _parse_used_exchange_rates(data: object) -> list[UsedExchangeRate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                used_exchange_rates_type_0 = []
                _used_exchange_rates_type_0 = data
                for used_exchange_rates_type_0_item_data in _used_exchange_rates_type_0:
                    used_exchange_rates_type_0_item = UsedExchangeRate.from_dict(used_exchange_rates_type_0_item_data)

                    used_exchange_rates_type_0.append(used_exchange_rates_type_0_item)

                return used_exchange_rates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsedExchangeRate] | None | Unset, data)

        used_exchange_rates = _parse_used_exchange_rates(d.pop("used_exchange_rates", UNSET))

        def _parse_processing_only_customers(data: object) -> list[Customer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                processing_only_customers_type_0 = []
                _processing_only_customers_type_0 = data
                for processing_only_customers_type_0_item_data in _processing_only_customers_type_0:
                    processing_only_customers_type_0_item = Customer.from_dict(
                        processing_only_customers_type_0_item_data
                    )

                    processing_only_customers_type_0.append(processing_only_customers_type_0_item)

                return processing_only_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Customer] | None | Unset, data)

        processing_only_customers = _parse_processing_only_customers(d.pop("processing_only_customers", UNSET))

        def _parse_meter_values(data: object) -> list[MeterValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_values_type_0 = []
                _meter_values_type_0 = data
                for meter_values_type_0_item_data in _meter_values_type_0:
                    meter_values_type_0_item = MeterValue.from_dict(meter_values_type_0_item_data)

                    meter_values_type_0.append(meter_values_type_0_item)

                return meter_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterValue] | None | Unset, data)

        meter_values = _parse_meter_values(d.pop("meter_values", UNSET))

        def _parse_credit_types(data: object) -> list[CreditType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                credit_types_type_0 = []
                _credit_types_type_0 = data
                for credit_types_type_0_item_data in _credit_types_type_0:
                    credit_types_type_0_item = CreditType.from_dict(credit_types_type_0_item_data)

                    credit_types_type_0.append(credit_types_type_0_item)

                return credit_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreditType] | None | Unset, data)

        credit_types = _parse_credit_types(d.pop("credit_types", UNSET))

        def _parse_display_invoice_sub_lines_per_processing_only_customer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        display_invoice_sub_lines_per_processing_only_customer = (
            _parse_display_invoice_sub_lines_per_processing_only_customer(
                d.pop("display_invoice_sub_lines_per_processing_only_customer", UNSET)
            )
        )

        def _parse_forwarded_from_customers(data: object) -> list[Customer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                forwarded_from_customers_type_0 = []
                _forwarded_from_customers_type_0 = data
                for forwarded_from_customers_type_0_item_data in _forwarded_from_customers_type_0:
                    forwarded_from_customers_type_0_item = Customer.from_dict(forwarded_from_customers_type_0_item_data)

                    forwarded_from_customers_type_0.append(forwarded_from_customers_type_0_item)

                return forwarded_from_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Customer] | None | Unset, data)

        forwarded_from_customers = _parse_forwarded_from_customers(d.pop("forwarded_from_customers", UNSET))

        def _parse_validation_result(data: object) -> list[InvoiceValidationResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validation_result_type_0 = []
                _validation_result_type_0 = data
                for validation_result_type_0_item_data in _validation_result_type_0:
                    validation_result_type_0_item = InvoiceValidationResult.from_dict(
                        validation_result_type_0_item_data
                    )

                    validation_result_type_0.append(validation_result_type_0_item)

                return validation_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceValidationResult] | None | Unset, data)

        validation_result = _parse_validation_result(d.pop("validation_result", UNSET))

        def _parse_to_be_reprocessed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        to_be_reprocessed = _parse_to_be_reprocessed(d.pop("to_be_reprocessed", UNSET))

        def _parse_to_be_reprocessed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_be_reprocessed_at = _parse_to_be_reprocessed_at(d.pop("to_be_reprocessed_at", UNSET))

        _reprocess = d.pop("reprocess", UNSET)
        reprocess: InvoiceReprocess | Unset
        if isinstance(_reprocess, Unset):
            reprocess = UNSET
        else:
            reprocess = InvoiceReprocess.from_dict(_reprocess)

        def _parse_used_tax_registration(data: object) -> None | TaxRegistration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                used_tax_registration_type_0 = TaxRegistration.from_dict(data)

                return used_tax_registration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxRegistration | Unset, data)

        used_tax_registration = _parse_used_tax_registration(d.pop("used_tax_registration", UNSET))

        def _parse_footnote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        footnote = _parse_footnote(d.pop("footnote", UNSET))

        def _parse_approval_status(data: object) -> InvoiceApprovalStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_status_type_0 = InvoiceApprovalStatus(data)

                return approval_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceApprovalStatus | None | Unset, data)

        approval_status = _parse_approval_status(d.pop("approval_status", UNSET))

        def _parse_updated_to_final_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_to_final_at = _parse_updated_to_final_at(d.pop("updated_to_final_at", UNSET))

        def _parse_has_usage_based_pricing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_usage_based_pricing = _parse_has_usage_based_pricing(d.pop("has_usage_based_pricing", UNSET))

        def _parse_coupons(data: object) -> list[InvoiceCoupon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coupons_type_0 = []
                _coupons_type_0 = data
                for coupons_type_0_item_data in _coupons_type_0:
                    coupons_type_0_item = InvoiceCoupon.from_dict(coupons_type_0_item_data)

                    coupons_type_0.append(coupons_type_0_item)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceCoupon] | None | Unset, data)

        coupons = _parse_coupons(d.pop("coupons", UNSET))

        def _parse_promotion_codes(data: object) -> list[InvoicePromotionCode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotion_codes_type_0 = []
                _promotion_codes_type_0 = data
                for promotion_codes_type_0_item_data in _promotion_codes_type_0:
                    promotion_codes_type_0_item = InvoicePromotionCode.from_dict(promotion_codes_type_0_item_data)

                    promotion_codes_type_0.append(promotion_codes_type_0_item)

                return promotion_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePromotionCode] | None | Unset, data)

        promotion_codes = _parse_promotion_codes(d.pop("promotion_codes", UNSET))

        def _parse_linked_integrations(data: object) -> list[LinkedIntegration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_integrations_type_0 = []
                _linked_integrations_type_0 = data
                for linked_integrations_type_0_item_data in _linked_integrations_type_0:
                    linked_integrations_type_0_item = LinkedIntegration.from_dict(linked_integrations_type_0_item_data)

                    linked_integrations_type_0.append(linked_integrations_type_0_item)

                return linked_integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedIntegration] | None | Unset, data)

        linked_integrations = _parse_linked_integrations(d.pop("linked_integrations", UNSET))

        def _parse_billing_type(data: object) -> InvoiceBillingType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_type_type_0 = InvoiceBillingType(data)

                return billing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceBillingType | None | Unset, data)

        billing_type = _parse_billing_type(d.pop("billing_type", UNSET))

        def _parse_payment_status(data: object) -> InvoicePaymentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_status_type_0 = InvoicePaymentStatus(data)

                return payment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentStatus | None | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        embedded_invoice_request = cls(
            object_type=object_type,
            id=id,
            invoice_number=invoice_number,
            purchase_order_number=purchase_order_number,
            platform_id=platform_id,
            customer_id=customer_id,
            customer_reference=customer_reference,
            sales_tax_percentage=sales_tax_percentage,
            customer=customer,
            billing_entity_id=billing_entity_id,
            billing_entity=billing_entity,
            status=status,
            on_hold=on_hold,
            paid=paid,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
            invoice_date=invoice_date,
            delivery_date=delivery_date,
            due_date=due_date,
            billing_period_date=billing_period_date,
            billing_currency=billing_currency,
            invoice_amount_including_tax=invoice_amount_including_tax,
            open_invoice_amount=open_invoice_amount,
            closed_invoice_amount=closed_invoice_amount,
            paid_invoice_amount=paid_invoice_amount,
            timezone=timezone,
            billing_period=billing_period,
            pricing_plan_subscription_ids=pricing_plan_subscription_ids,
            pricing_amount_type=pricing_amount_type,
            periods=periods,
            closed_periods=closed_periods,
            tax_categories=tax_categories,
            tax_summary=tax_summary,
            auto_rescues=auto_rescues,
            dunning_actions=dunning_actions,
            payment_acceptor_ids=payment_acceptor_ids,
            payment_actions=payment_actions,
            pay_invoice_link=pay_invoice_link,
            notes=notes,
            linked_invoices=linked_invoices,
            linked_invoices_ids=linked_invoices_ids,
            custom_fields=custom_fields,
            other_custom_fields=other_custom_fields,
            credit=credit,
            e_invoices=e_invoices,
            used_exchange_rates=used_exchange_rates,
            processing_only_customers=processing_only_customers,
            meter_values=meter_values,
            credit_types=credit_types,
            display_invoice_sub_lines_per_processing_only_customer=display_invoice_sub_lines_per_processing_only_customer,
            forwarded_from_customers=forwarded_from_customers,
            validation_result=validation_result,
            to_be_reprocessed=to_be_reprocessed,
            to_be_reprocessed_at=to_be_reprocessed_at,
            reprocess=reprocess,
            used_tax_registration=used_tax_registration,
            footnote=footnote,
            approval_status=approval_status,
            updated_to_final_at=updated_to_final_at,
            has_usage_based_pricing=has_usage_based_pricing,
            coupons=coupons,
            promotion_codes=promotion_codes,
            linked_integrations=linked_integrations,
            billing_type=billing_type,
            payment_status=payment_status,
        )

        embedded_invoice_request.additional_properties = d
        return embedded_invoice_request

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
