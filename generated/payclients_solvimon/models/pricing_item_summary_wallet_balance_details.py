from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credits_ import Credits


T = TypeVar("T", bound="PricingItemSummaryWalletBalanceDetails")


@_attrs_define
class PricingItemSummaryWalletBalanceDetails:
    """Wallet credits used and left.

    Attributes:
        used_wallet_credits (Credits | Unset): A quantity of credits of one credit type.
        left_wallet_credits (Credits | Unset): A quantity of credits of one credit type.
        available_wallet_credits (Credits | Unset): A quantity of credits of one credit type.
    """

    used_wallet_credits: Credits | Unset = UNSET
    left_wallet_credits: Credits | Unset = UNSET
    available_wallet_credits: Credits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used_wallet_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.used_wallet_credits, Unset):
            used_wallet_credits = self.used_wallet_credits.to_dict()

        left_wallet_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.left_wallet_credits, Unset):
            left_wallet_credits = self.left_wallet_credits.to_dict()

        available_wallet_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_wallet_credits, Unset):
            available_wallet_credits = self.available_wallet_credits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if used_wallet_credits is not UNSET:
            field_dict["used_wallet_credits"] = used_wallet_credits
        if left_wallet_credits is not UNSET:
            field_dict["left_wallet_credits"] = left_wallet_credits
        if available_wallet_credits is not UNSET:
            field_dict["available_wallet_credits"] = available_wallet_credits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credits_ import Credits

        d = dict(src_dict)
        _used_wallet_credits = d.pop("used_wallet_credits", UNSET)
        used_wallet_credits: Credits | Unset
        if isinstance(_used_wallet_credits, Unset):
            used_wallet_credits = UNSET
        else:
            used_wallet_credits = Credits.from_dict(_used_wallet_credits)

        _left_wallet_credits = d.pop("left_wallet_credits", UNSET)
        left_wallet_credits: Credits | Unset
        if isinstance(_left_wallet_credits, Unset):
            left_wallet_credits = UNSET
        else:
            left_wallet_credits = Credits.from_dict(_left_wallet_credits)

        _available_wallet_credits = d.pop("available_wallet_credits", UNSET)
        available_wallet_credits: Credits | Unset
        if isinstance(_available_wallet_credits, Unset):
            available_wallet_credits = UNSET
        else:
            available_wallet_credits = Credits.from_dict(_available_wallet_credits)

        pricing_item_summary_wallet_balance_details = cls(
            used_wallet_credits=used_wallet_credits,
            left_wallet_credits=left_wallet_credits,
            available_wallet_credits=available_wallet_credits,
        )

        pricing_item_summary_wallet_balance_details.additional_properties = d
        return pricing_item_summary_wallet_balance_details

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
