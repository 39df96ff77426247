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

from ..models import currency as _e_currency
from ..models import pricing_plan_subscription_billing_time as _e_pricing_plan_subscription_billing_time
from ..models import pricing_plan_subscription_status as _e_pricing_plan_subscription_status
from ..models import pricing_plan_subscription_type as _e_pricing_plan_subscription_type
from ..models import pricing_plan_subscription_variant as _e_pricing_plan_subscription_variant
from ..models.currency import Currency
from ..models.pricing_plan_subscription_billing_time import PricingPlanSubscriptionBillingTime
from ..models.pricing_plan_subscription_status import PricingPlanSubscriptionStatus
from ..models.pricing_plan_subscription_type import PricingPlanSubscriptionType
from ..models.pricing_plan_subscription_variant import PricingPlanSubscriptionVariant

if TYPE_CHECKING:
    from ..models.billing_entity import BillingEntity
    from ..models.custom_field_value import CustomFieldValue
    from ..models.customer import Customer
    from ..models.due_date import DueDate
    from ..models.inactive_period import InactivePeriod
    from ..models.linked_integration import LinkedIntegration
    from ..models.next_invoice import NextInvoice
    from ..models.payment_acceptor import PaymentAcceptor
    from ..models.period import Period
    from ..models.pricing_plan_schedule_info import PricingPlanScheduleInfo
    from ..models.pricing_plan_subscription_group import PricingPlanSubscriptionGroup
    from ..models.seller_details import SellerDetails
    from ..models.template_pricing_plan_subscription import TemplatePricingPlanSubscription


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreatePricingPlanSubscriptionRequest:
    """CreatePricingPlanSubscriptionRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        activated_at (datetime.datetime | None):
        status (PricingPlanSubscriptionStatus | None):
        reference (str | None):
        name (str | None):
        purchase_order_number (str | None):
        customer_id (str | None):
        customer_reference (str | None):
        customer (Customer | None):
        billing_entity_id (str | None):
        billing_entity_reference (str | None):
        billing_entity (BillingEntity | None):
        billing_period (Period | None): A length of time, such as 1 MONTH.
        billing_currency (Currency | None): ISO 4217 currency code.
        due_date_configuration (DueDate | None):
        initial_term (Period | None): A length of time, such as 1 MONTH.
        renewal_term (Period | None): A length of time, such as 1 MONTH.
        auto_renewal (bool | None):
        type_ (PricingPlanSubscriptionType | None):
        variant (PricingPlanSubscriptionVariant | None):
        billing_time (PricingPlanSubscriptionBillingTime | None):
        combine (bool | None):
        quote_version_id (str | None):
        upgraded_from_pricing_plan_subscription_id (str | None):
        upgraded_to_pricing_plan_subscription_id (str | None):
        payment_acceptor_ids (list[str] | None):
        payment_acceptors (list[PaymentAcceptor] | None):
        pricing_plan_schedule_infos (list[PricingPlanScheduleInfo] | None):
        description (str | None):
        custom_fields (list[CustomFieldValue] | None):
        init_invoice_on_hold (bool | None):
        payment_method_id (str | None):
        pricing_plan_subscription_group_id (str | None):
        pricing_plan_subscription_group (PricingPlanSubscriptionGroup | None):
        forward_customer_id (str | None):
        forward_customer (Customer | None):
        inactive_periods (list[InactivePeriod] | None):
        display_invoice_sub_lines_per_processing_only_customer (bool | None):
        replicate_meter_data_ingest_to_parent (bool | None):
        sales_tax_percentage (Decimal | None):
        next_invoice (NextInvoice | None):
        template (TemplatePricingPlanSubscription | None):
        linked_integrations (list[LinkedIntegration] | None):
        seller_details (SellerDetails | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "activated_at",
        "status",
        "reference",
        "name",
        "purchase_order_number",
        "customer_id",
        "customer_reference",
        "customer",
        "billing_entity_id",
        "billing_entity_reference",
        "billing_entity",
        "billing_period",
        "billing_currency",
        "due_date_configuration",
        "initial_term",
        "renewal_term",
        "auto_renewal",
        "type_",
        "variant",
        "billing_time",
        "combine",
        "quote_version_id",
        "upgraded_from_pricing_plan_subscription_id",
        "upgraded_to_pricing_plan_subscription_id",
        "payment_acceptor_ids",
        "payment_acceptors",
        "pricing_plan_schedule_infos",
        "description",
        "custom_fields",
        "init_invoice_on_hold",
        "payment_method_id",
        "pricing_plan_subscription_group_id",
        "pricing_plan_subscription_group",
        "forward_customer_id",
        "forward_customer",
        "inactive_periods",
        "display_invoice_sub_lines_per_processing_only_customer",
        "replicate_meter_data_ingest_to_parent",
        "sales_tax_percentage",
        "next_invoice",
        "template",
        "linked_integrations",
        "seller_details",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "activated_at",
        "status",
        "reference",
        "name",
        "purchase_order_number",
        "customer_id",
        "customer_reference",
        "customer",
        "billing_entity_id",
        "billing_entity_reference",
        "billing_entity",
        "billing_period",
        "billing_currency",
        "due_date_configuration",
        "initial_term",
        "renewal_term",
        "auto_renewal",
        "type",
        "variant",
        "billing_time",
        "combine",
        "quote_version_id",
        "upgraded_from_pricing_plan_subscription_id",
        "upgraded_to_pricing_plan_subscription_id",
        "payment_acceptor_ids",
        "payment_acceptors",
        "pricing_plan_schedule_infos",
        "description",
        "custom_fields",
        "init_invoice_on_hold",
        "payment_method_id",
        "pricing_plan_subscription_group_id",
        "pricing_plan_subscription_group",
        "forward_customer_id",
        "forward_customer",
        "inactive_periods",
        "display_invoice_sub_lines_per_processing_only_customer",
        "replicate_meter_data_ingest_to_parent",
        "sales_tax_percentage",
        "next_invoice",
        "template",
        "linked_integrations",
        "seller_details",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    activated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    status: PricingPlanSubscriptionStatus | None = _attrs_field(
        default=None, converter=_e_pricing_plan_subscription_status.coerce_optional
    )
    reference: str | None = None
    name: str | None = None
    purchase_order_number: str | None = None
    customer_id: str | None = None
    customer_reference: str | None = None
    customer: Customer | None = None
    billing_entity_id: str | None = None
    billing_entity_reference: str | None = None
    billing_entity: BillingEntity | None = None
    billing_period: Period | None = None
    billing_currency: Currency | None = _attrs_field(default=None, converter=_e_currency.coerce_optional)
    due_date_configuration: DueDate | None = None
    initial_term: Period | None = None
    renewal_term: Period | None = None
    auto_renewal: bool | None = None
    type_: PricingPlanSubscriptionType | None = _attrs_field(
        default=None, converter=_e_pricing_plan_subscription_type.coerce_optional
    )
    variant: PricingPlanSubscriptionVariant | None = _attrs_field(
        default=None, converter=_e_pricing_plan_subscription_variant.coerce_optional
    )
    billing_time: PricingPlanSubscriptionBillingTime | None = _attrs_field(
        default=None, converter=_e_pricing_plan_subscription_billing_time.coerce_optional
    )
    combine: bool | None = None
    quote_version_id: str | None = None
    upgraded_from_pricing_plan_subscription_id: str | None = None
    upgraded_to_pricing_plan_subscription_id: str | None = None
    payment_acceptor_ids: list[str] | None = None
    payment_acceptors: list[PaymentAcceptor] | None = None
    pricing_plan_schedule_infos: list[PricingPlanScheduleInfo] | None = None
    description: str | None = None
    custom_fields: list[CustomFieldValue] | None = None
    init_invoice_on_hold: bool | None = None
    payment_method_id: str | None = None
    pricing_plan_subscription_group_id: str | None = None
    pricing_plan_subscription_group: PricingPlanSubscriptionGroup | None = None
    forward_customer_id: str | None = None
    forward_customer: Customer | None = None
    inactive_periods: list[InactivePeriod] | None = None
    display_invoice_sub_lines_per_processing_only_customer: bool | None = None
    replicate_meter_data_ingest_to_parent: bool | None = None
    sales_tax_percentage: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    next_invoice: NextInvoice | None = None
    template: TemplatePricingPlanSubscription | None = None
    linked_integrations: list[LinkedIntegration] | None = None
    seller_details: SellerDetails | None = None
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
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.activated_at
        if _v is not None:
            _d["activated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.purchase_order_number
        if _v is not None:
            _d["purchase_order_number"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = _v
        _v = self.customer_reference
        if _v is not None:
            _d["customer_reference"] = _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.billing_entity_id
        if _v is not None:
            _d["billing_entity_id"] = None if _v is _t.NULL else _v
        _v = self.billing_entity_reference
        if _v is not None:
            _d["billing_entity_reference"] = None if _v is _t.NULL else _v
        _v = self.billing_entity
        if _v is not None:
            _d["billing_entity"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = _v.to_dict()
        _v = self.billing_currency
        if _v is not None:
            _d["billing_currency"] = _v
        _v = self.due_date_configuration
        if _v is not None:
            _d["due_date_configuration"] = _v.to_dict()
        _v = self.initial_term
        if _v is not None:
            _d["initial_term"] = _v.to_dict()
        _v = self.renewal_term
        if _v is not None:
            _d["renewal_term"] = _v.to_dict()
        _v = self.auto_renewal
        if _v is not None:
            _d["auto_renewal"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.variant
        if _v is not None:
            _d["variant"] = _v
        _v = self.billing_time
        if _v is not None:
            _d["billing_time"] = None if _v is _t.NULL else _v
        _v = self.combine
        if _v is not None:
            _d["combine"] = None if _v is _t.NULL else _v
        _v = self.quote_version_id
        if _v is not None:
            _d["quote_version_id"] = None if _v is _t.NULL else _v
        _v = self.upgraded_from_pricing_plan_subscription_id
        if _v is not None:
            _d["upgraded_from_pricing_plan_subscription_id"] = None if _v is _t.NULL else _v
        _v = self.upgraded_to_pricing_plan_subscription_id
        if _v is not None:
            _d["upgraded_to_pricing_plan_subscription_id"] = None if _v is _t.NULL else _v
        _v = self.payment_acceptor_ids
        if _v is not None:
            _d["payment_acceptor_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.payment_acceptors
        if _v is not None:
            _d["payment_acceptors"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_plan_schedule_infos
        if _v is not None:
            _d["pricing_plan_schedule_infos"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.init_invoice_on_hold
        if _v is not None:
            _d["init_invoice_on_hold"] = _v
        _v = self.payment_method_id
        if _v is not None:
            _d["payment_method_id"] = _v
        _v = self.pricing_plan_subscription_group_id
        if _v is not None:
            _d["pricing_plan_subscription_group_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_group
        if _v is not None:
            _d["pricing_plan_subscription_group"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.forward_customer_id
        if _v is not None:
            _d["forward_customer_id"] = None if _v is _t.NULL else _v
        _v = self.forward_customer
        if _v is not None:
            _d["forward_customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.inactive_periods
        if _v is not None:
            _d["inactive_periods"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.display_invoice_sub_lines_per_processing_only_customer
        if _v is not None:
            _d["display_invoice_sub_lines_per_processing_only_customer"] = None if _v is _t.NULL else _v
        _v = self.replicate_meter_data_ingest_to_parent
        if _v is not None:
            _d["replicate_meter_data_ingest_to_parent"] = None if _v is _t.NULL else _v
        _v = self.sales_tax_percentage
        if _v is not None:
            _d["sales_tax_percentage"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.next_invoice
        if _v is not None:
            _d["next_invoice"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.template
        if _v is not None:
            _d["template"] = _v.to_dict()
        _v = self.linked_integrations
        if _v is not None:
            _d["linked_integrations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.seller_details
        if _v is not None:
            _d["seller_details"] = _v.to_dict()
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
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("activated_at")
            _obj.activated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_pricing_plan_subscription_status.BY_VALUE.get(_v) or PricingPlanSubscriptionStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("purchase_order_number")
            _obj.purchase_order_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer_reference")
            _obj.customer_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.Customer.from_dict(_v))
            _v = _d.get("billing_entity_id")
            _obj.billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("billing_entity_reference")
            _obj.billing_entity_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("billing_entity")
            _obj.billing_entity = None if _v is None else (_models.BillingEntity.from_dict(_v))
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.Period.from_dict(_v))
            _v = _d.get("billing_currency")
            _obj.billing_currency = (
                None
                if _v is None
                else ((_e_currency.BY_VALUE.get(_v) or Currency(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("due_date_configuration")
            _obj.due_date_configuration = None if _v is None else (_models.DueDate.from_dict(_v))
            _v = _d.get("initial_term")
            _obj.initial_term = None if _v is None else (_models.Period.from_dict(_v))
            _v = _d.get("renewal_term")
            _obj.renewal_term = None if _v is None else (_models.Period.from_dict(_v))
            _v = _d.get("auto_renewal")
            _obj.auto_renewal = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_pricing_plan_subscription_type.BY_VALUE.get(_v) or PricingPlanSubscriptionType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("variant")
            _obj.variant = (
                None
                if _v is None
                else (
                    (_e_pricing_plan_subscription_variant.BY_VALUE.get(_v) or PricingPlanSubscriptionVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("billing_time")
            _obj.billing_time = (
                None
                if _v is None
                else (
                    (
                        _e_pricing_plan_subscription_billing_time.BY_VALUE.get(_v)
                        or PricingPlanSubscriptionBillingTime(_v)
                    )
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("combine")
            _obj.combine = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("quote_version_id")
            _obj.quote_version_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("upgraded_from_pricing_plan_subscription_id")
            _obj.upgraded_from_pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("upgraded_to_pricing_plan_subscription_id")
            _obj.upgraded_to_pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("payment_acceptor_ids")
            _obj.payment_acceptor_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("payment_acceptors")
            _obj.payment_acceptors = None if _v is None else (_t.list_of(_v, _models.PaymentAcceptor.from_dict))
            _v = _d.get("pricing_plan_schedule_infos")
            _obj.pricing_plan_schedule_infos = (
                None if _v is None else (_t.list_of(_v, _models.PricingPlanScheduleInfo.from_dict))
            )
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
            _v = _d.get("init_invoice_on_hold")
            _obj.init_invoice_on_hold = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("payment_method_id")
            _obj.payment_method_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("pricing_plan_subscription_group_id")
            _obj.pricing_plan_subscription_group_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("pricing_plan_subscription_group")
            _obj.pricing_plan_subscription_group = (
                None if _v is None else (_models.PricingPlanSubscriptionGroup.from_dict(_v))
            )
            _v = _d.get("forward_customer_id")
            _obj.forward_customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("forward_customer")
            _obj.forward_customer = None if _v is None else (_models.Customer.from_dict(_v))
            _v = _d.get("inactive_periods")
            _obj.inactive_periods = None if _v is None else (_t.list_of(_v, _models.InactivePeriod.from_dict))
            _v = _d.get("display_invoice_sub_lines_per_processing_only_customer")
            _obj.display_invoice_sub_lines_per_processing_only_customer = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _v = _d.get("replicate_meter_data_ingest_to_parent")
            _obj.replicate_meter_data_ingest_to_parent = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _v = _d.get("sales_tax_percentage")
            _obj.sales_tax_percentage = None if _v is None else (_t.decimal(_v))
            _v = _d.get("next_invoice")
            _obj.next_invoice = None if _v is None else (_models.NextInvoice.from_dict(_v))
            _v = _d.get("template")
            _obj.template = None if _v is None else (_models.TemplatePricingPlanSubscription.from_dict(_v))
            _v = _d.get("linked_integrations")
            _obj.linked_integrations = None if _v is None else (_t.list_of(_v, _models.LinkedIntegration.from_dict))
            _v = _d.get("seller_details")
            _obj.seller_details = None if _v is None else (_models.SellerDetails.from_dict(_v))
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
