from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rounding_setting_rounding_mode import RoundingSettingRoundingMode
from ..models.rounding_setting_rounding_target import RoundingSettingRoundingTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoundingSetting")


@_attrs_define
class RoundingSetting:
    """
    Attributes:
        rounding_target (RoundingSettingRoundingTarget | Unset):
        rounding_mode (RoundingSettingRoundingMode | Unset):
    """

    rounding_target: RoundingSettingRoundingTarget | Unset = UNSET
    rounding_mode: RoundingSettingRoundingMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rounding_target: str | Unset = UNSET
        if not isinstance(self.rounding_target, Unset):
            rounding_target = self.rounding_target.value

        rounding_mode: str | Unset = UNSET
        if not isinstance(self.rounding_mode, Unset):
            rounding_mode = self.rounding_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rounding_target is not UNSET:
            field_dict["rounding_target"] = rounding_target
        if rounding_mode is not UNSET:
            field_dict["rounding_mode"] = rounding_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _rounding_target = d.pop("rounding_target", UNSET)
        rounding_target: RoundingSettingRoundingTarget | Unset
        if isinstance(_rounding_target, Unset):
            rounding_target = UNSET
        else:
            rounding_target = RoundingSettingRoundingTarget(_rounding_target)

        _rounding_mode = d.pop("rounding_mode", UNSET)
        rounding_mode: RoundingSettingRoundingMode | Unset
        if isinstance(_rounding_mode, Unset):
            rounding_mode = UNSET
        else:
            rounding_mode = RoundingSettingRoundingMode(_rounding_mode)

        rounding_setting = cls(
            rounding_target=rounding_target,
            rounding_mode=rounding_mode,
        )

        rounding_setting.additional_properties = d
        return rounding_setting

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
