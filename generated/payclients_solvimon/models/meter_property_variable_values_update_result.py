from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeterPropertyVariableValuesUpdateResult")


@_attrs_define
class MeterPropertyVariableValuesUpdateResult:
    """
    Attributes:
        added (int | None | Unset):
        removed (int | None | Unset):
        skipped (int | None | Unset):
        value_count (int | None | Unset):
    """

    added: int | None | Unset = UNSET
    removed: int | None | Unset = UNSET
    skipped: int | None | Unset = UNSET
    value_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: int | None | Unset
        if isinstance(self.added, Unset):
            added = UNSET
        else:
            added = self.added

        removed: int | None | Unset
        if isinstance(self.removed, Unset):
            removed = UNSET
        else:
            removed = self.removed

        skipped: int | None | Unset
        if isinstance(self.skipped, Unset):
            skipped = UNSET
        else:
            skipped = self.skipped

        value_count: int | None | Unset
        if isinstance(self.value_count, Unset):
            value_count = UNSET
        else:
            value_count = self.value_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if removed is not UNSET:
            field_dict["removed"] = removed
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if value_count is not UNSET:
            field_dict["value_count"] = value_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_added(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        added = _parse_added(d.pop("added", UNSET))

        def _parse_removed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        removed = _parse_removed(d.pop("removed", UNSET))

        def _parse_skipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skipped = _parse_skipped(d.pop("skipped", UNSET))

        def _parse_value_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_count = _parse_value_count(d.pop("value_count", UNSET))

        meter_property_variable_values_update_result = cls(
            added=added,
            removed=removed,
            skipped=skipped,
            value_count=value_count,
        )

        meter_property_variable_values_update_result.additional_properties = d
        return meter_property_variable_values_update_result

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
