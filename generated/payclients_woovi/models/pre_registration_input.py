from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_id_input import TaxIdInput


T = TypeVar("T", bound="PreRegistrationInput")


@_attrs_define
class PreRegistrationInput:
    """The company to pre-register.

    Attributes:
        name (str):
        tax_id (TaxIdInput): A Brazilian tax id sent as an object.
        website (str | Unset):
    """

    name: str
    tax_id: TaxIdInput
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tax_id = self.tax_id.to_dict()

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "taxID": tax_id,
            }
        )
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_id_input import TaxIdInput

        d = dict(src_dict)
        name = d.pop("name")

        tax_id = TaxIdInput.from_dict(d.pop("taxID"))

        website = d.pop("website", UNSET)

        pre_registration_input = cls(
            name=name,
            tax_id=tax_id,
            website=website,
        )

        pre_registration_input.additional_properties = d
        return pre_registration_input

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
