from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountBalanceChange")


@_attrs_define
class SubaccountBalanceChange:
    """
    Attributes:
        pix_key (str | Unset):
        value (int | Unset):
        description (str | Unset): The text sent with the operation.
        success (str | Unset): Confirmation message.
    """

    pix_key: str | Unset = UNSET
    value: int | Unset = UNSET
    description: str | Unset = UNSET
    success: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pix_key = self.pix_key

        value = self.value

        description = self.description

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pix_key = d.pop("pixKey", UNSET)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        success = d.pop("success", UNSET)

        subaccount_balance_change = cls(
            pix_key=pix_key,
            value=value,
            description=description,
            success=success,
        )

        subaccount_balance_change.additional_properties = d
        return subaccount_balance_change

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
