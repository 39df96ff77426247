from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentBankAccount")


@_attrs_define
class PaymentBankAccount:
    """
    Attributes:
        account (str):
        branch (str):
        account_type (str): CACC, SVGS, SLRY or TRAN.
    """

    account: str
    branch: str
    account_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        branch = self.branch

        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "branch": branch,
                "accountType": account_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        branch = d.pop("branch")

        account_type = d.pop("accountType")

        payment_bank_account = cls(
            account=account,
            branch=branch,
            account_type=account_type,
        )

        payment_bank_account.additional_properties = d
        return payment_bank_account

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
