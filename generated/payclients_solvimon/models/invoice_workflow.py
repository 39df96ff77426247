from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_workflow_variant import InvoiceWorkflowVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_overdue import InvoiceOverdue
    from ..models.invoice_upcoming_payment import InvoiceUpcomingPayment


T = TypeVar("T", bound="InvoiceWorkflow")


@_attrs_define
class InvoiceWorkflow:
    """
    Attributes:
        variant (InvoiceWorkflowVariant | Unset):
        overdue (InvoiceOverdue | Unset):
        upcoming_payment (InvoiceUpcomingPayment | Unset):
    """

    variant: InvoiceWorkflowVariant | Unset = UNSET
    overdue: InvoiceOverdue | Unset = UNSET
    upcoming_payment: InvoiceUpcomingPayment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        overdue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdue, Unset):
            overdue = self.overdue.to_dict()

        upcoming_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upcoming_payment, Unset):
            upcoming_payment = self.upcoming_payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if overdue is not UNSET:
            field_dict["overdue"] = overdue
        if upcoming_payment is not UNSET:
            field_dict["upcoming_payment"] = upcoming_payment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_overdue import InvoiceOverdue
        from ..models.invoice_upcoming_payment import InvoiceUpcomingPayment

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: InvoiceWorkflowVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = InvoiceWorkflowVariant(_variant)

        _overdue = d.pop("overdue", UNSET)
        overdue: InvoiceOverdue | Unset
        if isinstance(_overdue, Unset):
            overdue = UNSET
        else:
            overdue = InvoiceOverdue.from_dict(_overdue)

        _upcoming_payment = d.pop("upcoming_payment", UNSET)
        upcoming_payment: InvoiceUpcomingPayment | Unset
        if isinstance(_upcoming_payment, Unset):
            upcoming_payment = UNSET
        else:
            upcoming_payment = InvoiceUpcomingPayment.from_dict(_upcoming_payment)

        invoice_workflow = cls(
            variant=variant,
            overdue=overdue,
            upcoming_payment=upcoming_payment,
        )

        invoice_workflow.additional_properties = d
        return invoice_workflow

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
