from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.pricing_plan_subscription_billing_time import PricingPlanSubscriptionBillingTime
from ..models.pricing_plan_subscription_status import PricingPlanSubscriptionStatus
from ..models.pricing_plan_subscription_type import PricingPlanSubscriptionType
from ..models.pricing_plan_subscription_variant import PricingPlanSubscriptionVariant
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="CreatePricingPlanSubscriptionRequest")


@_attrs_define
class CreatePricingPlanSubscriptionRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        activated_at (None | str | Unset):
        status (None | PricingPlanSubscriptionStatus | Unset):
        reference (str | Unset):
        name (None | str | Unset):
        purchase_order_number (None | str | Unset):
        customer_id (str | Unset):
        customer_reference (str | Unset):
        customer (Customer | None | Unset):
        billing_entity_id (None | str | Unset):
        billing_entity_reference (None | str | Unset):
        billing_entity (BillingEntity | None | Unset):
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
        billing_currency (Currency | Unset): ISO 4217 currency code.
        due_date_configuration (DueDate | Unset):
        initial_term (Period | Unset): A length of time, such as 1 MONTH.
        renewal_term (Period | Unset): A length of time, such as 1 MONTH.
        auto_renewal (bool | None | Unset):
        type_ (None | PricingPlanSubscriptionType | Unset):
        variant (PricingPlanSubscriptionVariant | Unset):
        billing_time (None | PricingPlanSubscriptionBillingTime | Unset):
        combine (bool | None | Unset):
        quote_version_id (None | str | Unset):
        upgraded_from_pricing_plan_subscription_id (None | str | Unset):
        upgraded_to_pricing_plan_subscription_id (None | str | Unset):
        payment_acceptor_ids (list[str] | None | Unset):
        payment_acceptors (list[PaymentAcceptor] | None | Unset):
        pricing_plan_schedule_infos (list[PricingPlanScheduleInfo] | None | Unset):
        description (None | str | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
        init_invoice_on_hold (bool | Unset):
        payment_method_id (str | Unset):
        pricing_plan_subscription_group_id (None | str | Unset):
        pricing_plan_subscription_group (None | PricingPlanSubscriptionGroup | Unset):
        forward_customer_id (None | str | Unset):
        forward_customer (Customer | None | Unset):
        inactive_periods (list[InactivePeriod] | None | Unset):
        display_invoice_sub_lines_per_processing_only_customer (bool | None | Unset):
        replicate_meter_data_ingest_to_parent (bool | None | Unset):
        sales_tax_percentage (None | str | Unset):
        next_invoice (NextInvoice | None | Unset):
        template (TemplatePricingPlanSubscription | Unset):
        linked_integrations (list[LinkedIntegration] | None | Unset):
        seller_details (SellerDetails | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    activated_at: None | str | Unset = UNSET
    status: None | PricingPlanSubscriptionStatus | Unset = UNSET
    reference: str | Unset = UNSET
    name: None | str | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_reference: str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    billing_entity_id: None | str | Unset = UNSET
    billing_entity_reference: None | str | Unset = UNSET
    billing_entity: BillingEntity | None | Unset = UNSET
    billing_period: Period | Unset = UNSET
    billing_currency: Currency | Unset = UNSET
    due_date_configuration: DueDate | Unset = UNSET
    initial_term: Period | Unset = UNSET
    renewal_term: Period | Unset = UNSET
    auto_renewal: bool | None | Unset = UNSET
    type_: None | PricingPlanSubscriptionType | Unset = UNSET
    variant: PricingPlanSubscriptionVariant | Unset = UNSET
    billing_time: None | PricingPlanSubscriptionBillingTime | Unset = UNSET
    combine: bool | None | Unset = UNSET
    quote_version_id: None | str | Unset = UNSET
    upgraded_from_pricing_plan_subscription_id: None | str | Unset = UNSET
    upgraded_to_pricing_plan_subscription_id: None | str | Unset = UNSET
    payment_acceptor_ids: list[str] | None | Unset = UNSET
    payment_acceptors: list[PaymentAcceptor] | None | Unset = UNSET
    pricing_plan_schedule_infos: list[PricingPlanScheduleInfo] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    init_invoice_on_hold: bool | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    pricing_plan_subscription_group_id: None | str | Unset = UNSET
    pricing_plan_subscription_group: None | PricingPlanSubscriptionGroup | Unset = UNSET
    forward_customer_id: None | str | Unset = UNSET
    forward_customer: Customer | None | Unset = UNSET
    inactive_periods: list[InactivePeriod] | None | Unset = UNSET
    display_invoice_sub_lines_per_processing_only_customer: bool | None | Unset = UNSET
    replicate_meter_data_ingest_to_parent: bool | None | Unset = UNSET
    sales_tax_percentage: None | str | Unset = UNSET
    next_invoice: NextInvoice | None | Unset = UNSET
    template: TemplatePricingPlanSubscription | Unset = UNSET
    linked_integrations: list[LinkedIntegration] | None | Unset = UNSET
    seller_details: SellerDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_entity import BillingEntity
        from ..models.customer import Customer
        from ..models.next_invoice import NextInvoice
        from ..models.pricing_plan_subscription_group import PricingPlanSubscriptionGroup

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

        activated_at: None | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        else:
            activated_at = self.activated_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PricingPlanSubscriptionStatus):
            status = self.status.value
        else:
            status = self.status

        reference = self.reference

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        purchase_order_number: None | str | Unset
        if isinstance(self.purchase_order_number, Unset):
            purchase_order_number = UNSET
        else:
            purchase_order_number = self.purchase_order_number

        customer_id = self.customer_id

        customer_reference = self.customer_reference

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        billing_entity_id: None | str | Unset
        if isinstance(self.billing_entity_id, Unset):
            billing_entity_id = UNSET
        else:
            billing_entity_id = self.billing_entity_id

        billing_entity_reference: None | str | Unset
        if isinstance(self.billing_entity_reference, Unset):
            billing_entity_reference = UNSET
        else:
            billing_entity_reference = self.billing_entity_reference

        billing_entity: dict[str, Any] | None | Unset
        if isinstance(self.billing_entity, Unset):
            billing_entity = UNSET
        elif isinstance(self.billing_entity, BillingEntity):
            billing_entity = self.billing_entity.to_dict()
        else:
            billing_entity = self.billing_entity

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        billing_currency: str | Unset = UNSET
        if not isinstance(self.billing_currency, Unset):
            billing_currency = self.billing_currency.value

        due_date_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_date_configuration, Unset):
            due_date_configuration = self.due_date_configuration.to_dict()

        initial_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_term, Unset):
            initial_term = self.initial_term.to_dict()

        renewal_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_term, Unset):
            renewal_term = self.renewal_term.to_dict()

        auto_renewal: bool | None | Unset
        if isinstance(self.auto_renewal, Unset):
            auto_renewal = UNSET
        else:
            auto_renewal = self.auto_renewal

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PricingPlanSubscriptionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        billing_time: None | str | Unset
        if isinstance(self.billing_time, Unset):
            billing_time = UNSET
        elif isinstance(self.billing_time, PricingPlanSubscriptionBillingTime):
            billing_time = self.billing_time.value
        else:
            billing_time = self.billing_time

        combine: bool | None | Unset
        if isinstance(self.combine, Unset):
            combine = UNSET
        else:
            combine = self.combine

        quote_version_id: None | str | Unset
        if isinstance(self.quote_version_id, Unset):
            quote_version_id = UNSET
        else:
            quote_version_id = self.quote_version_id

        upgraded_from_pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.upgraded_from_pricing_plan_subscription_id, Unset):
            upgraded_from_pricing_plan_subscription_id = UNSET
        else:
            upgraded_from_pricing_plan_subscription_id = self.upgraded_from_pricing_plan_subscription_id

        upgraded_to_pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.upgraded_to_pricing_plan_subscription_id, Unset):
            upgraded_to_pricing_plan_subscription_id = UNSET
        else:
            upgraded_to_pricing_plan_subscription_id = self.upgraded_to_pricing_plan_subscription_id

        payment_acceptor_ids: list[str] | None | Unset
        if isinstance(self.payment_acceptor_ids, Unset):
            payment_acceptor_ids = UNSET
        elif isinstance(self.payment_acceptor_ids, list):
            payment_acceptor_ids = self.payment_acceptor_ids

        else:
            payment_acceptor_ids = self.payment_acceptor_ids

        payment_acceptors: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_acceptors, Unset):
            payment_acceptors = UNSET
        elif isinstance(self.payment_acceptors, list):
            payment_acceptors = []
            for payment_acceptors_type_0_item_data in self.payment_acceptors:
                payment_acceptors_type_0_item = payment_acceptors_type_0_item_data.to_dict()
                payment_acceptors.append(payment_acceptors_type_0_item)

        else:
            payment_acceptors = self.payment_acceptors

        pricing_plan_schedule_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_plan_schedule_infos, Unset):
            pricing_plan_schedule_infos = UNSET
        elif isinstance(self.pricing_plan_schedule_infos, list):
            pricing_plan_schedule_infos = []
            for pricing_plan_schedule_infos_type_0_item_data in self.pricing_plan_schedule_infos:
                pricing_plan_schedule_infos_type_0_item = pricing_plan_schedule_infos_type_0_item_data.to_dict()
                pricing_plan_schedule_infos.append(pricing_plan_schedule_infos_type_0_item)

        else:
            pricing_plan_schedule_infos = self.pricing_plan_schedule_infos

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        init_invoice_on_hold = self.init_invoice_on_hold

        payment_method_id = self.payment_method_id

        pricing_plan_subscription_group_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_group_id, Unset):
            pricing_plan_subscription_group_id = UNSET
        else:
            pricing_plan_subscription_group_id = self.pricing_plan_subscription_group_id

        pricing_plan_subscription_group: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_subscription_group, Unset):
            pricing_plan_subscription_group = UNSET
        elif isinstance(self.pricing_plan_subscription_group, PricingPlanSubscriptionGroup):
            pricing_plan_subscription_group = self.pricing_plan_subscription_group.to_dict()
        else:
            pricing_plan_subscription_group = self.pricing_plan_subscription_group

        forward_customer_id: None | str | Unset
        if isinstance(self.forward_customer_id, Unset):
            forward_customer_id = UNSET
        else:
            forward_customer_id = self.forward_customer_id

        forward_customer: dict[str, Any] | None | Unset
        if isinstance(self.forward_customer, Unset):
            forward_customer = UNSET
        elif isinstance(self.forward_customer, Customer):
            forward_customer = self.forward_customer.to_dict()
        else:
            forward_customer = self.forward_customer

        inactive_periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.inactive_periods, Unset):
            inactive_periods = UNSET
        elif isinstance(self.inactive_periods, list):
            inactive_periods = []
            for inactive_periods_type_0_item_data in self.inactive_periods:
                inactive_periods_type_0_item = inactive_periods_type_0_item_data.to_dict()
                inactive_periods.append(inactive_periods_type_0_item)

        else:
            inactive_periods = self.inactive_periods

        display_invoice_sub_lines_per_processing_only_customer: bool | None | Unset
        if isinstance(self.display_invoice_sub_lines_per_processing_only_customer, Unset):
            display_invoice_sub_lines_per_processing_only_customer = UNSET
        else:
            display_invoice_sub_lines_per_processing_only_customer = (
                self.display_invoice_sub_lines_per_processing_only_customer
            )

        replicate_meter_data_ingest_to_parent: bool | None | Unset
        if isinstance(self.replicate_meter_data_ingest_to_parent, Unset):
            replicate_meter_data_ingest_to_parent = UNSET
        else:
            replicate_meter_data_ingest_to_parent = self.replicate_meter_data_ingest_to_parent

        sales_tax_percentage: None | str | Unset
        if isinstance(self.sales_tax_percentage, Unset):
            sales_tax_percentage = UNSET
        else:
            sales_tax_percentage = self.sales_tax_percentage

        next_invoice: dict[str, Any] | None | Unset
        if isinstance(self.next_invoice, Unset):
            next_invoice = UNSET
        elif isinstance(self.next_invoice, NextInvoice):
            next_invoice = self.next_invoice.to_dict()
        else:
            next_invoice = self.next_invoice

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

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

        seller_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_details, Unset):
            seller_details = self.seller_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at
        if status is not UNSET:
            field_dict["status"] = status
        if reference is not UNSET:
            field_dict["reference"] = reference
        if name is not UNSET:
            field_dict["name"] = name
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if customer is not UNSET:
            field_dict["customer"] = customer
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if billing_entity_reference is not UNSET:
            field_dict["billing_entity_reference"] = billing_entity_reference
        if billing_entity is not UNSET:
            field_dict["billing_entity"] = billing_entity
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if billing_currency is not UNSET:
            field_dict["billing_currency"] = billing_currency
        if due_date_configuration is not UNSET:
            field_dict["due_date_configuration"] = due_date_configuration
        if initial_term is not UNSET:
            field_dict["initial_term"] = initial_term
        if renewal_term is not UNSET:
            field_dict["renewal_term"] = renewal_term
        if auto_renewal is not UNSET:
            field_dict["auto_renewal"] = auto_renewal
        if type_ is not UNSET:
            field_dict["type"] = type_
        if variant is not UNSET:
            field_dict["variant"] = variant
        if billing_time is not UNSET:
            field_dict["billing_time"] = billing_time
        if combine is not UNSET:
            field_dict["combine"] = combine
        if quote_version_id is not UNSET:
            field_dict["quote_version_id"] = quote_version_id
        if upgraded_from_pricing_plan_subscription_id is not UNSET:
            field_dict["upgraded_from_pricing_plan_subscription_id"] = upgraded_from_pricing_plan_subscription_id
        if upgraded_to_pricing_plan_subscription_id is not UNSET:
            field_dict["upgraded_to_pricing_plan_subscription_id"] = upgraded_to_pricing_plan_subscription_id
        if payment_acceptor_ids is not UNSET:
            field_dict["payment_acceptor_ids"] = payment_acceptor_ids
        if payment_acceptors is not UNSET:
            field_dict["payment_acceptors"] = payment_acceptors
        if pricing_plan_schedule_infos is not UNSET:
            field_dict["pricing_plan_schedule_infos"] = pricing_plan_schedule_infos
        if description is not UNSET:
            field_dict["description"] = description
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if init_invoice_on_hold is not UNSET:
            field_dict["init_invoice_on_hold"] = init_invoice_on_hold
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if pricing_plan_subscription_group_id is not UNSET:
            field_dict["pricing_plan_subscription_group_id"] = pricing_plan_subscription_group_id
        if pricing_plan_subscription_group is not UNSET:
            field_dict["pricing_plan_subscription_group"] = pricing_plan_subscription_group
        if forward_customer_id is not UNSET:
            field_dict["forward_customer_id"] = forward_customer_id
        if forward_customer is not UNSET:
            field_dict["forward_customer"] = forward_customer
        if inactive_periods is not UNSET:
            field_dict["inactive_periods"] = inactive_periods
        if display_invoice_sub_lines_per_processing_only_customer is not UNSET:
            field_dict["display_invoice_sub_lines_per_processing_only_customer"] = (
                display_invoice_sub_lines_per_processing_only_customer
            )
        if replicate_meter_data_ingest_to_parent is not UNSET:
            field_dict["replicate_meter_data_ingest_to_parent"] = replicate_meter_data_ingest_to_parent
        if sales_tax_percentage is not UNSET:
            field_dict["sales_tax_percentage"] = sales_tax_percentage
        if next_invoice is not UNSET:
            field_dict["next_invoice"] = next_invoice
        if template is not UNSET:
            field_dict["template"] = template
        if linked_integrations is not UNSET:
            field_dict["linked_integrations"] = linked_integrations
        if seller_details is not UNSET:
            field_dict["seller_details"] = seller_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_activated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activated_at = _parse_activated_at(d.pop("activated_at", UNSET))

        def _parse_status(data: object) -> None | PricingPlanSubscriptionStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PricingPlanSubscriptionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_purchase_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_number = _parse_purchase_order_number(d.pop("purchase_order_number", UNSET))

        customer_id = d.pop("customer_id", UNSET)

        customer_reference = d.pop("customer_reference", UNSET)

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

        def _parse_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id", UNSET))

        def _parse_billing_entity_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_reference = _parse_billing_entity_reference(d.pop("billing_entity_reference", UNSET))

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

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: Period | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = Period.from_dict(_billing_period)

        _billing_currency = d.pop("billing_currency", UNSET)
        billing_currency: Currency | Unset
        if isinstance(_billing_currency, Unset):
            billing_currency = UNSET
        else:
            billing_currency = Currency(_billing_currency)

        _due_date_configuration = d.pop("due_date_configuration", UNSET)
        due_date_configuration: DueDate | Unset
        if isinstance(_due_date_configuration, Unset):
            due_date_configuration = UNSET
        else:
            due_date_configuration = DueDate.from_dict(_due_date_configuration)

        _initial_term = d.pop("initial_term", UNSET)
        initial_term: Period | Unset
        if isinstance(_initial_term, Unset):
            initial_term = UNSET
        else:
            initial_term = Period.from_dict(_initial_term)

        _renewal_term = d.pop("renewal_term", UNSET)
        renewal_term: Period | Unset
        if isinstance(_renewal_term, Unset):
            renewal_term = UNSET
        else:
            renewal_term = Period.from_dict(_renewal_term)

        def _parse_auto_renewal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renewal = _parse_auto_renewal(d.pop("auto_renewal", UNSET))

        def _parse_type_(data: object) -> None | PricingPlanSubscriptionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PricingPlanSubscriptionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _variant = d.pop("variant", UNSET)
        variant: PricingPlanSubscriptionVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = PricingPlanSubscriptionVariant(_variant)

        def _parse_billing_time(data: object) -> None | PricingPlanSubscriptionBillingTime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_time_type_0 = PricingPlanSubscriptionBillingTime(data)

                return billing_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionBillingTime | Unset, data)

        billing_time = _parse_billing_time(d.pop("billing_time", UNSET))

        def _parse_combine(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        combine = _parse_combine(d.pop("combine", UNSET))

        def _parse_quote_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_version_id = _parse_quote_version_id(d.pop("quote_version_id", UNSET))

        def _parse_upgraded_from_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upgraded_from_pricing_plan_subscription_id = _parse_upgraded_from_pricing_plan_subscription_id(
            d.pop("upgraded_from_pricing_plan_subscription_id", UNSET)
        )

        def _parse_upgraded_to_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upgraded_to_pricing_plan_subscription_id = _parse_upgraded_to_pricing_plan_subscription_id(
            d.pop("upgraded_to_pricing_plan_subscription_id", UNSET)
        )

        def _parse_payment_acceptor_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_acceptor_ids_type_0 = cast(list[str], data)

                return payment_acceptor_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        payment_acceptor_ids = _parse_payment_acceptor_ids(d.pop("payment_acceptor_ids", UNSET))

        def _parse_payment_acceptors(data: object) -> list[PaymentAcceptor] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_acceptors_type_0 = []
                _payment_acceptors_type_0 = data
                for payment_acceptors_type_0_item_data in _payment_acceptors_type_0:
                    payment_acceptors_type_0_item = PaymentAcceptor.from_dict(payment_acceptors_type_0_item_data)

                    payment_acceptors_type_0.append(payment_acceptors_type_0_item)

                return payment_acceptors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentAcceptor] | None | Unset, data)

        payment_acceptors = _parse_payment_acceptors(d.pop("payment_acceptors", UNSET))

        def _parse_pricing_plan_schedule_infos(data: object) -> list[PricingPlanScheduleInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plan_schedule_infos_type_0 = []
                _pricing_plan_schedule_infos_type_0 = data
                for pricing_plan_schedule_infos_type_0_item_data in _pricing_plan_schedule_infos_type_0:
                    pricing_plan_schedule_infos_type_0_item = PricingPlanScheduleInfo.from_dict(
                        pricing_plan_schedule_infos_type_0_item_data
                    )

                    pricing_plan_schedule_infos_type_0.append(pricing_plan_schedule_infos_type_0_item)

                return pricing_plan_schedule_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingPlanScheduleInfo] | None | Unset, data)

        pricing_plan_schedule_infos = _parse_pricing_plan_schedule_infos(d.pop("pricing_plan_schedule_infos", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        init_invoice_on_hold = d.pop("init_invoice_on_hold", UNSET)

        payment_method_id = d.pop("payment_method_id", UNSET)

        def _parse_pricing_plan_subscription_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_group_id = _parse_pricing_plan_subscription_group_id(
            d.pop("pricing_plan_subscription_group_id", UNSET)
        )

        def _parse_pricing_plan_subscription_group(data: object) -> None | PricingPlanSubscriptionGroup | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_subscription_group_type_0 = PricingPlanSubscriptionGroup.from_dict(data)

                return pricing_plan_subscription_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionGroup | Unset, data)

        pricing_plan_subscription_group = _parse_pricing_plan_subscription_group(
            d.pop("pricing_plan_subscription_group", UNSET)
        )

        def _parse_forward_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forward_customer_id = _parse_forward_customer_id(d.pop("forward_customer_id", UNSET))

        def _parse_forward_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_customer_type_0 = Customer.from_dict(data)

                return forward_customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        forward_customer = _parse_forward_customer(d.pop("forward_customer", UNSET))

        def _parse_inactive_periods(data: object) -> list[InactivePeriod] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inactive_periods_type_0 = []
                _inactive_periods_type_0 = data
                for inactive_periods_type_0_item_data in _inactive_periods_type_0:
                    inactive_periods_type_0_item = InactivePeriod.from_dict(inactive_periods_type_0_item_data)

                    inactive_periods_type_0.append(inactive_periods_type_0_item)

                return inactive_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InactivePeriod] | None | Unset, data)

        inactive_periods = _parse_inactive_periods(d.pop("inactive_periods", UNSET))

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

        def _parse_replicate_meter_data_ingest_to_parent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        replicate_meter_data_ingest_to_parent = _parse_replicate_meter_data_ingest_to_parent(
            d.pop("replicate_meter_data_ingest_to_parent", UNSET)
        )

        def _parse_sales_tax_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_tax_percentage = _parse_sales_tax_percentage(d.pop("sales_tax_percentage", UNSET))

        def _parse_next_invoice(data: object) -> NextInvoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_invoice_type_0 = NextInvoice.from_dict(data)

                return next_invoice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextInvoice | None | Unset, data)

        next_invoice = _parse_next_invoice(d.pop("next_invoice", UNSET))

        _template = d.pop("template", UNSET)
        template: TemplatePricingPlanSubscription | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = TemplatePricingPlanSubscription.from_dict(_template)

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

        _seller_details = d.pop("seller_details", UNSET)
        seller_details: SellerDetails | Unset
        if isinstance(_seller_details, Unset):
            seller_details = UNSET
        else:
            seller_details = SellerDetails.from_dict(_seller_details)

        create_pricing_plan_subscription_request = cls(
            object_type=object_type,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            activated_at=activated_at,
            status=status,
            reference=reference,
            name=name,
            purchase_order_number=purchase_order_number,
            customer_id=customer_id,
            customer_reference=customer_reference,
            customer=customer,
            billing_entity_id=billing_entity_id,
            billing_entity_reference=billing_entity_reference,
            billing_entity=billing_entity,
            billing_period=billing_period,
            billing_currency=billing_currency,
            due_date_configuration=due_date_configuration,
            initial_term=initial_term,
            renewal_term=renewal_term,
            auto_renewal=auto_renewal,
            type_=type_,
            variant=variant,
            billing_time=billing_time,
            combine=combine,
            quote_version_id=quote_version_id,
            upgraded_from_pricing_plan_subscription_id=upgraded_from_pricing_plan_subscription_id,
            upgraded_to_pricing_plan_subscription_id=upgraded_to_pricing_plan_subscription_id,
            payment_acceptor_ids=payment_acceptor_ids,
            payment_acceptors=payment_acceptors,
            pricing_plan_schedule_infos=pricing_plan_schedule_infos,
            description=description,
            custom_fields=custom_fields,
            init_invoice_on_hold=init_invoice_on_hold,
            payment_method_id=payment_method_id,
            pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
            pricing_plan_subscription_group=pricing_plan_subscription_group,
            forward_customer_id=forward_customer_id,
            forward_customer=forward_customer,
            inactive_periods=inactive_periods,
            display_invoice_sub_lines_per_processing_only_customer=display_invoice_sub_lines_per_processing_only_customer,
            replicate_meter_data_ingest_to_parent=replicate_meter_data_ingest_to_parent,
            sales_tax_percentage=sales_tax_percentage,
            next_invoice=next_invoice,
            template=template,
            linked_integrations=linked_integrations,
            seller_details=seller_details,
        )

        create_pricing_plan_subscription_request.additional_properties = d
        return create_pricing_plan_subscription_request

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
