from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultValue")


@_attrs_define
class DefaultValue:
    """
    Attributes:
        absent_column (None | str | Unset):
        empty_field (None | str | Unset):
    """

    absent_column: None | str | Unset = UNSET
    empty_field: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absent_column: None | str | Unset
        if isinstance(self.absent_column, Unset):
            absent_column = UNSET
        else:
            absent_column = self.absent_column

        empty_field: None | str | Unset
        if isinstance(self.empty_field, Unset):
            empty_field = UNSET
        else:
            empty_field = self.empty_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if absent_column is not UNSET:
            field_dict["absent_column"] = absent_column
        if empty_field is not UNSET:
            field_dict["empty_field"] = empty_field

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_absent_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        absent_column = _parse_absent_column(d.pop("absent_column", UNSET))

        def _parse_empty_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        empty_field = _parse_empty_field(d.pop("empty_field", UNSET))

        default_value = cls(
            absent_column=absent_column,
            empty_field=empty_field,
        )

        default_value.additional_properties = d
        return default_value

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
