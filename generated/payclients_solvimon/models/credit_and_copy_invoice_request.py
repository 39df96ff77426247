from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_details_source import CreditDetailsSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditAndCopyInvoiceRequest")


@_attrs_define
class CreditAndCopyInvoiceRequest:
    """Options for crediting an invoice and copying it into a new editable invoice.

    Attributes:
        update_new_invoice_to_final (bool | None | Unset): Finalise the new copy at once.
        update_credit_invoice_to_final (bool | None | Unset): Finalise the credit invoice at once.
        credit_details_source (CreditDetailsSource | None | Unset):
    """

    update_new_invoice_to_final: bool | None | Unset = UNSET
    update_credit_invoice_to_final: bool | None | Unset = UNSET
    credit_details_source: CreditDetailsSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_new_invoice_to_final: bool | None | Unset
        if isinstance(self.update_new_invoice_to_final, Unset):
            update_new_invoice_to_final = UNSET
        else:
            update_new_invoice_to_final = self.update_new_invoice_to_final

        update_credit_invoice_to_final: bool | None | Unset
        if isinstance(self.update_credit_invoice_to_final, Unset):
            update_credit_invoice_to_final = UNSET
        else:
            update_credit_invoice_to_final = self.update_credit_invoice_to_final

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
        if update_new_invoice_to_final is not UNSET:
            field_dict["update_new_invoice_to_final"] = update_new_invoice_to_final
        if update_credit_invoice_to_final is not UNSET:
            field_dict["update_credit_invoice_to_final"] = update_credit_invoice_to_final
        if credit_details_source is not UNSET:
            field_dict["credit_details_source"] = credit_details_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_update_new_invoice_to_final(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        update_new_invoice_to_final = _parse_update_new_invoice_to_final(d.pop("update_new_invoice_to_final", UNSET))

        def _parse_update_credit_invoice_to_final(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        update_credit_invoice_to_final = _parse_update_credit_invoice_to_final(
            d.pop("update_credit_invoice_to_final", UNSET)
        )

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

        credit_and_copy_invoice_request = cls(
            update_new_invoice_to_final=update_new_invoice_to_final,
            update_credit_invoice_to_final=update_credit_invoice_to_final,
            credit_details_source=credit_details_source,
        )

        credit_and_copy_invoice_request.additional_properties = d
        return credit_and_copy_invoice_request

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
