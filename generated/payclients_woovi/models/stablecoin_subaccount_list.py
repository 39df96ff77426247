from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_subaccount import StablecoinSubaccount


T = TypeVar("T", bound="StablecoinSubaccountList")


@_attrs_define
class StablecoinSubaccountList:
    """
    Attributes:
        status (str | Unset):
        sub_accounts (list[StablecoinSubaccount] | Unset):
    """

    status: str | Unset = UNSET
    sub_accounts: list[StablecoinSubaccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        sub_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_accounts, Unset):
            sub_accounts = []
            for sub_accounts_item_data in self.sub_accounts:
                sub_accounts_item = sub_accounts_item_data.to_dict()
                sub_accounts.append(sub_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sub_accounts is not UNSET:
            field_dict["subAccounts"] = sub_accounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_subaccount import StablecoinSubaccount

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _sub_accounts = d.pop("subAccounts", UNSET)
        sub_accounts: list[StablecoinSubaccount] | Unset = UNSET
        if _sub_accounts is not UNSET:
            sub_accounts = []
            for sub_accounts_item_data in _sub_accounts:
                sub_accounts_item = StablecoinSubaccount.from_dict(sub_accounts_item_data)

                sub_accounts.append(sub_accounts_item)

        stablecoin_subaccount_list = cls(
            status=status,
            sub_accounts=sub_accounts,
        )

        stablecoin_subaccount_list.additional_properties = d
        return stablecoin_subaccount_list

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
