from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balance import AccountBalance


T = TypeVar("T", bound="CompanyBankAccount")


@_attrs_define
class CompanyBankAccount:
    """
    Attributes:
        account_id (str):
        is_default (bool):
        balance (AccountBalance): Balances in cents.
        tax_id (str | Unset):
        official_name (str | Unset):
        trade_name (str | Unset):
        branch (str | Unset):
        account (str | Unset):
        account_name (str | Unset):
    """

    account_id: str
    is_default: bool
    balance: AccountBalance
    tax_id: str | Unset = UNSET
    official_name: str | Unset = UNSET
    trade_name: str | Unset = UNSET
    branch: str | Unset = UNSET
    account: str | Unset = UNSET
    account_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        is_default = self.is_default

        balance = self.balance.to_dict()

        tax_id = self.tax_id

        official_name = self.official_name

        trade_name = self.trade_name

        branch = self.branch

        account = self.account

        account_name = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "isDefault": is_default,
                "balance": balance,
            }
        )
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if official_name is not UNSET:
            field_dict["officialName"] = official_name
        if trade_name is not UNSET:
            field_dict["tradeName"] = trade_name
        if branch is not UNSET:
            field_dict["branch"] = branch
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["accountName"] = account_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_balance import AccountBalance

        d = dict(src_dict)
        account_id = d.pop("accountId")

        is_default = d.pop("isDefault")

        balance = AccountBalance.from_dict(d.pop("balance"))

        tax_id = d.pop("taxId", UNSET)

        official_name = d.pop("officialName", UNSET)

        trade_name = d.pop("tradeName", UNSET)

        branch = d.pop("branch", UNSET)

        account = d.pop("account", UNSET)

        account_name = d.pop("accountName", UNSET)

        company_bank_account = cls(
            account_id=account_id,
            is_default=is_default,
            balance=balance,
            tax_id=tax_id,
            official_name=official_name,
            trade_name=trade_name,
            branch=branch,
            account=account,
            account_name=account_name,
        )

        company_bank_account.additional_properties = d
        return company_bank_account

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
