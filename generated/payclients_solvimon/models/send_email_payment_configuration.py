from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailPaymentConfiguration")


@_attrs_define
class SendEmailPaymentConfiguration:
    """
    Attributes:
        include_customer_contacts_as_cc (bool | Unset):
    """

    include_customer_contacts_as_cc: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_customer_contacts_as_cc = self.include_customer_contacts_as_cc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_customer_contacts_as_cc is not UNSET:
            field_dict["include_customer_contacts_as_cc"] = include_customer_contacts_as_cc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include_customer_contacts_as_cc = d.pop("include_customer_contacts_as_cc", UNSET)

        send_email_payment_configuration = cls(
            include_customer_contacts_as_cc=include_customer_contacts_as_cc,
        )

        send_email_payment_configuration.additional_properties = d
        return send_email_payment_configuration

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
