from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_trigger_type import WorkflowTriggerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_trigger import InvoiceTrigger
    from ..models.payment_trigger import PaymentTrigger
    from ..models.pricing_plan_subscription_trigger import PricingPlanSubscriptionTrigger
    from ..models.wallet_trigger import WalletTrigger


T = TypeVar("T", bound="CreateWorkflowTriggerRequest")


@_attrs_define
class CreateWorkflowTriggerRequest:
    """
    Attributes:
        type_ (WorkflowTriggerType):
        object_type (None | str | Unset):
        id (None | str | Unset):
        customer_id (None | str | Unset):
        workflow_id (str | Unset):
        invoice (InvoiceTrigger | Unset):
        payment (PaymentTrigger | Unset):
        pricing_plan_subscription (PricingPlanSubscriptionTrigger | Unset):
        wallet (WalletTrigger | Unset):
    """

    type_: WorkflowTriggerType
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    invoice: InvoiceTrigger | Unset = UNSET
    payment: PaymentTrigger | Unset = UNSET
    pricing_plan_subscription: PricingPlanSubscriptionTrigger | Unset = UNSET
    wallet: WalletTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

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

        workflow_id = self.workflow_id

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()

        wallet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet, Unset):
            wallet = self.wallet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if payment is not UNSET:
            field_dict["payment"] = payment
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription
        if wallet is not UNSET:
            field_dict["wallet"] = wallet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_trigger import InvoiceTrigger
        from ..models.payment_trigger import PaymentTrigger
        from ..models.pricing_plan_subscription_trigger import PricingPlanSubscriptionTrigger
        from ..models.wallet_trigger import WalletTrigger

        d = dict(src_dict)
        type_ = WorkflowTriggerType(d.pop("type"))

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

        workflow_id = d.pop("workflow_id", UNSET)

        _invoice = d.pop("invoice", UNSET)
        invoice: InvoiceTrigger | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = InvoiceTrigger.from_dict(_invoice)

        _payment = d.pop("payment", UNSET)
        payment: PaymentTrigger | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = PaymentTrigger.from_dict(_payment)

        _pricing_plan_subscription = d.pop("pricing_plan_subscription", UNSET)
        pricing_plan_subscription: PricingPlanSubscriptionTrigger | Unset
        if isinstance(_pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        else:
            pricing_plan_subscription = PricingPlanSubscriptionTrigger.from_dict(_pricing_plan_subscription)

        _wallet = d.pop("wallet", UNSET)
        wallet: WalletTrigger | Unset
        if isinstance(_wallet, Unset):
            wallet = UNSET
        else:
            wallet = WalletTrigger.from_dict(_wallet)

        create_workflow_trigger_request = cls(
            type_=type_,
            object_type=object_type,
            id=id,
            customer_id=customer_id,
            workflow_id=workflow_id,
            invoice=invoice,
            payment=payment,
            pricing_plan_subscription=pricing_plan_subscription,
            wallet=wallet,
        )

        create_workflow_trigger_request.additional_properties = d
        return create_workflow_trigger_request

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
