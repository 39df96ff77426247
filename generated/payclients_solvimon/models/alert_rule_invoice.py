from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_rule_invoice_variant import AlertRuleInvoiceVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_rule_invoice_overdue import AlertRuleInvoiceOverdue


T = TypeVar("T", bound="AlertRuleInvoice")


@_attrs_define
class AlertRuleInvoice:
    """
    Attributes:
        variant (AlertRuleInvoiceVariant | Unset):
        overdue (AlertRuleInvoiceOverdue | Unset):
    """

    variant: AlertRuleInvoiceVariant | Unset = UNSET
    overdue: AlertRuleInvoiceOverdue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        overdue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdue, Unset):
            overdue = self.overdue.to_dict()

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
        from ..models.alert_rule_invoice_overdue import AlertRuleInvoiceOverdue

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: AlertRuleInvoiceVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = AlertRuleInvoiceVariant(_variant)

        _overdue = d.pop("overdue", UNSET)
        overdue: AlertRuleInvoiceOverdue | Unset
        if isinstance(_overdue, Unset):
            overdue = UNSET
        else:
            overdue = AlertRuleInvoiceOverdue.from_dict(_overdue)

        alert_rule_invoice = cls(
            variant=variant,
            overdue=overdue,
        )

        alert_rule_invoice.additional_properties = d
        return alert_rule_invoice

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
