from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """
    Attributes:
        zipcode (str | Unset):
        street (str | Unset):
        number (str | Unset):
        neighborhood (str | Unset):
        city (str | Unset):
        state (str | Unset): Two-letter state code (UF).
        complement (str | Unset):
        country (str | Unset):
    """

    zipcode: str | Unset = UNSET
    street: str | Unset = UNSET
    number: str | Unset = UNSET
    neighborhood: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    complement: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zipcode = self.zipcode

        street = self.street

        number = self.number

        neighborhood = self.neighborhood

        city = self.city

        state = self.state

        complement = self.complement

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if complement is not UNSET:
            field_dict["complement"] = complement
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        zipcode = d.pop("zipcode", UNSET)

        street = d.pop("street", UNSET)

        number = d.pop("number", UNSET)

        neighborhood = d.pop("neighborhood", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        complement = d.pop("complement", UNSET)

        country = d.pop("country", UNSET)

        address = cls(
            zipcode=zipcode,
            street=street,
            number=number,
            neighborhood=neighborhood,
            city=city,
            state=state,
            complement=complement,
            country=country,
        )

        address.additional_properties = d
        return address

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
