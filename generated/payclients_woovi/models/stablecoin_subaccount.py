from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StablecoinSubaccount")


@_attrs_define
class StablecoinSubaccount:
    """
    Attributes:
        id (str | Unset):
        sub_account_id (str | Unset):
        account (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    sub_account_id: str | Unset = UNSET
    account: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sub_account_id = self.sub_account_id

        account = self.account

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id
        if account is not UNSET:
            field_dict["account"] = account
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sub_account_id = d.pop("subAccountId", UNSET)

        account = d.pop("account", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        stablecoin_subaccount = cls(
            id=id,
            sub_account_id=sub_account_id,
            account=account,
            created_at=created_at,
        )

        stablecoin_subaccount.additional_properties = d
        return stablecoin_subaccount

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
