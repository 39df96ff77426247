from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditAndCopyInvoiceResponse")


@_attrs_define
class CreditAndCopyInvoiceResponse:
    """IDs of the original invoice, its credit invoice and the new copy.

    Attributes:
        original_invoice_id (str | Unset): The invoice that was credited.
        credit_invoice_id (str | Unset): The new credit invoice.
        new_invoice_id (str | Unset): The new editable copy.
    """

    original_invoice_id: str | Unset = UNSET
    credit_invoice_id: str | Unset = UNSET
    new_invoice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_invoice_id = self.original_invoice_id

        credit_invoice_id = self.credit_invoice_id

        new_invoice_id = self.new_invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_invoice_id is not UNSET:
            field_dict["original_invoice_id"] = original_invoice_id
        if credit_invoice_id is not UNSET:
            field_dict["credit_invoice_id"] = credit_invoice_id
        if new_invoice_id is not UNSET:
            field_dict["new_invoice_id"] = new_invoice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_invoice_id = d.pop("original_invoice_id", UNSET)

        credit_invoice_id = d.pop("credit_invoice_id", UNSET)

        new_invoice_id = d.pop("new_invoice_id", UNSET)

        credit_and_copy_invoice_response = cls(
            original_invoice_id=original_invoice_id,
            credit_invoice_id=credit_invoice_id,
            new_invoice_id=new_invoice_id,
        )

        credit_and_copy_invoice_response.additional_properties = d
        return credit_and_copy_invoice_response

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
