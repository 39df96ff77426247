from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indexing_settings_rounding_mode import IndexingSettingsRoundingMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexingSettings")


@_attrs_define
class IndexingSettings:
    """
    Attributes:
        percentage (str | Unset):
        rounding_mode (IndexingSettingsRoundingMode | Unset):
        number_of_decimals (int | None | Unset):
    """

    percentage: str | Unset = UNSET
    rounding_mode: IndexingSettingsRoundingMode | Unset = UNSET
    number_of_decimals: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentage = self.percentage

        rounding_mode: str | Unset = UNSET
        if not isinstance(self.rounding_mode, Unset):
            rounding_mode = self.rounding_mode.value

        number_of_decimals: int | None | Unset
        if isinstance(self.number_of_decimals, Unset):
            number_of_decimals = UNSET
        else:
            number_of_decimals = self.number_of_decimals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if rounding_mode is not UNSET:
            field_dict["rounding_mode"] = rounding_mode
        if number_of_decimals is not UNSET:
            field_dict["number_of_decimals"] = number_of_decimals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        percentage = d.pop("percentage", UNSET)

        _rounding_mode = d.pop("rounding_mode", UNSET)
        rounding_mode: IndexingSettingsRoundingMode | Unset
        if isinstance(_rounding_mode, Unset):
            rounding_mode = UNSET
        else:
            rounding_mode = IndexingSettingsRoundingMode(_rounding_mode)

        def _parse_number_of_decimals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_decimals = _parse_number_of_decimals(d.pop("number_of_decimals", UNSET))

        indexing_settings = cls(
            percentage=percentage,
            rounding_mode=rounding_mode,
            number_of_decimals=number_of_decimals,
        )

        indexing_settings.additional_properties = d
        return indexing_settings

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
