from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchField")


@_attrs_define
class SearchField:
    """Text match on one field.

    Attributes:
        name (None | str | Unset):
        value (str | Unset):
        wildcard_start (bool | Unset):
        wildcard_end (bool | Unset):
        ignore_case (bool | Unset):
    """

    name: None | str | Unset = UNSET
    value: str | Unset = UNSET
    wildcard_start: bool | Unset = UNSET
    wildcard_end: bool | Unset = UNSET
    ignore_case: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        value = self.value

        wildcard_start = self.wildcard_start

        wildcard_end = self.wildcard_end

        ignore_case = self.ignore_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if wildcard_start is not UNSET:
            field_dict["wildcard_start"] = wildcard_start
        if wildcard_end is not UNSET:
            field_dict["wildcard_end"] = wildcard_end
        if ignore_case is not UNSET:
            field_dict["ignore_case"] = ignore_case

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        value = d.pop("value", UNSET)

        wildcard_start = d.pop("wildcard_start", UNSET)

        wildcard_end = d.pop("wildcard_end", UNSET)

        ignore_case = d.pop("ignore_case", UNSET)

        search_field = cls(
            name=name,
            value=value,
            wildcard_start=wildcard_start,
            wildcard_end=wildcard_end,
            ignore_case=ignore_case,
        )

        search_field.additional_properties = d
        return search_field

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
