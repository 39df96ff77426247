from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_status import WorkflowStatus
from ..models.workflow_type import WorkflowType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_workflow import InvoiceWorkflow
    from ..models.payment_workflow import PaymentWorkflow
    from ..models.pricing_plan_subscription_workflow import PricingPlanSubscriptionWorkflow
    from ..models.wallet_workflow import WalletWorkflow


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        type_ (WorkflowType | Unset):
        reference (str | Unset):
        status (WorkflowStatus | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        customer_ids (list[str] | None | Unset):
        invoice (InvoiceWorkflow | Unset):
        payment (PaymentWorkflow | Unset):
        pricing_plan_subscription (PricingPlanSubscriptionWorkflow | Unset):
        wallet (WalletWorkflow | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: WorkflowType | Unset = UNSET
    reference: str | Unset = UNSET
    status: WorkflowStatus | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    customer_ids: list[str] | None | Unset = UNSET
    invoice: InvoiceWorkflow | Unset = UNSET
    payment: PaymentWorkflow | Unset = UNSET
    pricing_plan_subscription: PricingPlanSubscriptionWorkflow | Unset = UNSET
    wallet: WalletWorkflow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        reference = self.reference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        customer_ids: list[str] | None | Unset
        if isinstance(self.customer_ids, Unset):
            customer_ids = UNSET
        elif isinstance(self.customer_ids, list):
            customer_ids = self.customer_ids

        else:
            customer_ids = self.customer_ids

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
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if customer_ids is not UNSET:
            field_dict["customer_ids"] = customer_ids
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
        from ..models.invoice_workflow import InvoiceWorkflow
        from ..models.payment_workflow import PaymentWorkflow
        from ..models.pricing_plan_subscription_workflow import PricingPlanSubscriptionWorkflow
        from ..models.wallet_workflow import WalletWorkflow

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

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: WorkflowType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WorkflowType(_type_)

        reference = d.pop("reference", UNSET)

        _status = d.pop("status", UNSET)
        status: WorkflowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WorkflowStatus(_status)

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

        def _parse_customer_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_ids_type_0 = cast(list[str], data)

                return customer_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        customer_ids = _parse_customer_ids(d.pop("customer_ids", UNSET))

        _invoice = d.pop("invoice", UNSET)
        invoice: InvoiceWorkflow | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = InvoiceWorkflow.from_dict(_invoice)

        _payment = d.pop("payment", UNSET)
        payment: PaymentWorkflow | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = PaymentWorkflow.from_dict(_payment)

        _pricing_plan_subscription = d.pop("pricing_plan_subscription", UNSET)
        pricing_plan_subscription: PricingPlanSubscriptionWorkflow | Unset
        if isinstance(_pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        else:
            pricing_plan_subscription = PricingPlanSubscriptionWorkflow.from_dict(_pricing_plan_subscription)

        _wallet = d.pop("wallet", UNSET)
        wallet: WalletWorkflow | Unset
        if isinstance(_wallet, Unset):
            wallet = UNSET
        else:
            wallet = WalletWorkflow.from_dict(_wallet)

        workflow = cls(
            object_type=object_type,
            id=id,
            name=name,
            description=description,
            type_=type_,
            reference=reference,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            customer_ids=customer_ids,
            invoice=invoice,
            payment=payment,
            pricing_plan_subscription=pricing_plan_subscription,
            wallet=wallet,
        )

        workflow.additional_properties = d
        return workflow

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
