from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnticipationBalanceItem")


@_attrs_define
class AnticipationBalanceItem:
    """
    Attributes:
        tax_id (str):
        available_amount (int):
        max_advanceable_amount (int):
    """

    tax_id: str
    available_amount: int
    max_advanceable_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        available_amount = self.available_amount

        max_advanceable_amount = self.max_advanceable_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxID": tax_id,
                "availableAmount": available_amount,
                "maxAdvanceableAmount": max_advanceable_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_id = d.pop("taxID")

        available_amount = d.pop("availableAmount")

        max_advanceable_amount = d.pop("maxAdvanceableAmount")

        anticipation_balance_item = cls(
            tax_id=tax_id,
            available_amount=available_amount,
            max_advanceable_amount=max_advanceable_amount,
        )

        anticipation_balance_item.additional_properties = d
        return anticipation_balance_item

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
