from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_balance_map import StablecoinBalanceMap


T = TypeVar("T", bound="StablecoinBalances")


@_attrs_define
class StablecoinBalances:
    """
    Attributes:
        status (str | Unset):
        sub_account_id (str | Unset):
        balances (StablecoinBalanceMap | Unset): Balance per asset code, in units of the asset.
    """

    status: str | Unset = UNSET
    sub_account_id: str | Unset = UNSET
    balances: StablecoinBalanceMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        sub_account_id = self.sub_account_id

        balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = self.balances.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id
        if balances is not UNSET:
            field_dict["balances"] = balances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_balance_map import StablecoinBalanceMap

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        sub_account_id = d.pop("subAccountId", UNSET)

        _balances = d.pop("balances", UNSET)
        balances: StablecoinBalanceMap | Unset
        if isinstance(_balances, Unset):
            balances = UNSET
        else:
            balances = StablecoinBalanceMap.from_dict(_balances)

        stablecoin_balances = cls(
            status=status,
            sub_account_id=sub_account_id,
            balances=balances,
        )

        stablecoin_balances.additional_properties = d
        return stablecoin_balances

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
