from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_trigger_type import WorkflowTriggerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.invoice_trigger import InvoiceTrigger
    from ..models.payment_trigger import PaymentTrigger
    from ..models.pricing_plan_subscription_trigger import PricingPlanSubscriptionTrigger
    from ..models.usage_trigger import UsageTrigger
    from ..models.wallet_trigger import WalletTrigger
    from ..models.workflow import Workflow


T = TypeVar("T", bound="UpdateWorkflowTriggerRequest")


@_attrs_define
class UpdateWorkflowTriggerRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        customer_id (None | str | Unset):
        customer (Customer | None | Unset):
        workflow_id (None | str | Unset):
        workflow (None | Unset | Workflow):
        type_ (None | Unset | WorkflowTriggerType):
        invoice (InvoiceTrigger | None | Unset):
        payment (None | PaymentTrigger | Unset):
        pricing_plan_subscription (None | PricingPlanSubscriptionTrigger | Unset):
        wallet (None | Unset | WalletTrigger):
        usage (None | Unset | UsageTrigger):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    workflow: None | Unset | Workflow = UNSET
    type_: None | Unset | WorkflowTriggerType = UNSET
    invoice: InvoiceTrigger | None | Unset = UNSET
    payment: None | PaymentTrigger | Unset = UNSET
    pricing_plan_subscription: None | PricingPlanSubscriptionTrigger | Unset = UNSET
    wallet: None | Unset | WalletTrigger = UNSET
    usage: None | Unset | UsageTrigger = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer
        from ..models.invoice_trigger import InvoiceTrigger
        from ..models.payment_trigger import PaymentTrigger
        from ..models.pricing_plan_subscription_trigger import PricingPlanSubscriptionTrigger
        from ..models.usage_trigger import UsageTrigger
        from ..models.wallet_trigger import WalletTrigger
        from ..models.workflow import Workflow

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

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, Workflow):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WorkflowTriggerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        invoice: dict[str, Any] | None | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, InvoiceTrigger):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, PaymentTrigger):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        pricing_plan_subscription: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        elif isinstance(self.pricing_plan_subscription, PricingPlanSubscriptionTrigger):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()
        else:
            pricing_plan_subscription = self.pricing_plan_subscription

        wallet: dict[str, Any] | None | Unset
        if isinstance(self.wallet, Unset):
            wallet = UNSET
        elif isinstance(self.wallet, WalletTrigger):
            wallet = self.wallet.to_dict()
        else:
            wallet = self.wallet

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, UsageTrigger):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if type_ is not UNSET:
            field_dict["type"] = type_
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if payment is not UNSET:
            field_dict["payment"] = payment
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.invoice_trigger import InvoiceTrigger
        from ..models.payment_trigger import PaymentTrigger
        from ..models.pricing_plan_subscription_trigger import PricingPlanSubscriptionTrigger
        from ..models.usage_trigger import UsageTrigger
        from ..models.wallet_trigger import WalletTrigger
        from ..models.workflow import Workflow

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

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

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

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_workflow(data: object) -> None | Unset | Workflow:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_type_0 = Workflow.from_dict(data)

                return workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Workflow, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        def _parse_type_(data: object) -> None | Unset | WorkflowTriggerType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = WorkflowTriggerType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowTriggerType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_invoice(data: object) -> InvoiceTrigger | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_0 = InvoiceTrigger.from_dict(data)

                return invoice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceTrigger | None | Unset, data)

        invoice = _parse_invoice(d.pop("invoice", UNSET))

        def _parse_payment(data: object) -> None | PaymentTrigger | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_type_0 = PaymentTrigger.from_dict(data)

                return payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentTrigger | Unset, data)

        payment = _parse_payment(d.pop("payment", UNSET))

        def _parse_pricing_plan_subscription(data: object) -> None | PricingPlanSubscriptionTrigger | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_subscription_type_0 = PricingPlanSubscriptionTrigger.from_dict(data)

                return pricing_plan_subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionTrigger | Unset, data)

        pricing_plan_subscription = _parse_pricing_plan_subscription(d.pop("pricing_plan_subscription", UNSET))

        def _parse_wallet(data: object) -> None | Unset | WalletTrigger:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wallet_type_0 = WalletTrigger.from_dict(data)

                return wallet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletTrigger, data)

        wallet = _parse_wallet(d.pop("wallet", UNSET))

        def _parse_usage(data: object) -> None | Unset | UsageTrigger:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = UsageTrigger.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTrigger, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        update_workflow_trigger_request = cls(
            object_type=object_type,
            id=id,
            customer_id=customer_id,
            customer=customer,
            workflow_id=workflow_id,
            workflow=workflow,
            type_=type_,
            invoice=invoice,
            payment=payment,
            pricing_plan_subscription=pricing_plan_subscription,
            wallet=wallet,
            usage=usage,
        )

        update_workflow_trigger_request.additional_properties = d
        return update_workflow_trigger_request

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
