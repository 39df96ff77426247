from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_context_type import PaymentContextType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_on_demand_payment_context import ChargeOnDemandPaymentContext
    from ..models.create_payment_method_payment_context import CreatePaymentMethodPaymentContext
    from ..models.direct_payment_context import DirectPaymentContext
    from ..models.init_pricing_plan_subscription_payment_context import InitPricingPlanSubscriptionPaymentContext
    from ..models.pay_invoice_payment_context import PayInvoicePaymentContext
    from ..models.payment_context_metadata import PaymentContextMetadata
    from ..models.payment_request_payment_context import PaymentRequestPaymentContext
    from ..models.resource_identifier import ResourceIdentifier


T = TypeVar("T", bound="PaymentContext")


@_attrs_define
class PaymentContext:
    """What a payment was made for.

    Attributes:
        type_ (None | PaymentContextType | Unset):
        related_resource_ids (list[ResourceIdentifier] | Unset):
        metadata (None | PaymentContextMetadata | Unset):
        init_pricing_plan_subscription (InitPricingPlanSubscriptionPaymentContext | Unset): Payment made when starting a
            pricing plan subscription.
        create_payment_method (CreatePaymentMethodPaymentContext | Unset): Payment made while storing a payment method.
        payment_request (PaymentRequestPaymentContext | Unset): Payment of a payment request.
        pay_invoice (PayInvoicePaymentContext | Unset): Payment of an invoice.
        charge_on_demand (ChargeOnDemandPaymentContext | Unset): Payment for on-demand pricing items.
        direct (DirectPaymentContext | Unset): Direct payment.
    """

    type_: None | PaymentContextType | Unset = UNSET
    related_resource_ids: list[ResourceIdentifier] | Unset = UNSET
    metadata: None | PaymentContextMetadata | Unset = UNSET
    init_pricing_plan_subscription: InitPricingPlanSubscriptionPaymentContext | Unset = UNSET
    create_payment_method: CreatePaymentMethodPaymentContext | Unset = UNSET
    payment_request: PaymentRequestPaymentContext | Unset = UNSET
    pay_invoice: PayInvoicePaymentContext | Unset = UNSET
    charge_on_demand: ChargeOnDemandPaymentContext | Unset = UNSET
    direct: DirectPaymentContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_context_metadata import PaymentContextMetadata

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PaymentContextType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        related_resource_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_resource_ids, Unset):
            related_resource_ids = []
            for related_resource_ids_item_data in self.related_resource_ids:
                related_resource_ids_item = related_resource_ids_item_data.to_dict()
                related_resource_ids.append(related_resource_ids_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PaymentContextMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        init_pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.init_pricing_plan_subscription, Unset):
            init_pricing_plan_subscription = self.init_pricing_plan_subscription.to_dict()

        create_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create_payment_method, Unset):
            create_payment_method = self.create_payment_method.to_dict()

        payment_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_request, Unset):
            payment_request = self.payment_request.to_dict()

        pay_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_invoice, Unset):
            pay_invoice = self.pay_invoice.to_dict()

        charge_on_demand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_on_demand, Unset):
            charge_on_demand = self.charge_on_demand.to_dict()

        direct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct, Unset):
            direct = self.direct.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if related_resource_ids is not UNSET:
            field_dict["related_resource_ids"] = related_resource_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if init_pricing_plan_subscription is not UNSET:
            field_dict["init_pricing_plan_subscription"] = init_pricing_plan_subscription
        if create_payment_method is not UNSET:
            field_dict["create_payment_method"] = create_payment_method
        if payment_request is not UNSET:
            field_dict["payment_request"] = payment_request
        if pay_invoice is not UNSET:
            field_dict["pay_invoice"] = pay_invoice
        if charge_on_demand is not UNSET:
            field_dict["charge_on_demand"] = charge_on_demand
        if direct is not UNSET:
            field_dict["direct"] = direct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_on_demand_payment_context import ChargeOnDemandPaymentContext
        from ..models.create_payment_method_payment_context import CreatePaymentMethodPaymentContext
        from ..models.direct_payment_context import DirectPaymentContext
        from ..models.init_pricing_plan_subscription_payment_context import InitPricingPlanSubscriptionPaymentContext
        from ..models.pay_invoice_payment_context import PayInvoicePaymentContext
        from ..models.payment_context_metadata import PaymentContextMetadata
        from ..models.payment_request_payment_context import PaymentRequestPaymentContext
        from ..models.resource_identifier import ResourceIdentifier

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | PaymentContextType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PaymentContextType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentContextType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _related_resource_ids = d.pop("related_resource_ids", UNSET)
        related_resource_ids: list[ResourceIdentifier] | Unset = UNSET
        if _related_resource_ids is not UNSET:
            related_resource_ids = []
            for related_resource_ids_item_data in _related_resource_ids:
                related_resource_ids_item = ResourceIdentifier.from_dict(related_resource_ids_item_data)

                related_resource_ids.append(related_resource_ids_item)

        def _parse_metadata(data: object) -> None | PaymentContextMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PaymentContextMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentContextMetadata | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _init_pricing_plan_subscription = d.pop("init_pricing_plan_subscription", UNSET)
        init_pricing_plan_subscription: InitPricingPlanSubscriptionPaymentContext | Unset
        if isinstance(_init_pricing_plan_subscription, Unset):
            init_pricing_plan_subscription = UNSET
        else:
            init_pricing_plan_subscription = InitPricingPlanSubscriptionPaymentContext.from_dict(
                _init_pricing_plan_subscription
            )

        _create_payment_method = d.pop("create_payment_method", UNSET)
        create_payment_method: CreatePaymentMethodPaymentContext | Unset
        if isinstance(_create_payment_method, Unset):
            create_payment_method = UNSET
        else:
            create_payment_method = CreatePaymentMethodPaymentContext.from_dict(_create_payment_method)

        _payment_request = d.pop("payment_request", UNSET)
        payment_request: PaymentRequestPaymentContext | Unset
        if isinstance(_payment_request, Unset):
            payment_request = UNSET
        else:
            payment_request = PaymentRequestPaymentContext.from_dict(_payment_request)

        _pay_invoice = d.pop("pay_invoice", UNSET)
        pay_invoice: PayInvoicePaymentContext | Unset
        if isinstance(_pay_invoice, Unset):
            pay_invoice = UNSET
        else:
            pay_invoice = PayInvoicePaymentContext.from_dict(_pay_invoice)

        _charge_on_demand = d.pop("charge_on_demand", UNSET)
        charge_on_demand: ChargeOnDemandPaymentContext | Unset
        if isinstance(_charge_on_demand, Unset):
            charge_on_demand = UNSET
        else:
            charge_on_demand = ChargeOnDemandPaymentContext.from_dict(_charge_on_demand)

        _direct = d.pop("direct", UNSET)
        direct: DirectPaymentContext | Unset
        if isinstance(_direct, Unset):
            direct = UNSET
        else:
            direct = DirectPaymentContext.from_dict(_direct)

        payment_context = cls(
            type_=type_,
            related_resource_ids=related_resource_ids,
            metadata=metadata,
            init_pricing_plan_subscription=init_pricing_plan_subscription,
            create_payment_method=create_payment_method,
            payment_request=payment_request,
            pay_invoice=pay_invoice,
            charge_on_demand=charge_on_demand,
            direct=direct,
        )

        payment_context.additional_properties = d
        return payment_context

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
