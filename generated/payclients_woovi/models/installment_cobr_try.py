from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallmentCobrTry")


@_attrs_define
class InstallmentCobrTry:
    """
    Attributes:
        try_status (str | Unset):
        finality_purpose (str | Unset):
        reject_code (str | Unset):
        value (int | Unset):
        requested_execution_date (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    try_status: str | Unset = UNSET
    finality_purpose: str | Unset = UNSET
    reject_code: str | Unset = UNSET
    value: int | Unset = UNSET
    requested_execution_date: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try_status = self.try_status

        finality_purpose = self.finality_purpose

        reject_code = self.reject_code

        value = self.value

        requested_execution_date: str | Unset = UNSET
        if not isinstance(self.requested_execution_date, Unset):
            requested_execution_date = self.requested_execution_date.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if try_status is not UNSET:
            field_dict["tryStatus"] = try_status
        if finality_purpose is not UNSET:
            field_dict["finalityPurpose"] = finality_purpose
        if reject_code is not UNSET:
            field_dict["rejectCode"] = reject_code
        if value is not UNSET:
            field_dict["value"] = value
        if requested_execution_date is not UNSET:
            field_dict["requestedExecutionDate"] = requested_execution_date
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try_status = d.pop("tryStatus", UNSET)

        finality_purpose = d.pop("finalityPurpose", UNSET)

        reject_code = d.pop("rejectCode", UNSET)

        value = d.pop("value", UNSET)

        _requested_execution_date = d.pop("requestedExecutionDate", UNSET)
        requested_execution_date: datetime.datetime | Unset
        if isinstance(_requested_execution_date, Unset):
            requested_execution_date = UNSET
        else:
            requested_execution_date = datetime.datetime.fromisoformat(_requested_execution_date)

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

        installment_cobr_try = cls(
            try_status=try_status,
            finality_purpose=finality_purpose,
            reject_code=reject_code,
            value=value,
            requested_execution_date=requested_execution_date,
            created_at=created_at,
            updated_at=updated_at,
        )

        installment_cobr_try.additional_properties = d
        return installment_cobr_try

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
