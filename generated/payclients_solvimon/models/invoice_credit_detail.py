from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_details_source import CreditDetailsSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.original_invoice_info import OriginalInvoiceInfo


T = TypeVar("T", bound="InvoiceCreditDetail")


@_attrs_define
class InvoiceCreditDetail:
    """Set on a credit invoice: which invoice it credits.

    Attributes:
        original_invoice_id (str | Unset):
        original_invoice_info (OriginalInvoiceInfo | Unset): ID and number of the credited invoice.
        note (str | Unset):
        credit_details_source (CreditDetailsSource | None | Unset):
    """

    original_invoice_id: str | Unset = UNSET
    original_invoice_info: OriginalInvoiceInfo | Unset = UNSET
    note: str | Unset = UNSET
    credit_details_source: CreditDetailsSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_invoice_id = self.original_invoice_id

        original_invoice_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_invoice_info, Unset):
            original_invoice_info = self.original_invoice_info.to_dict()

        note = self.note

        credit_details_source: None | str | Unset
        if isinstance(self.credit_details_source, Unset):
            credit_details_source = UNSET
        elif isinstance(self.credit_details_source, CreditDetailsSource):
            credit_details_source = self.credit_details_source.value
        else:
            credit_details_source = self.credit_details_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_invoice_id is not UNSET:
            field_dict["original_invoice_id"] = original_invoice_id
        if original_invoice_info is not UNSET:
            field_dict["original_invoice_info"] = original_invoice_info
        if note is not UNSET:
            field_dict["note"] = note
        if credit_details_source is not UNSET:
            field_dict["credit_details_source"] = credit_details_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.original_invoice_info import OriginalInvoiceInfo

        d = dict(src_dict)
        original_invoice_id = d.pop("original_invoice_id", UNSET)

        _original_invoice_info = d.pop("original_invoice_info", UNSET)
        original_invoice_info: OriginalInvoiceInfo | Unset
        if isinstance(_original_invoice_info, Unset):
            original_invoice_info = UNSET
        else:
            original_invoice_info = OriginalInvoiceInfo.from_dict(_original_invoice_info)

        note = d.pop("note", UNSET)

        def _parse_credit_details_source(data: object) -> CreditDetailsSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                credit_details_source_type_0 = CreditDetailsSource(data)

                return credit_details_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditDetailsSource | None | Unset, data)

        credit_details_source = _parse_credit_details_source(d.pop("credit_details_source", UNSET))

        invoice_credit_detail = cls(
            original_invoice_id=original_invoice_id,
            original_invoice_info=original_invoice_info,
            note=note,
            credit_details_source=credit_details_source,
        )

        invoice_credit_detail.additional_properties = d
        return invoice_credit_detail

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
