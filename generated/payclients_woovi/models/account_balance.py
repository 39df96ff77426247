from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalance")


@_attrs_define
class AccountBalance:
    """Balances in cents.

    Attributes:
        total (int):
        blocked (int):
        available (int):
        blocked_by_security (int | Unset):
        blocked_by_withdraw_safety (int | Unset):
    """

    total: int
    blocked: int
    available: int
    blocked_by_security: int | Unset = UNSET
    blocked_by_withdraw_safety: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        blocked = self.blocked

        available = self.available

        blocked_by_security = self.blocked_by_security

        blocked_by_withdraw_safety = self.blocked_by_withdraw_safety

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "blocked": blocked,
                "available": available,
            }
        )
        if blocked_by_security is not UNSET:
            field_dict["blockedBySecurity"] = blocked_by_security
        if blocked_by_withdraw_safety is not UNSET:
            field_dict["blockedByWithdrawSafety"] = blocked_by_withdraw_safety

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total")

        blocked = d.pop("blocked")

        available = d.pop("available")

        blocked_by_security = d.pop("blockedBySecurity", UNSET)

        blocked_by_withdraw_safety = d.pop("blockedByWithdrawSafety", UNSET)

        account_balance = cls(
            total=total,
            blocked=blocked,
            available=available,
            blocked_by_security=blocked_by_security,
            blocked_by_withdraw_safety=blocked_by_withdraw_safety,
        )

        account_balance.additional_properties = d
        return account_balance

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
