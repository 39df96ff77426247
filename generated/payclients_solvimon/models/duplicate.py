from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Duplicate")


@_attrs_define
class Duplicate:
    """
    Attributes:
        of_meter_data_id (None | str | Unset):
    """

    of_meter_data_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        of_meter_data_id: None | str | Unset
        if isinstance(self.of_meter_data_id, Unset):
            of_meter_data_id = UNSET
        else:
            of_meter_data_id = self.of_meter_data_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if of_meter_data_id is not UNSET:
            field_dict["of_meter_data_id"] = of_meter_data_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_of_meter_data_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        of_meter_data_id = _parse_of_meter_data_id(d.pop("of_meter_data_id", UNSET))

        duplicate = cls(
            of_meter_data_id=of_meter_data_id,
        )

        duplicate.additional_properties = d
        return duplicate

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
