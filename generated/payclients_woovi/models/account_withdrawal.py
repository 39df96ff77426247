from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_bank_account import CompanyBankAccount
    from ..models.withdraw_transaction import WithdrawTransaction


T = TypeVar("T", bound="AccountWithdrawal")


@_attrs_define
class AccountWithdrawal:
    """
    Attributes:
        account (CompanyBankAccount | Unset):
        transaction (WithdrawTransaction | Unset):
    """

    account: CompanyBankAccount | Unset = UNSET
    transaction: WithdrawTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.company_bank_account import CompanyBankAccount
        from ..models.withdraw_transaction import WithdrawTransaction

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: CompanyBankAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = CompanyBankAccount.from_dict(_account)

        _transaction = d.pop("transaction", UNSET)
        transaction: WithdrawTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = WithdrawTransaction.from_dict(_transaction)

        account_withdrawal = cls(
            account=account,
            transaction=transaction,
        )

        account_withdrawal.additional_properties = d
        return account_withdrawal

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
