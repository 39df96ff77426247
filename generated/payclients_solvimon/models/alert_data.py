from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_data_entitlement import AlertDataEntitlement
    from ..models.alert_data_invoice import AlertDataInvoice


T = TypeVar("T", bound="AlertData")


@_attrs_define
class AlertData:
    """
    Attributes:
        entitlement (AlertDataEntitlement | Unset):
        invoice (AlertDataInvoice | Unset):
    """

    entitlement: AlertDataEntitlement | Unset = UNSET
    invoice: AlertDataInvoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitlement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlement, Unset):
            entitlement = self.entitlement.to_dict()

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entitlement is not UNSET:
            field_dict["entitlement"] = entitlement
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_data_entitlement import AlertDataEntitlement
        from ..models.alert_data_invoice import AlertDataInvoice

        d = dict(src_dict)
        _entitlement = d.pop("entitlement", UNSET)
        entitlement: AlertDataEntitlement | Unset
        if isinstance(_entitlement, Unset):
            entitlement = UNSET
        else:
            entitlement = AlertDataEntitlement.from_dict(_entitlement)

        _invoice = d.pop("invoice", UNSET)
        invoice: AlertDataInvoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = AlertDataInvoice.from_dict(_invoice)

        alert_data = cls(
            entitlement=entitlement,
            invoice=invoice,
        )

        alert_data.additional_properties = d
        return alert_data

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
