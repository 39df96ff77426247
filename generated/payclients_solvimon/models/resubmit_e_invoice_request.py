from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResubmitEInvoiceRequest")


@_attrs_define
class ResubmitEInvoiceRequest:
    """Which e-invoice to submit again, and under which mandate.

    Attributes:
        external_reference (None | str | Unset): External reference of the e-invoice to resubmit.
        mandate (None | str | Unset): Mandate to submit under.
    """

    external_reference: None | str | Unset = UNSET
    mandate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_reference: None | str | Unset
        if isinstance(self.external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = self.external_reference

        mandate: None | str | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        else:
            mandate = self.mandate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if mandate is not UNSET:
            field_dict["mandate"] = mandate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_external_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_reference = _parse_external_reference(d.pop("external_reference", UNSET))

        def _parse_mandate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mandate = _parse_mandate(d.pop("mandate", UNSET))

        resubmit_e_invoice_request = cls(
            external_reference=external_reference,
            mandate=mandate,
        )

        resubmit_e_invoice_request.additional_properties = d
        return resubmit_e_invoice_request

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
