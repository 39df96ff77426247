from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_invoicing_processor import EInvoicingProcessor
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.e_invoicing_mandate import EInvoicingMandate


T = TypeVar("T", bound="EInvoicingIntegration")


@_attrs_define
class EInvoicingIntegration:
    """E-invoicing integration settings.

    Attributes:
        mandates (list[EInvoicingMandate] | Unset):
        processor (EInvoicingProcessor | Unset): E-invoicing provider.
    """

    mandates: list[EInvoicingMandate] | Unset = UNSET
    processor: EInvoicingProcessor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mandates, Unset):
            mandates = []
            for mandates_item_data in self.mandates:
                mandates_item = mandates_item_data.to_dict()
                mandates.append(mandates_item)

        processor: str | Unset = UNSET
        if not isinstance(self.processor, Unset):
            processor = self.processor.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mandates is not UNSET:
            field_dict["mandates"] = mandates
        if processor is not UNSET:
            field_dict["processor"] = processor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.e_invoicing_mandate import EInvoicingMandate

        d = dict(src_dict)
        _mandates = d.pop("mandates", UNSET)
        mandates: list[EInvoicingMandate] | Unset = UNSET
        if _mandates is not UNSET:
            mandates = []
            for mandates_item_data in _mandates:
                mandates_item = EInvoicingMandate.from_dict(mandates_item_data)

                mandates.append(mandates_item)

        _processor = d.pop("processor", UNSET)
        processor: EInvoicingProcessor | Unset
        if isinstance(_processor, Unset):
            processor = UNSET
        else:
            processor = EInvoicingProcessor(_processor)

        e_invoicing_integration = cls(
            mandates=mandates,
            processor=processor,
        )

        e_invoicing_integration.additional_properties = d
        return e_invoicing_integration

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
