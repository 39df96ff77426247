from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tax_id_input import TaxIdInput


T = TypeVar("T", bound="PreRegistrationUserInput")


@_attrs_define
class PreRegistrationUserInput:
    """The person who will administer the pre-registered company.

    Attributes:
        first_name (str):
        last_name (str):
        email (str):
        phone (str):
        tax_id (TaxIdInput): A Brazilian tax id sent as an object.
    """

    first_name: str
    last_name: str
    email: str
    phone: str
    tax_id: TaxIdInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "phone": phone,
                "taxID": tax_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_id_input import TaxIdInput

        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        email = d.pop("email")

        phone = d.pop("phone")

        tax_id = TaxIdInput.from_dict(d.pop("taxID"))

        pre_registration_user_input = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            tax_id=tax_id,
        )

        pre_registration_user_input.additional_properties = d
        return pre_registration_user_input

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
