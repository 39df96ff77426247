from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_contact_subject import PublicContactSubject
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicContactRequest")


@_attrs_define
class PublicContactRequest:
    """Message for the tenant's public contact form (documented).

    Attributes:
        name (str): Sender's name.
        email (str): Sender's e-mail address.
        message (str): Message text.
        subject (PublicContactSubject | Unset): Topic of a message sent through the public contact form (values
            documented by Mindz).
    """

    name: str
    email: str
    message: str
    subject: PublicContactSubject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        message = self.message

        subject: str | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "message": message,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        message = d.pop("message")

        _subject = d.pop("subject", UNSET)
        subject: PublicContactSubject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = PublicContactSubject(_subject)

        public_contact_request = cls(
            name=name,
            email=email,
            message=message,
            subject=subject,
        )

        public_contact_request.additional_properties = d
        return public_contact_request

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
