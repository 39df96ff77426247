from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credits_ import Credits


T = TypeVar("T", bound="WalletThreshold")


@_attrs_define
class WalletThreshold:
    """
    Attributes:
        percentage (None | str | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        credits_ (Credits | Unset): A quantity of credits of one credit type.
    """

    percentage: None | str | Unset = UNSET
    amount: Amount | Unset = UNSET
    credits_: Credits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentage: None | str | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.credits_ import Credits

        d = dict(src_dict)

        def _parse_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        _credits_ = d.pop("credits", UNSET)
        credits_: Credits | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = Credits.from_dict(_credits_)

        wallet_threshold = cls(
            percentage=percentage,
            amount=amount,
            credits_=credits_,
        )

        wallet_threshold.additional_properties = d
        return wallet_threshold

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
