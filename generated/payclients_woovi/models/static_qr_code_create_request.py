from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StaticQrCodeCreateRequest")


@_attrs_define
class StaticQrCodeCreateRequest:
    """
    Attributes:
        name (str):
        correlation_id (str | Unset):
        value (int | Unset): Fixed amount in cents; any amount when omitted.
        comment (str | Unset):
        pix_key (str | Unset): Key that receives the payments; the default key when omitted.
    """

    name: str
    correlation_id: str | Unset = UNSET
    value: int | Unset = UNSET
    comment: str | Unset = UNSET
    pix_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        correlation_id = self.correlation_id

        value = self.value

        comment = self.comment

        pix_key = self.pix_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if value is not UNSET:
            field_dict["value"] = value
        if comment is not UNSET:
            field_dict["comment"] = comment
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        correlation_id = d.pop("correlationID", UNSET)

        value = d.pop("value", UNSET)

        comment = d.pop("comment", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        static_qr_code_create_request = cls(
            name=name,
            correlation_id=correlation_id,
            value=value,
            comment=comment,
            pix_key=pix_key,
        )

        static_qr_code_create_request.additional_properties = d
        return static_qr_code_create_request

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
