from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_version_recipient_data_role import QuoteVersionRecipientDataRole
from ..models.quote_version_recipient_data_type import QuoteVersionRecipientDataType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_contact_data import RecipientContactData
    from ..models.recipient_details_data import RecipientDetailsData


T = TypeVar("T", bound="QuoteVersionRecipientData")


@_attrs_define
class QuoteVersionRecipientData:
    """
    Attributes:
        type_ (None | QuoteVersionRecipientDataType | Unset):
        contact (RecipientContactData | Unset):
        details (RecipientDetailsData | Unset):
        role (None | QuoteVersionRecipientDataRole | Unset):
    """

    type_: None | QuoteVersionRecipientDataType | Unset = UNSET
    contact: RecipientContactData | Unset = UNSET
    details: RecipientDetailsData | Unset = UNSET
    role: None | QuoteVersionRecipientDataRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, QuoteVersionRecipientDataType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, QuoteVersionRecipientDataRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contact is not UNSET:
            field_dict["contact"] = contact
        if details is not UNSET:
            field_dict["details"] = details
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipient_contact_data import RecipientContactData
        from ..models.recipient_details_data import RecipientDetailsData

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | QuoteVersionRecipientDataType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = QuoteVersionRecipientDataType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionRecipientDataType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _contact = d.pop("contact", UNSET)
        contact: RecipientContactData | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = RecipientContactData.from_dict(_contact)

        _details = d.pop("details", UNSET)
        details: RecipientDetailsData | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = RecipientDetailsData.from_dict(_details)

        def _parse_role(data: object) -> None | QuoteVersionRecipientDataRole | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = QuoteVersionRecipientDataRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionRecipientDataRole | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        quote_version_recipient_data = cls(
            type_=type_,
            contact=contact,
            details=details,
            role=role,
        )

        quote_version_recipient_data.additional_properties = d
        return quote_version_recipient_data

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
