from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicNewsletterRequest")


@_attrs_define
class PublicNewsletterRequest:
    """Newsletter sign-up (documented).

    Attributes:
        email (str): Address to subscribe.
        email_list_code (str | Unset): Code of the e-mail list to join; the default list is used when omitted.
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
    """

    email: str
    email_list_code: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        email_list_code = self.email_list_code

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if email_list_code is not UNSET:
            field_dict["email_list_code"] = email_list_code
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        email_list_code = d.pop("email_list_code", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        public_newsletter_request = cls(
            email=email,
            email_list_code=email_list_code,
            first_name=first_name,
            last_name=last_name,
        )

        public_newsletter_request.additional_properties = d
        return public_newsletter_request

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
