from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnticipationFrequencyOverride")


@_attrs_define
class AnticipationFrequencyOverride:
    """
    Attributes:
        max_advances (int | Unset):
        period_days (int | Unset):
    """

    max_advances: int | Unset = UNSET
    period_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_advances = self.max_advances

        period_days = self.period_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_advances is not UNSET:
            field_dict["maxAdvances"] = max_advances
        if period_days is not UNSET:
            field_dict["periodDays"] = period_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_advances = d.pop("maxAdvances", UNSET)

        period_days = d.pop("periodDays", UNSET)

        anticipation_frequency_override = cls(
            max_advances=max_advances,
            period_days=period_days,
        )

        anticipation_frequency_override.additional_properties = d
        return anticipation_frequency_override

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
