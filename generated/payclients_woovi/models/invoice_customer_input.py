from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_address_input import InvoiceAddressInput


T = TypeVar("T", bound="InvoiceCustomerInput")


@_attrs_define
class InvoiceCustomerInput:
    """
    Attributes:
        tax_id (str): CPF or CNPJ, digits only.
        name (str):
        email (str):
        phone (str):
        address (InvoiceAddressInput):
    """

    tax_id: str
    name: str
    email: str
    phone: str
    address: InvoiceAddressInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        name = self.name

        email = self.email

        phone = self.phone

        address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxID": tax_id,
                "name": name,
                "email": email,
                "phone": phone,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_address_input import InvoiceAddressInput

        d = dict(src_dict)
        tax_id = d.pop("taxID")

        name = d.pop("name")

        email = d.pop("email")

        phone = d.pop("phone")

        address = InvoiceAddressInput.from_dict(d.pop("address"))

        invoice_customer_input = cls(
            tax_id=tax_id,
            name=name,
            email=email,
            phone=phone,
            address=address,
        )

        invoice_customer_input.additional_properties = d
        return invoice_customer_input

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
