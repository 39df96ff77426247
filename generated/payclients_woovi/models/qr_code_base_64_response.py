from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QrCodeBase64Response")


@_attrs_define
class QrCodeBase64Response:
    """
    Attributes:
        success (bool | Unset):
        image_base_64 (str | Unset): Data URI (data:image/png;base64,...).
    """

    success: bool | Unset = UNSET
    image_base_64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        image_base_64 = self.image_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if image_base_64 is not UNSET:
            field_dict["imageBase64"] = image_base_64

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        image_base_64 = d.pop("imageBase64", UNSET)

        qr_code_base_64_response = cls(
            success=success,
            image_base_64=image_base_64,
        )

        qr_code_base_64_response.additional_properties = d
        return qr_code_base_64_response

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
