from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.invoice_preview_schedule_invoices import InvoicePreviewScheduleInvoices


T = TypeVar("T", bound="InvoicePreview")


@_attrs_define
class InvoicePreview:
    """Invoices computed by a preview; nothing is stored.

    Attributes:
        invoice (Invoice | Unset): A bill for one customer: status, dates, totals, periods with groups and lines, taxes
            and payment state.
        first_invoice (Invoice | Unset): A bill for one customer: status, dates, totals, periods with groups and lines,
            taxes and payment state.
        invoice_infos (list[InvoicePreviewScheduleInvoices] | None | Unset):
    """

    invoice: Invoice | Unset = UNSET
    first_invoice: Invoice | Unset = UNSET
    invoice_infos: list[InvoicePreviewScheduleInvoices] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        first_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_invoice, Unset):
            first_invoice = self.first_invoice.to_dict()

        invoice_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.invoice_infos, Unset):
            invoice_infos = UNSET
        elif isinstance(self.invoice_infos, list):
            invoice_infos = []
            for invoice_infos_type_0_item_data in self.invoice_infos:
                invoice_infos_type_0_item = invoice_infos_type_0_item_data.to_dict()
                invoice_infos.append(invoice_infos_type_0_item)

        else:
            invoice_infos = self.invoice_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if first_invoice is not UNSET:
            field_dict["first_invoice"] = first_invoice
        if invoice_infos is not UNSET:
            field_dict["invoice_infos"] = invoice_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice import Invoice
        from ..models.invoice_preview_schedule_invoices import InvoicePreviewScheduleInvoices

        d = dict(src_dict)
        _invoice = d.pop("invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = Invoice.from_dict(_invoice)

        _first_invoice = d.pop("first_invoice", UNSET)
        first_invoice: Invoice | Unset
        if isinstance(_first_invoice, Unset):
            first_invoice = UNSET
        else:
            first_invoice = Invoice.from_dict(_first_invoice)

        def _parse_invoice_infos(data: object) -> list[InvoicePreviewScheduleInvoices] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invoice_infos_type_0 = []
                _invoice_infos_type_0 = data
                for invoice_infos_type_0_item_data in _invoice_infos_type_0:
                    invoice_infos_type_0_item = InvoicePreviewScheduleInvoices.from_dict(invoice_infos_type_0_item_data)

                    invoice_infos_type_0.append(invoice_infos_type_0_item)

                return invoice_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePreviewScheduleInvoices] | None | Unset, data)

        invoice_infos = _parse_invoice_infos(d.pop("invoice_infos", UNSET))

        invoice_preview = cls(
            invoice=invoice,
            first_invoice=first_invoice,
            invoice_infos=invoice_infos,
        )

        invoice_preview.additional_properties = d
        return invoice_preview

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
