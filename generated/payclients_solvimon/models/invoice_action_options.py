from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceActionOptions")


@_attrs_define
class InvoiceActionOptions:
    """
    Attributes:
        download_invoice (bool | None | Unset):
        pay_open_invoice (bool | None | Unset):
    """

    download_invoice: bool | None | Unset = UNSET
    pay_open_invoice: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_invoice: bool | None | Unset
        if isinstance(self.download_invoice, Unset):
            download_invoice = UNSET
        else:
            download_invoice = self.download_invoice

        pay_open_invoice: bool | None | Unset
        if isinstance(self.pay_open_invoice, Unset):
            pay_open_invoice = UNSET
        else:
            pay_open_invoice = self.pay_open_invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_invoice is not UNSET:
            field_dict["download_invoice"] = download_invoice
        if pay_open_invoice is not UNSET:
            field_dict["pay_open_invoice"] = pay_open_invoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_download_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        download_invoice = _parse_download_invoice(d.pop("download_invoice", UNSET))

        def _parse_pay_open_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pay_open_invoice = _parse_pay_open_invoice(d.pop("pay_open_invoice", UNSET))

        invoice_action_options = cls(
            download_invoice=download_invoice,
            pay_open_invoice=pay_open_invoice,
        )

        invoice_action_options.additional_properties = d
        return invoice_action_options

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
