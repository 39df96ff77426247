from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_workflow_variant import InvoiceWorkflowVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_trigger_overdue import InvoiceTriggerOverdue


T = TypeVar("T", bound="InvoiceTriggerManual")


@_attrs_define
class InvoiceTriggerManual:
    """
    Attributes:
        user_id (None | str | Unset):
        variant (InvoiceWorkflowVariant | Unset):
        overdue (InvoiceTriggerOverdue | Unset):
    """

    user_id: None | str | Unset = UNSET
    variant: InvoiceWorkflowVariant | Unset = UNSET
    overdue: InvoiceTriggerOverdue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        overdue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdue, Unset):
            overdue = self.overdue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if variant is not UNSET:
            field_dict["variant"] = variant
        if overdue is not UNSET:
            field_dict["overdue"] = overdue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_trigger_overdue import InvoiceTriggerOverdue

        d = dict(src_dict)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _variant = d.pop("variant", UNSET)
        variant: InvoiceWorkflowVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = InvoiceWorkflowVariant(_variant)

        _overdue = d.pop("overdue", UNSET)
        overdue: InvoiceTriggerOverdue | Unset
        if isinstance(_overdue, Unset):
            overdue = UNSET
        else:
            overdue = InvoiceTriggerOverdue.from_dict(_overdue)

        invoice_trigger_manual = cls(
            user_id=user_id,
            variant=variant,
            overdue=overdue,
        )

        invoice_trigger_manual.additional_properties = d
        return invoice_trigger_manual

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
