from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_balance_value import WalletBalanceValue


T = TypeVar("T", bound="WalletBalanceStatus")


@_attrs_define
class WalletBalanceStatus:
    """
    Attributes:
        balance (None | Unset | WalletBalanceValue):
        reserved_balance (None | Unset | WalletBalanceValue):
        open_balance (None | Unset | WalletBalanceValue):
        balance_at (None | str | Unset):
    """

    balance: None | Unset | WalletBalanceValue = UNSET
    reserved_balance: None | Unset | WalletBalanceValue = UNSET
    open_balance: None | Unset | WalletBalanceValue = UNSET
    balance_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.wallet_balance_value import WalletBalanceValue

        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, WalletBalanceValue):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        reserved_balance: dict[str, Any] | None | Unset
        if isinstance(self.reserved_balance, Unset):
            reserved_balance = UNSET
        elif isinstance(self.reserved_balance, WalletBalanceValue):
            reserved_balance = self.reserved_balance.to_dict()
        else:
            reserved_balance = self.reserved_balance

        open_balance: dict[str, Any] | None | Unset
        if isinstance(self.open_balance, Unset):
            open_balance = UNSET
        elif isinstance(self.open_balance, WalletBalanceValue):
            open_balance = self.open_balance.to_dict()
        else:
            open_balance = self.open_balance

        balance_at: None | str | Unset
        if isinstance(self.balance_at, Unset):
            balance_at = UNSET
        else:
            balance_at = self.balance_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = reserved_balance
        if open_balance is not UNSET:
            field_dict["open_balance"] = open_balance
        if balance_at is not UNSET:
            field_dict["balance_at"] = balance_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wallet_balance_value import WalletBalanceValue

        d = dict(src_dict)

        def _parse_balance(data: object) -> None | Unset | WalletBalanceValue:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_type_0 = WalletBalanceValue.from_dict(data)

                return balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletBalanceValue, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_reserved_balance(data: object) -> None | Unset | WalletBalanceValue:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reserved_balance_type_0 = WalletBalanceValue.from_dict(data)

                return reserved_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletBalanceValue, data)

        reserved_balance = _parse_reserved_balance(d.pop("reserved_balance", UNSET))

        def _parse_open_balance(data: object) -> None | Unset | WalletBalanceValue:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                open_balance_type_0 = WalletBalanceValue.from_dict(data)

                return open_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletBalanceValue, data)

        open_balance = _parse_open_balance(d.pop("open_balance", UNSET))

        def _parse_balance_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance_at = _parse_balance_at(d.pop("balance_at", UNSET))

        wallet_balance_status = cls(
            balance=balance,
            reserved_balance=reserved_balance,
            open_balance=open_balance,
            balance_at=balance_at,
        )

        wallet_balance_status.additional_properties = d
        return wallet_balance_status

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
