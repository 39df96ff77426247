from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerAccount")


@_attrs_define
class PartnerAccount:
    """
    Attributes:
        client_id (str | Unset):
        name (str | Unset):
        account_id (str | Unset):
        branch (str | Unset):
        account (str | Unset):
    """

    client_id: str | Unset = UNSET
    name: str | Unset = UNSET
    account_id: str | Unset = UNSET
    branch: str | Unset = UNSET
    account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        name = self.name

        account_id = self.account_id

        branch = self.branch

        account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if name is not UNSET:
            field_dict["name"] = name
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if branch is not UNSET:
            field_dict["branch"] = branch
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        name = d.pop("name", UNSET)

        account_id = d.pop("accountId", UNSET)

        branch = d.pop("branch", UNSET)

        account = d.pop("account", UNSET)

        partner_account = cls(
            client_id=client_id,
            name=name,
            account_id=account_id,
            branch=branch,
            account=account,
        )

        partner_account.additional_properties = d
        return partner_account

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
