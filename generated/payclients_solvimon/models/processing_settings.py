from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingSettings")


@_attrs_define
class ProcessingSettings:
    """
    Attributes:
        put_after_invoice_final_on_next_invoice (bool | None | Unset):
    """

    put_after_invoice_final_on_next_invoice: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        put_after_invoice_final_on_next_invoice: bool | None | Unset
        if isinstance(self.put_after_invoice_final_on_next_invoice, Unset):
            put_after_invoice_final_on_next_invoice = UNSET
        else:
            put_after_invoice_final_on_next_invoice = self.put_after_invoice_final_on_next_invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if put_after_invoice_final_on_next_invoice is not UNSET:
            field_dict["put_after_invoice_final_on_next_invoice"] = put_after_invoice_final_on_next_invoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_put_after_invoice_final_on_next_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        put_after_invoice_final_on_next_invoice = _parse_put_after_invoice_final_on_next_invoice(
            d.pop("put_after_invoice_final_on_next_invoice", UNSET)
        )

        processing_settings = cls(
            put_after_invoice_final_on_next_invoice=put_after_invoice_final_on_next_invoice,
        )

        processing_settings.additional_properties = d
        return processing_settings

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
