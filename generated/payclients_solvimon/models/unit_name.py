from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitName")


@_attrs_define
class UnitName:
    """Singular and plural name of a unit.

    Attributes:
        singular (str | Unset):
        plural (None | str | Unset):
    """

    singular: str | Unset = UNSET
    plural: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        singular = self.singular

        plural: None | str | Unset
        if isinstance(self.plural, Unset):
            plural = UNSET
        else:
            plural = self.plural

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if singular is not UNSET:
            field_dict["singular"] = singular
        if plural is not UNSET:
            field_dict["plural"] = plural

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        singular = d.pop("singular", UNSET)

        def _parse_plural(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural = _parse_plural(d.pop("plural", UNSET))

        unit_name = cls(
            singular=singular,
            plural=plural,
        )

        unit_name.additional_properties = d
        return unit_name

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
