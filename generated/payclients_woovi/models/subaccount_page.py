from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.subaccount import Subaccount


T = TypeVar("T", bound="SubaccountPage")


@_attrs_define
class SubaccountPage:
    """The docs spell the list key both `subaccounts` and `subAccounts`; both are read.

    Attributes:
        subaccounts (list[Subaccount] | Unset):
        sub_accounts (list[Subaccount] | Unset):
        page_info (PageInfo | Unset): Offset pagination block. Ask for the next page with skip + limit while hasNextPage
            is true.
    """

    subaccounts: list[Subaccount] | Unset = UNSET
    sub_accounts: list[Subaccount] | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccounts, Unset):
            subaccounts = []
            for subaccounts_item_data in self.subaccounts:
                subaccounts_item = subaccounts_item_data.to_dict()
                subaccounts.append(subaccounts_item)

        sub_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_accounts, Unset):
            sub_accounts = []
            for sub_accounts_item_data in self.sub_accounts:
                sub_accounts_item = sub_accounts_item_data.to_dict()
                sub_accounts.append(sub_accounts_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccounts is not UNSET:
            field_dict["subaccounts"] = subaccounts
        if sub_accounts is not UNSET:
            field_dict["subAccounts"] = sub_accounts
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.subaccount import Subaccount

        d = dict(src_dict)
        _subaccounts = d.pop("subaccounts", UNSET)
        subaccounts: list[Subaccount] | Unset = UNSET
        if _subaccounts is not UNSET:
            subaccounts = []
            for subaccounts_item_data in _subaccounts:
                subaccounts_item = Subaccount.from_dict(subaccounts_item_data)

                subaccounts.append(subaccounts_item)

        _sub_accounts = d.pop("subAccounts", UNSET)
        sub_accounts: list[Subaccount] | Unset = UNSET
        if _sub_accounts is not UNSET:
            sub_accounts = []
            for sub_accounts_item_data in _sub_accounts:
                sub_accounts_item = Subaccount.from_dict(sub_accounts_item_data)

                sub_accounts.append(sub_accounts_item)

        _page_info = d.pop("pageInfo", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        subaccount_page = cls(
            subaccounts=subaccounts,
            sub_accounts=sub_accounts,
            page_info=page_info,
        )

        subaccount_page.additional_properties = d
        return subaccount_page

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
