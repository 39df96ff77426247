from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credits_ import Credits


T = TypeVar("T", bound="AutoTopupThreshold")


@_attrs_define
class AutoTopupThreshold:
    """
    Attributes:
        amount (Amount | None | Unset):
        credits_ (Credits | None | Unset):
    """

    amount: Amount | None | Unset = UNSET
    credits_: Credits | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amount import Amount
        from ..models.credits_ import Credits

        amount: dict[str, Any] | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, Amount):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        credits_: dict[str, Any] | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        elif isinstance(self.credits_, Credits):
            credits_ = self.credits_.to_dict()
        else:
            credits_ = self.credits_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        def _parse_amount(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_0 = Amount.from_dict(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_credits_(data: object) -> Credits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credits_type_0 = Credits.from_dict(data)

                return credits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Credits | None | Unset, data)

        credits_ = _parse_credits_(d.pop("credits", UNSET))

        auto_topup_threshold = cls(
            amount=amount,
            credits_=credits_,
        )

        auto_topup_threshold.additional_properties = d
        return auto_topup_threshold

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
