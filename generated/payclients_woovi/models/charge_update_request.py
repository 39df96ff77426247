from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeUpdateRequest")


@_attrs_define
class ChargeUpdateRequest:
    """
    Attributes:
        expires_date (datetime.datetime | Unset):
    """

    expires_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_date: str | Unset = UNSET
        if not isinstance(self.expires_date, Unset):
            expires_date = self.expires_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_date is not UNSET:
            field_dict["expiresDate"] = expires_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _expires_date = d.pop("expiresDate", UNSET)
        expires_date: datetime.datetime | Unset
        if isinstance(_expires_date, Unset):
            expires_date = UNSET
        else:
            expires_date = datetime.datetime.fromisoformat(_expires_date)

        charge_update_request = cls(
            expires_date=expires_date,
        )

        charge_update_request.additional_properties = d
        return charge_update_request

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
