from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceAddressInput")


@_attrs_define
class InvoiceAddressInput:
    """
    Attributes:
        country (str):
        zipcode (str):
        street (str):
        number (str):
        state (str): Two-letter state code (UF).
        complement (str | Unset):
    """

    country: str
    zipcode: str
    street: str
    number: str
    state: str
    complement: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        zipcode = self.zipcode

        street = self.street

        number = self.number

        state = self.state

        complement = self.complement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "zipcode": zipcode,
                "street": street,
                "number": number,
                "state": state,
            }
        )
        if complement is not UNSET:
            field_dict["complement"] = complement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("country")

        zipcode = d.pop("zipcode")

        street = d.pop("street")

        number = d.pop("number")

        state = d.pop("state")

        complement = d.pop("complement", UNSET)

        invoice_address_input = cls(
            country=country,
            zipcode=zipcode,
            street=street,
            number=number,
            state=state,
            complement=complement,
        )

        invoice_address_input.additional_properties = d
        return invoice_address_input

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
