from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_balance_status import WalletBalanceStatus


T = TypeVar("T", bound="CustomerWalletBalanceStatus")


@_attrs_define
class CustomerWalletBalanceStatus:
    """
    Attributes:
        wallet_id (None | str | Unset):
        wallet_balance (None | Unset | WalletBalanceStatus):
    """

    wallet_id: None | str | Unset = UNSET
    wallet_balance: None | Unset | WalletBalanceStatus = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.wallet_balance_status import WalletBalanceStatus

        wallet_id: None | str | Unset
        if isinstance(self.wallet_id, Unset):
            wallet_id = UNSET
        else:
            wallet_id = self.wallet_id

        wallet_balance: dict[str, Any] | None | Unset
        if isinstance(self.wallet_balance, Unset):
            wallet_balance = UNSET
        elif isinstance(self.wallet_balance, WalletBalanceStatus):
            wallet_balance = self.wallet_balance.to_dict()
        else:
            wallet_balance = self.wallet_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if wallet_balance is not UNSET:
            field_dict["wallet_balance"] = wallet_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wallet_balance_status import WalletBalanceStatus

        d = dict(src_dict)

        def _parse_wallet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_id = _parse_wallet_id(d.pop("wallet_id", UNSET))

        def _parse_wallet_balance(data: object) -> None | Unset | WalletBalanceStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wallet_balance_type_0 = WalletBalanceStatus.from_dict(data)

                return wallet_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletBalanceStatus, data)

        wallet_balance = _parse_wallet_balance(d.pop("wallet_balance", UNSET))

        customer_wallet_balance_status = cls(
            wallet_id=wallet_id,
            wallet_balance=wallet_balance,
        )

        customer_wallet_balance_status.additional_properties = d
        return customer_wallet_balance_status

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
