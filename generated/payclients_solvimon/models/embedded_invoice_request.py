from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import invoice_approval_status as _e_invoice_approval_status
from ..models import invoice_billing_type as _e_invoice_billing_type
from ..models import invoice_payment_status as _e_invoice_payment_status
from ..models import invoice_pricing_amount_type as _e_invoice_pricing_amount_type
from ..models import invoice_type as _e_invoice_type
from ..models.invoice_approval_status import InvoiceApprovalStatus
from ..models.invoice_billing_type import InvoiceBillingType
from ..models.invoice_payment_status import InvoicePaymentStatus
from ..models.invoice_pricing_amount_type import InvoicePricingAmountType
from ..models.invoice_type import InvoiceType

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


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EmbeddedInvoiceRequest:
    """EmbeddedInvoiceRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        invoice_number (str | None):
        purchase_order_number (str | None):
        platform_id (str | None):
        customer_id (str | None):
        customer_reference (str | None):
        sales_tax_percentage (Decimal | None):
        customer (Customer | None):
        billing_entity_id (str | None):
        billing_entity (BillingEntity | None):
        status (str | None):
        on_hold (bool | None):
        paid (bool | None):
        type_ (InvoiceType | None): Kind of invoice.
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        invoice_date (datetime.datetime | None):
        delivery_date (datetime.datetime | None):
        due_date (datetime.datetime | None):
        billing_period_date (datetime.datetime | None):
        billing_currency (str | None):
        invoice_amount_including_tax (Amount | None):
        open_invoice_amount (Amount | None):
        closed_invoice_amount (Amount | None):
        paid_invoice_amount (Amount | None):
        timezone (str | None):
        billing_period (Period | None):
        pricing_plan_subscription_ids (list[str] | None):
        pricing_amount_type (InvoicePricingAmountType | None): Whether the prices on an invoice exclude or include tax.
        periods (list[InvoicePeriod] | None):
        closed_periods (list[InvoicePeriod] | None):
        tax_categories (list[InvoiceTaxCategorySummary] | None):
        tax_summary (InvoiceTaxTotalSummary | None):
        auto_rescues (list[InvoiceDunningAction] | None):
        dunning_actions (list[InvoiceDunningAction] | None):
        payment_acceptor_ids (list[str] | None):
        payment_actions (list[InvoicePaymentAction] | None):
        pay_invoice_link (PortalUrlLink | None):
        notes (list[str] | None):
        linked_invoices (list[LinkedInvoiceDetail] | None):
        linked_invoices_ids (list[str] | None):
        custom_fields (list[CustomFieldValue] | None):
        other_custom_fields (list[OtherCustomFieldValue] | None):
        credit (InvoiceCreditDetail | None):
        e_invoices (list[EInvoice] | None):
        used_exchange_rates (list[UsedExchangeRate] | None):
        processing_only_customers (list[Customer] | None):
        meter_values (list[MeterValue] | None):
        credit_types (list[CreditType] | None):
        display_invoice_sub_lines_per_processing_only_customer (bool | None):
        forwarded_from_customers (list[Customer] | None):
        validation_result (list[InvoiceValidationResult] | None):
        to_be_reprocessed (bool | None):
        to_be_reprocessed_at (datetime.datetime | None):
        reprocess (InvoiceReprocess | None): Scheduled reprocessing of an invoice.
        used_tax_registration (TaxRegistration | None):
        footnote (str | None):
        approval_status (InvoiceApprovalStatus | None):
        updated_to_final_at (datetime.datetime | None):
        has_usage_based_pricing (bool | None):
        coupons (list[InvoiceCoupon] | None):
        promotion_codes (list[InvoicePromotionCode] | None):
        linked_integrations (list[LinkedIntegration] | None):
        billing_type (InvoiceBillingType | None):
        payment_status (InvoicePaymentStatus | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "invoice_number",
        "purchase_order_number",
        "platform_id",
        "customer_id",
        "customer_reference",
        "sales_tax_percentage",
        "customer",
        "billing_entity_id",
        "billing_entity",
        "status",
        "on_hold",
        "paid",
        "type_",
        "created_at",
        "updated_at",
        "invoice_date",
        "delivery_date",
        "due_date",
        "billing_period_date",
        "billing_currency",
        "invoice_amount_including_tax",
        "open_invoice_amount",
        "closed_invoice_amount",
        "paid_invoice_amount",
        "timezone",
        "billing_period",
        "pricing_plan_subscription_ids",
        "pricing_amount_type",
        "periods",
        "closed_periods",
        "tax_categories",
        "tax_summary",
        "auto_rescues",
        "dunning_actions",
        "payment_acceptor_ids",
        "payment_actions",
        "pay_invoice_link",
        "notes",
        "linked_invoices",
        "linked_invoices_ids",
        "custom_fields",
        "other_custom_fields",
        "credit",
        "e_invoices",
        "used_exchange_rates",
        "processing_only_customers",
        "meter_values",
        "credit_types",
        "display_invoice_sub_lines_per_processing_only_customer",
        "forwarded_from_customers",
        "validation_result",
        "to_be_reprocessed",
        "to_be_reprocessed_at",
        "reprocess",
        "used_tax_registration",
        "footnote",
        "approval_status",
        "updated_to_final_at",
        "has_usage_based_pricing",
        "coupons",
        "promotion_codes",
        "linked_integrations",
        "billing_type",
        "payment_status",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "invoice_number",
        "purchase_order_number",
        "platform_id",
        "customer_id",
        "customer_reference",
        "sales_tax_percentage",
        "customer",
        "billing_entity_id",
        "billing_entity",
        "status",
        "on_hold",
        "paid",
        "type",
        "created_at",
        "updated_at",
        "invoice_date",
        "delivery_date",
        "due_date",
        "billing_period_date",
        "billing_currency",
        "invoice_amount_including_tax",
        "open_invoice_amount",
        "closed_invoice_amount",
        "paid_invoice_amount",
        "timezone",
        "billing_period",
        "pricing_plan_subscription_ids",
        "pricing_amount_type",
        "periods",
        "closed_periods",
        "tax_categories",
        "tax_summary",
        "auto_rescues",
        "dunning_actions",
        "payment_acceptor_ids",
        "payment_actions",
        "pay_invoice_link",
        "notes",
        "linked_invoices",
        "linked_invoices_ids",
        "custom_fields",
        "other_custom_fields",
        "credit",
        "e_invoices",
        "used_exchange_rates",
        "processing_only_customers",
        "meter_values",
        "credit_types",
        "display_invoice_sub_lines_per_processing_only_customer",
        "forwarded_from_customers",
        "validation_result",
        "to_be_reprocessed",
        "to_be_reprocessed_at",
        "reprocess",
        "used_tax_registration",
        "footnote",
        "approval_status",
        "updated_to_final_at",
        "has_usage_based_pricing",
        "coupons",
        "promotion_codes",
        "linked_integrations",
        "billing_type",
        "payment_status",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    invoice_number: str | None = None
    purchase_order_number: str | None = None
    platform_id: str | None = None
    customer_id: str | None = None
    customer_reference: str | None = None
    sales_tax_percentage: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    customer: Customer | None = None
    billing_entity_id: str | None = None
    billing_entity: BillingEntity | None = None
    status: str | None = None
    on_hold: bool | None = None
    paid: bool | None = None
    type_: InvoiceType | None = _attrs_field(default=None, converter=_e_invoice_type.coerce_optional)
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    invoice_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    delivery_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    due_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    billing_period_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    billing_currency: str | None = None
    invoice_amount_including_tax: Amount | None = None
    open_invoice_amount: Amount | None = None
    closed_invoice_amount: Amount | None = None
    paid_invoice_amount: Amount | None = None
    timezone: str | None = None
    billing_period: Period | None = None
    pricing_plan_subscription_ids: list[str] | None = None
    pricing_amount_type: InvoicePricingAmountType | None = _attrs_field(
        default=None, converter=_e_invoice_pricing_amount_type.coerce_optional
    )
    periods: list[InvoicePeriod] | None = None
    closed_periods: list[InvoicePeriod] | None = None
    tax_categories: list[InvoiceTaxCategorySummary] | None = None
    tax_summary: InvoiceTaxTotalSummary | None = None
    auto_rescues: list[InvoiceDunningAction] | None = None
    dunning_actions: list[InvoiceDunningAction] | None = None
    payment_acceptor_ids: list[str] | None = None
    payment_actions: list[InvoicePaymentAction] | None = None
    pay_invoice_link: PortalUrlLink | None = None
    notes: list[str] | None = None
    linked_invoices: list[LinkedInvoiceDetail] | None = None
    linked_invoices_ids: list[str] | None = None
    custom_fields: list[CustomFieldValue] | None = None
    other_custom_fields: list[OtherCustomFieldValue] | None = None
    credit: InvoiceCreditDetail | None = None
    e_invoices: list[EInvoice] | None = None
    used_exchange_rates: list[UsedExchangeRate] | None = None
    processing_only_customers: list[Customer] | None = None
    meter_values: list[MeterValue] | None = None
    credit_types: list[CreditType] | None = None
    display_invoice_sub_lines_per_processing_only_customer: bool | None = None
    forwarded_from_customers: list[Customer] | None = None
    validation_result: list[InvoiceValidationResult] | None = None
    to_be_reprocessed: bool | None = None
    to_be_reprocessed_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    reprocess: InvoiceReprocess | None = None
    used_tax_registration: TaxRegistration | None = None
    footnote: str | None = None
    approval_status: InvoiceApprovalStatus | None = _attrs_field(
        default=None, converter=_e_invoice_approval_status.coerce_optional
    )
    updated_to_final_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    has_usage_based_pricing: bool | None = None
    coupons: list[InvoiceCoupon] | None = None
    promotion_codes: list[InvoicePromotionCode] | None = None
    linked_integrations: list[LinkedIntegration] | None = None
    billing_type: InvoiceBillingType | None = _attrs_field(
        default=None, converter=_e_invoice_billing_type.coerce_optional
    )
    payment_status: InvoicePaymentStatus | None = _attrs_field(
        default=None, converter=_e_invoice_payment_status.coerce_optional
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.invoice_number
        if _v is not None:
            _d["invoice_number"] = None if _v is _t.NULL else _v
        _v = self.purchase_order_number
        if _v is not None:
            _d["purchase_order_number"] = None if _v is _t.NULL else _v
        _v = self.platform_id
        if _v is not None:
            _d["platform_id"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.customer_reference
        if _v is not None:
            _d["customer_reference"] = None if _v is _t.NULL else _v
        _v = self.sales_tax_percentage
        if _v is not None:
            _d["sales_tax_percentage"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.billing_entity_id
        if _v is not None:
            _d["billing_entity_id"] = _v
        _v = self.billing_entity
        if _v is not None:
            _d["billing_entity"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.on_hold
        if _v is not None:
            _d["on_hold"] = _v
        _v = self.paid
        if _v is not None:
            _d["paid"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.invoice_date
        if _v is not None:
            _d["invoice_date"] = _t.iso(_v)
        _v = self.delivery_date
        if _v is not None:
            _d["delivery_date"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.due_date
        if _v is not None:
            _d["due_date"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.billing_period_date
        if _v is not None:
            _d["billing_period_date"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.billing_currency
        if _v is not None:
            _d["billing_currency"] = None if _v is _t.NULL else _v
        _v = self.invoice_amount_including_tax
        if _v is not None:
            _d["invoice_amount_including_tax"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.open_invoice_amount
        if _v is not None:
            _d["open_invoice_amount"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.closed_invoice_amount
        if _v is not None:
            _d["closed_invoice_amount"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.paid_invoice_amount
        if _v is not None:
            _d["paid_invoice_amount"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.timezone
        if _v is not None:
            _d["timezone"] = None if _v is _t.NULL else _v
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pricing_plan_subscription_ids
        if _v is not None:
            _d["pricing_plan_subscription_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.pricing_amount_type
        if _v is not None:
            _d["pricing_amount_type"] = _v
        _v = self.periods
        if _v is not None:
            _d["periods"] = [_x.to_dict() for _x in _v]
        _v = self.closed_periods
        if _v is not None:
            _d["closed_periods"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.tax_categories
        if _v is not None:
            _d["tax_categories"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.tax_summary
        if _v is not None:
            _d["tax_summary"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.auto_rescues
        if _v is not None:
            _d["auto_rescues"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.dunning_actions
        if _v is not None:
            _d["dunning_actions"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.payment_acceptor_ids
        if _v is not None:
            _d["payment_acceptor_ids"] = list(_v)
        _v = self.payment_actions
        if _v is not None:
            _d["payment_actions"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pay_invoice_link
        if _v is not None:
            _d["pay_invoice_link"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.notes
        if _v is not None:
            _d["notes"] = None if _v is _t.NULL else list(_v)
        _v = self.linked_invoices
        if _v is not None:
            _d["linked_invoices"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.linked_invoices_ids
        if _v is not None:
            _d["linked_invoices_ids"] = list(_v)
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.other_custom_fields
        if _v is not None:
            _d["other_custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.credit
        if _v is not None:
            _d["credit"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.e_invoices
        if _v is not None:
            _d["e_invoices"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.used_exchange_rates
        if _v is not None:
            _d["used_exchange_rates"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.processing_only_customers
        if _v is not None:
            _d["processing_only_customers"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.meter_values
        if _v is not None:
            _d["meter_values"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.credit_types
        if _v is not None:
            _d["credit_types"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.display_invoice_sub_lines_per_processing_only_customer
        if _v is not None:
            _d["display_invoice_sub_lines_per_processing_only_customer"] = None if _v is _t.NULL else _v
        _v = self.forwarded_from_customers
        if _v is not None:
            _d["forwarded_from_customers"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.validation_result
        if _v is not None:
            _d["validation_result"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.to_be_reprocessed
        if _v is not None:
            _d["to_be_reprocessed"] = None if _v is _t.NULL else _v
        _v = self.to_be_reprocessed_at
        if _v is not None:
            _d["to_be_reprocessed_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.reprocess
        if _v is not None:
            _d["reprocess"] = _v.to_dict()
        _v = self.used_tax_registration
        if _v is not None:
            _d["used_tax_registration"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.footnote
        if _v is not None:
            _d["footnote"] = None if _v is _t.NULL else _v
        _v = self.approval_status
        if _v is not None:
            _d["approval_status"] = None if _v is _t.NULL else _v
        _v = self.updated_to_final_at
        if _v is not None:
            _d["updated_to_final_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.has_usage_based_pricing
        if _v is not None:
            _d["has_usage_based_pricing"] = None if _v is _t.NULL else _v
        _v = self.coupons
        if _v is not None:
            _d["coupons"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.promotion_codes
        if _v is not None:
            _d["promotion_codes"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.linked_integrations
        if _v is not None:
            _d["linked_integrations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.billing_type
        if _v is not None:
            _d["billing_type"] = None if _v is _t.NULL else _v
        _v = self.payment_status
        if _v is not None:
            _d["payment_status"] = None if _v is _t.NULL else _v
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = _new(_cls)
        try:
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("invoice_number")
            _obj.invoice_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("purchase_order_number")
            _obj.purchase_order_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("platform_id")
            _obj.platform_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer_reference")
            _obj.customer_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("sales_tax_percentage")
            _obj.sales_tax_percentage = None if _v is None else (_t.decimal(_v))
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.Customer.from_dict(_v))
            _v = _d.get("billing_entity_id")
            _obj.billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("billing_entity")
            _obj.billing_entity = None if _v is None else (_models.BillingEntity.from_dict(_v))
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("on_hold")
            _obj.on_hold = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("paid")
            _obj.paid = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_invoice_type.BY_VALUE.get(_v) or InvoiceType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("invoice_date")
            _obj.invoice_date = None if _v is None else (_t.date_time(_v))
            _v = _d.get("delivery_date")
            _obj.delivery_date = None if _v is None else (_t.date_time(_v))
            _v = _d.get("due_date")
            _obj.due_date = None if _v is None else (_t.date_time(_v))
            _v = _d.get("billing_period_date")
            _obj.billing_period_date = None if _v is None else (_t.date_time(_v))
            _v = _d.get("billing_currency")
            _obj.billing_currency = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("invoice_amount_including_tax")
            _obj.invoice_amount_including_tax = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("open_invoice_amount")
            _obj.open_invoice_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("closed_invoice_amount")
            _obj.closed_invoice_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("paid_invoice_amount")
            _obj.paid_invoice_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("timezone")
            _obj.timezone = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.Period.from_dict(_v))
            _v = _d.get("pricing_plan_subscription_ids")
            _obj.pricing_plan_subscription_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("pricing_amount_type")
            _obj.pricing_amount_type = (
                None
                if _v is None
                else (
                    (_e_invoice_pricing_amount_type.BY_VALUE.get(_v) or InvoicePricingAmountType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("periods")
            _obj.periods = None if _v is None else (_t.list_of(_v, _models.InvoicePeriod.from_dict))
            _v = _d.get("closed_periods")
            _obj.closed_periods = None if _v is None else (_t.list_of(_v, _models.InvoicePeriod.from_dict))
            _v = _d.get("tax_categories")
            _obj.tax_categories = None if _v is None else (_t.list_of(_v, _models.InvoiceTaxCategorySummary.from_dict))
            _v = _d.get("tax_summary")
            _obj.tax_summary = None if _v is None else (_models.InvoiceTaxTotalSummary.from_dict(_v))
            _v = _d.get("auto_rescues")
            _obj.auto_rescues = None if _v is None else (_t.list_of(_v, _models.InvoiceDunningAction.from_dict))
            _v = _d.get("dunning_actions")
            _obj.dunning_actions = None if _v is None else (_t.list_of(_v, _models.InvoiceDunningAction.from_dict))
            _v = _d.get("payment_acceptor_ids")
            _obj.payment_acceptor_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("payment_actions")
            _obj.payment_actions = None if _v is None else (_t.list_of(_v, _models.InvoicePaymentAction.from_dict))
            _v = _d.get("pay_invoice_link")
            _obj.pay_invoice_link = None if _v is None else (_models.PortalUrlLink.from_dict(_v))
            _v = _d.get("notes")
            _obj.notes = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("linked_invoices")
            _obj.linked_invoices = None if _v is None else (_t.list_of(_v, _models.LinkedInvoiceDetail.from_dict))
            _v = _d.get("linked_invoices_ids")
            _obj.linked_invoices_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
            _v = _d.get("other_custom_fields")
            _obj.other_custom_fields = None if _v is None else (_t.list_of(_v, _models.OtherCustomFieldValue.from_dict))
            _v = _d.get("credit")
            _obj.credit = None if _v is None else (_models.InvoiceCreditDetail.from_dict(_v))
            _v = _d.get("e_invoices")
            _obj.e_invoices = None if _v is None else (_t.list_of(_v, _models.EInvoice.from_dict))
            _v = _d.get("used_exchange_rates")
            _obj.used_exchange_rates = None if _v is None else (_t.list_of(_v, _models.UsedExchangeRate.from_dict))
            _v = _d.get("processing_only_customers")
            _obj.processing_only_customers = None if _v is None else (_t.list_of(_v, _models.Customer.from_dict))
            _v = _d.get("meter_values")
            _obj.meter_values = None if _v is None else (_t.list_of(_v, _models.MeterValue.from_dict))
            _v = _d.get("credit_types")
            _obj.credit_types = None if _v is None else (_t.list_of(_v, _models.CreditType.from_dict))
            _v = _d.get("display_invoice_sub_lines_per_processing_only_customer")
            _obj.display_invoice_sub_lines_per_processing_only_customer = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _v = _d.get("forwarded_from_customers")
            _obj.forwarded_from_customers = None if _v is None else (_t.list_of(_v, _models.Customer.from_dict))
            _v = _d.get("validation_result")
            _obj.validation_result = None if _v is None else (_t.list_of(_v, _models.InvoiceValidationResult.from_dict))
            _v = _d.get("to_be_reprocessed")
            _obj.to_be_reprocessed = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("to_be_reprocessed_at")
            _obj.to_be_reprocessed_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("reprocess")
            _obj.reprocess = None if _v is None else (_models.InvoiceReprocess.from_dict(_v))
            _v = _d.get("used_tax_registration")
            _obj.used_tax_registration = None if _v is None else (_models.TaxRegistration.from_dict(_v))
            _v = _d.get("footnote")
            _obj.footnote = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("approval_status")
            _obj.approval_status = (
                None
                if _v is None
                else (
                    (_e_invoice_approval_status.BY_VALUE.get(_v) or InvoiceApprovalStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("updated_to_final_at")
            _obj.updated_to_final_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("has_usage_based_pricing")
            _obj.has_usage_based_pricing = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("coupons")
            _obj.coupons = None if _v is None else (_t.list_of(_v, _models.InvoiceCoupon.from_dict))
            _v = _d.get("promotion_codes")
            _obj.promotion_codes = None if _v is None else (_t.list_of(_v, _models.InvoicePromotionCode.from_dict))
            _v = _d.get("linked_integrations")
            _obj.linked_integrations = None if _v is None else (_t.list_of(_v, _models.LinkedIntegration.from_dict))
            _v = _d.get("billing_type")
            _obj.billing_type = (
                None
                if _v is None
                else (
                    (_e_invoice_billing_type.BY_VALUE.get(_v) or InvoiceBillingType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("payment_status")
            _obj.payment_status = (
                None
                if _v is None
                else (
                    (_e_invoice_payment_status.BY_VALUE.get(_v) or InvoicePaymentStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

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
