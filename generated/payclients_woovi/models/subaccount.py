from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subaccount")


@_attrs_define
class Subaccount:
    """
    Attributes:
        name (str | Unset):
        pix_key (str | Unset):
        balance (int | Unset):
        withdraw_blocked (bool | Unset):
    """

    name: str | Unset = UNSET
    pix_key: str | Unset = UNSET
    balance: int | Unset = UNSET
    withdraw_blocked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pix_key = self.pix_key

        balance = self.balance

        withdraw_blocked = self.withdraw_blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if balance is not UNSET:
            field_dict["balance"] = balance
        if withdraw_blocked is not UNSET:
            field_dict["withdrawBlocked"] = withdraw_blocked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        balance = d.pop("balance", UNSET)

        withdraw_blocked = d.pop("withdrawBlocked", UNSET)

        subaccount = cls(
            name=name,
            pix_key=pix_key,
            balance=balance,
            withdraw_blocked=withdraw_blocked,
        )

        subaccount.additional_properties = d
        return subaccount

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
