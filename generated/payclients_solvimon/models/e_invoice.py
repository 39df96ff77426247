from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.e_invoice_status import EInvoiceStatus
    from ..models.e_invoice_supported_file_format import EInvoiceSupportedFileFormat


T = TypeVar("T", bound="EInvoice")


@_attrs_define
class EInvoice:
    """An electronic invoice submitted for an invoice through an e-invoicing integration.

    Attributes:
        external_reference (None | str | Unset):
        applied_mandate (str | Unset):
        processor (str | Unset):
        status (EInvoiceStatus | Unset): A status an e-invoice had at some point.
        status_history (list[EInvoiceStatus] | Unset):
        supported_file_formats (list[EInvoiceSupportedFileFormat] | Unset):
    """

    external_reference: None | str | Unset = UNSET
    applied_mandate: str | Unset = UNSET
    processor: str | Unset = UNSET
    status: EInvoiceStatus | Unset = UNSET
    status_history: list[EInvoiceStatus] | Unset = UNSET
    supported_file_formats: list[EInvoiceSupportedFileFormat] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_reference: None | str | Unset
        if isinstance(self.external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = self.external_reference

        applied_mandate = self.applied_mandate

        processor = self.processor

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        supported_file_formats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supported_file_formats, Unset):
            supported_file_formats = []
            for supported_file_formats_item_data in self.supported_file_formats:
                supported_file_formats_item = supported_file_formats_item_data.to_dict()
                supported_file_formats.append(supported_file_formats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if applied_mandate is not UNSET:
            field_dict["applied_mandate"] = applied_mandate
        if processor is not UNSET:
            field_dict["processor"] = processor
        if status is not UNSET:
            field_dict["status"] = status
        if status_history is not UNSET:
            field_dict["status_history"] = status_history
        if supported_file_formats is not UNSET:
            field_dict["supported_file_formats"] = supported_file_formats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.e_invoice_status import EInvoiceStatus
        from ..models.e_invoice_supported_file_format import EInvoiceSupportedFileFormat

        d = dict(src_dict)

        def _parse_external_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_reference = _parse_external_reference(d.pop("external_reference", UNSET))

        applied_mandate = d.pop("applied_mandate", UNSET)

        processor = d.pop("processor", UNSET)

        _status = d.pop("status", UNSET)
        status: EInvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EInvoiceStatus.from_dict(_status)

        _status_history = d.pop("status_history", UNSET)
        status_history: list[EInvoiceStatus] | Unset = UNSET
        if _status_history is not UNSET:
            status_history = []
            for status_history_item_data in _status_history:
                status_history_item = EInvoiceStatus.from_dict(status_history_item_data)

                status_history.append(status_history_item)

        _supported_file_formats = d.pop("supported_file_formats", UNSET)
        supported_file_formats: list[EInvoiceSupportedFileFormat] | Unset = UNSET
        if _supported_file_formats is not UNSET:
            supported_file_formats = []
            for supported_file_formats_item_data in _supported_file_formats:
                supported_file_formats_item = EInvoiceSupportedFileFormat.from_dict(supported_file_formats_item_data)

                supported_file_formats.append(supported_file_formats_item)

        e_invoice = cls(
            external_reference=external_reference,
            applied_mandate=applied_mandate,
            processor=processor,
            status=status,
            status_history=status_history,
            supported_file_formats=supported_file_formats,
        )

        e_invoice.additional_properties = d
        return e_invoice

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
