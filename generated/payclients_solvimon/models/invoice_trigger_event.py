from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_workflow_variant import InvoiceWorkflowVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_trigger_overdue import InvoiceTriggerOverdue


T = TypeVar("T", bound="InvoiceTriggerEvent")


@_attrs_define
class InvoiceTriggerEvent:
    """
    Attributes:
        variant (InvoiceWorkflowVariant | Unset):
        overdue (InvoiceTriggerOverdue | None | Unset):
    """

    variant: InvoiceWorkflowVariant | Unset = UNSET
    overdue: InvoiceTriggerOverdue | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_trigger_overdue import InvoiceTriggerOverdue

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        overdue: dict[str, Any] | None | Unset
        if isinstance(self.overdue, Unset):
            overdue = UNSET
        elif isinstance(self.overdue, InvoiceTriggerOverdue):
            overdue = self.overdue.to_dict()
        else:
            overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if overdue is not UNSET:
            field_dict["overdue"] = overdue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_trigger_overdue import InvoiceTriggerOverdue

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: InvoiceWorkflowVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = InvoiceWorkflowVariant(_variant)

        def _parse_overdue(data: object) -> InvoiceTriggerOverdue | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overdue_type_0 = InvoiceTriggerOverdue.from_dict(data)

                return overdue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceTriggerOverdue | None | Unset, data)

        overdue = _parse_overdue(d.pop("overdue", UNSET))

        invoice_trigger_event = cls(
            variant=variant,
            overdue=overdue,
        )

        invoice_trigger_event.additional_properties = d
        return invoice_trigger_event

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
