from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice


T = TypeVar("T", bound="InvoicePreviewScheduleInvoices")


@_attrs_define
class InvoicePreviewScheduleInvoices:
    """Preview invoices of one pricing plan schedule.

    Attributes:
        pricing_plan_schedule_id (str | Unset):
        invoices (list[Invoice] | None | Unset):
    """

    pricing_plan_schedule_id: str | Unset = UNSET
    invoices: list[Invoice] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_schedule_id = self.pricing_plan_schedule_id

        invoices: list[dict[str, Any]] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, list):
            invoices = []
            for invoices_type_0_item_data in self.invoices:
                invoices_type_0_item = invoices_type_0_item_data.to_dict()
                invoices.append(invoices_type_0_item)

        else:
            invoices = self.invoices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice import Invoice

        d = dict(src_dict)
        pricing_plan_schedule_id = d.pop("pricing_plan_schedule_id", UNSET)

        def _parse_invoices(data: object) -> list[Invoice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invoices_type_0 = []
                _invoices_type_0 = data
                for invoices_type_0_item_data in _invoices_type_0:
                    invoices_type_0_item = Invoice.from_dict(invoices_type_0_item_data)

                    invoices_type_0.append(invoices_type_0_item)

                return invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Invoice] | None | Unset, data)

        invoices = _parse_invoices(d.pop("invoices", UNSET))

        invoice_preview_schedule_invoices = cls(
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            invoices=invoices,
        )

        invoice_preview_schedule_invoices.additional_properties = d
        return invoice_preview_schedule_invoices

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
