from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformUpToDateReprocess")


@_attrs_define
class PlatformUpToDateReprocess:
    """
    Attributes:
        in_progress (bool | None | Unset):
        in_error (bool | None | Unset):
        items_scheduled (int | None | Unset):
    """

    in_progress: bool | None | Unset = UNSET
    in_error: bool | None | Unset = UNSET
    items_scheduled: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_progress: bool | None | Unset
        if isinstance(self.in_progress, Unset):
            in_progress = UNSET
        else:
            in_progress = self.in_progress

        in_error: bool | None | Unset
        if isinstance(self.in_error, Unset):
            in_error = UNSET
        else:
            in_error = self.in_error

        items_scheduled: int | None | Unset
        if isinstance(self.items_scheduled, Unset):
            items_scheduled = UNSET
        else:
            items_scheduled = self.items_scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_progress is not UNSET:
            field_dict["in_progress"] = in_progress
        if in_error is not UNSET:
            field_dict["in_error"] = in_error
        if items_scheduled is not UNSET:
            field_dict["items_scheduled"] = items_scheduled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_in_progress(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_progress = _parse_in_progress(d.pop("in_progress", UNSET))

        def _parse_in_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_error = _parse_in_error(d.pop("in_error", UNSET))

        def _parse_items_scheduled(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_scheduled = _parse_items_scheduled(d.pop("items_scheduled", UNSET))

        platform_up_to_date_reprocess = cls(
            in_progress=in_progress,
            in_error=in_error,
            items_scheduled=items_scheduled,
        )

        platform_up_to_date_reprocess.additional_properties = d
        return platform_up_to_date_reprocess

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
