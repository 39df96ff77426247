from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMeterPropertyVariableValuesRequest")


@_attrs_define
class UpdateMeterPropertyVariableValuesRequest:
    """
    Attributes:
        add (list[str] | None | Unset):
        remove (list[str] | None | Unset):
    """

    add: list[str] | None | Unset = UNSET
    remove: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: list[str] | None | Unset
        if isinstance(self.add, Unset):
            add = UNSET
        elif isinstance(self.add, list):
            add = self.add

        else:
            add = self.add

        remove: list[str] | None | Unset
        if isinstance(self.remove, Unset):
            remove = UNSET
        elif isinstance(self.remove, list):
            remove = self.remove

        else:
            remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_add(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                add_type_0 = cast(list[str], data)

                return add_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        add = _parse_add(d.pop("add", UNSET))

        def _parse_remove(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                remove_type_0 = cast(list[str], data)

                return remove_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        remove = _parse_remove(d.pop("remove", UNSET))

        update_meter_property_variable_values_request = cls(
            add=add,
            remove=remove,
        )

        update_meter_property_variable_values_request.additional_properties = d
        return update_meter_property_variable_values_request

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
