from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary


T = TypeVar("T", bound="QuoteVersionInvoicesInfo")


@_attrs_define
class QuoteVersionInvoicesInfo:
    """
    Attributes:
        first_invoice_summary (InvoiceTaxTotalSummary | None | Unset):
    """

    first_invoice_summary: InvoiceTaxTotalSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary

        first_invoice_summary: dict[str, Any] | None | Unset
        if isinstance(self.first_invoice_summary, Unset):
            first_invoice_summary = UNSET
        elif isinstance(self.first_invoice_summary, InvoiceTaxTotalSummary):
            first_invoice_summary = self.first_invoice_summary.to_dict()
        else:
            first_invoice_summary = self.first_invoice_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_invoice_summary is not UNSET:
            field_dict["first_invoice_summary"] = first_invoice_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary

        d = dict(src_dict)

        def _parse_first_invoice_summary(data: object) -> InvoiceTaxTotalSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_invoice_summary_type_0 = InvoiceTaxTotalSummary.from_dict(data)

                return first_invoice_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceTaxTotalSummary | None | Unset, data)

        first_invoice_summary = _parse_first_invoice_summary(d.pop("first_invoice_summary", UNSET))

        quote_version_invoices_info = cls(
            first_invoice_summary=first_invoice_summary,
        )

        quote_version_invoices_info.additional_properties = d
        return quote_version_invoices_info

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
