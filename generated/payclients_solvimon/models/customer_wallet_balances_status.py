from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_wallet_balance_status import CustomerWalletBalanceStatus


T = TypeVar("T", bound="CustomerWalletBalancesStatus")


@_attrs_define
class CustomerWalletBalancesStatus:
    """
    Attributes:
        wallet_balances (list[CustomerWalletBalanceStatus] | None | Unset):
        balance_at (None | str | Unset):
    """

    wallet_balances: list[CustomerWalletBalanceStatus] | None | Unset = UNSET
    balance_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_balances: list[dict[str, Any]] | None | Unset
        if isinstance(self.wallet_balances, Unset):
            wallet_balances = UNSET
        elif isinstance(self.wallet_balances, list):
            wallet_balances = []
            for wallet_balances_type_0_item_data in self.wallet_balances:
                wallet_balances_type_0_item = wallet_balances_type_0_item_data.to_dict()
                wallet_balances.append(wallet_balances_type_0_item)

        else:
            wallet_balances = self.wallet_balances

        balance_at: None | str | Unset
        if isinstance(self.balance_at, Unset):
            balance_at = UNSET
        else:
            balance_at = self.balance_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_balances is not UNSET:
            field_dict["wallet_balances"] = wallet_balances
        if balance_at is not UNSET:
            field_dict["balance_at"] = balance_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_wallet_balance_status import CustomerWalletBalanceStatus

        d = dict(src_dict)

        def _parse_wallet_balances(data: object) -> list[CustomerWalletBalanceStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                wallet_balances_type_0 = []
                _wallet_balances_type_0 = data
                for wallet_balances_type_0_item_data in _wallet_balances_type_0:
                    wallet_balances_type_0_item = CustomerWalletBalanceStatus.from_dict(
                        wallet_balances_type_0_item_data
                    )

                    wallet_balances_type_0.append(wallet_balances_type_0_item)

                return wallet_balances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerWalletBalanceStatus] | None | Unset, data)

        wallet_balances = _parse_wallet_balances(d.pop("wallet_balances", UNSET))

        def _parse_balance_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance_at = _parse_balance_at(d.pop("balance_at", UNSET))

        customer_wallet_balances_status = cls(
            wallet_balances=wallet_balances,
            balance_at=balance_at,
        )

        customer_wallet_balances_status.additional_properties = d
        return customer_wallet_balances_status

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
