from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispute_status import DisputeStatus
from ..models.dispute_type import DisputeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dispute")


@_attrs_define
class Dispute:
    """
    Attributes:
        status (DisputeStatus | Unset):
        type_ (DisputeType | Unset):
        name (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        value (int | Unset):
        dispute_reason (str | Unset):
        end_to_end_id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    status: DisputeStatus | Unset = UNSET
    type_: DisputeType | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    value: int | Unset = UNSET
    dispute_reason: str | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        email = self.email

        phone_number = self.phone_number

        value = self.value

        dispute_reason = self.dispute_reason

        end_to_end_id = self.end_to_end_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if value is not UNSET:
            field_dict["value"] = value
        if dispute_reason is not UNSET:
            field_dict["disputeReason"] = dispute_reason
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: DisputeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DisputeStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: DisputeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DisputeType(_type_)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        value = d.pop("value", UNSET)

        dispute_reason = d.pop("disputeReason", UNSET)

        end_to_end_id = d.pop("endToEndId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        dispute = cls(
            status=status,
            type_=type_,
            name=name,
            email=email,
            phone_number=phone_number,
            value=value,
            dispute_reason=dispute_reason,
            end_to_end_id=end_to_end_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        dispute.additional_properties = d
        return dispute

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
