from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_penalty_type import ChargePenaltyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargePenalty")


@_attrs_define
class ChargePenalty:
    """Interest or fine applied after the due date.

    Attributes:
        value (int | Unset): Cents when FIXED, basis points when PERCENTAGE.
        type_ (ChargePenaltyType | Unset):
    """

    value: int | Unset = UNSET
    type_: ChargePenaltyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChargePenaltyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChargePenaltyType(_type_)

        charge_penalty = cls(
            value=value,
            type_=type_,
        )

        charge_penalty.additional_properties = d
        return charge_penalty

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
