from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingItemConfigTopUp")


@_attrs_define
class PricingItemConfigTopUp:
    """
    Attributes:
        rollover (bool | None | Unset):
    """

    rollover: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rollover: bool | None | Unset
        if isinstance(self.rollover, Unset):
            rollover = UNSET
        else:
            rollover = self.rollover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rollover is not UNSET:
            field_dict["rollover"] = rollover

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_rollover(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rollover = _parse_rollover(d.pop("rollover", UNSET))

        pricing_item_config_top_up = cls(
            rollover=rollover,
        )

        pricing_item_config_top_up.additional_properties = d
        return pricing_item_config_top_up

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
