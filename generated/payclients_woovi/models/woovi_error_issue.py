from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WooviErrorIssue")


@_attrs_define
class WooviErrorIssue:
    """One validation issue.

    Attributes:
        message (str | Unset):
        code (str | Unset):
        path (list[int | str] | Unset):
    """

    message: str | Unset = UNSET
    code: str | Unset = UNSET
    path: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        path: list[int | str] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item: int | str
                path_item = path_item_data
                path.append(path_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        _path = d.pop("path", UNSET)
        path: list[int | str] | Unset = UNSET
        if _path is not UNSET:
            path = []
            for path_item_data in _path:

                def _parse_path_item(data: object) -> int | str:
                    return cast(int | str, data)

                path_item = _parse_path_item(path_item_data)

                path.append(path_item)

        woovi_error_issue = cls(
            message=message,
            code=code,
            path=path,
        )

        woovi_error_issue.additional_properties = d
        return woovi_error_issue

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
