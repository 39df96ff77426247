from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_line_status import FileLineStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileLine")


@_attrs_define
class FileLine:
    """
    Attributes:
        file_id (str | Unset):
        line_item_number (int | Unset):
        data (str | Unset):
        status (FileLineStatus | Unset):
        message (str | Unset):
    """

    file_id: str | Unset = UNSET
    line_item_number: int | Unset = UNSET
    data: str | Unset = UNSET
    status: FileLineStatus | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        line_item_number = self.line_item_number

        data = self.data

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if line_item_number is not UNSET:
            field_dict["line_item_number"] = line_item_number
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        line_item_number = d.pop("line_item_number", UNSET)

        data = d.pop("data", UNSET)

        _status = d.pop("status", UNSET)
        status: FileLineStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FileLineStatus(_status)

        message = d.pop("message", UNSET)

        file_line = cls(
            file_id=file_id,
            line_item_number=line_item_number,
            data=data,
            status=status,
            message=message,
        )

        file_line.additional_properties = d
        return file_line

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
