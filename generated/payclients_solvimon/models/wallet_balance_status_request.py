from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletBalanceStatusRequest")


@_attrs_define
class WalletBalanceStatusRequest:
    """
    Attributes:
        balance_at (datetime.datetime | Unset):
    """

    balance_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_at: str | Unset = UNSET
        if not isinstance(self.balance_at, Unset):
            balance_at = self.balance_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance_at is not UNSET:
            field_dict["balance_at"] = balance_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _balance_at = d.pop("balance_at", UNSET)
        balance_at: datetime.datetime | Unset
        if isinstance(_balance_at, Unset):
            balance_at = UNSET
        else:
            balance_at = datetime.datetime.fromisoformat(_balance_at)

        wallet_balance_status_request = cls(
            balance_at=balance_at,
        )

        wallet_balance_status_request.additional_properties = d
        return wallet_balance_status_request

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
