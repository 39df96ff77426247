from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_data_invoice_overdue import AlertDataInvoiceOverdue


T = TypeVar("T", bound="AlertDataInvoice")


@_attrs_define
class AlertDataInvoice:
    """
    Attributes:
        id (str | Unset):
        overdue (AlertDataInvoiceOverdue | Unset):
    """

    id: str | Unset = UNSET
    overdue: AlertDataInvoiceOverdue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        overdue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdue, Unset):
            overdue = self.overdue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if overdue is not UNSET:
            field_dict["overdue"] = overdue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_data_invoice_overdue import AlertDataInvoiceOverdue

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _overdue = d.pop("overdue", UNSET)
        overdue: AlertDataInvoiceOverdue | Unset
        if isinstance(_overdue, Unset):
            overdue = UNSET
        else:
            overdue = AlertDataInvoiceOverdue.from_dict(_overdue)

        alert_data_invoice = cls(
            id=id,
            overdue=overdue,
        )

        alert_data_invoice.additional_properties = d
        return alert_data_invoice

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
