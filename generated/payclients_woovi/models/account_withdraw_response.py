from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_withdrawal import AccountWithdrawal


T = TypeVar("T", bound="AccountWithdrawResponse")


@_attrs_define
class AccountWithdrawResponse:
    """
    Attributes:
        withdraw (AccountWithdrawal | Unset):
    """

    withdraw: AccountWithdrawal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdraw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withdraw, Unset):
            withdraw = self.withdraw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if withdraw is not UNSET:
            field_dict["withdraw"] = withdraw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_withdrawal import AccountWithdrawal

        d = dict(src_dict)
        _withdraw = d.pop("withdraw", UNSET)
        withdraw: AccountWithdrawal | Unset
        if isinstance(_withdraw, Unset):
            withdraw = UNSET
        else:
            withdraw = AccountWithdrawal.from_dict(_withdraw)

        account_withdraw_response = cls(
            withdraw=withdraw,
        )

        account_withdraw_response.additional_properties = d
        return account_withdraw_response

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
