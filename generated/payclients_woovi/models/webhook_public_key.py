from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPublicKey")


@_attrs_define
class WebhookPublicKey:
    """
    Attributes:
        key_identifier (str | Unset): SHA-256 of the DER-encoded key, in hex.
        key (str | Unset): PEM-encoded RSA public key.
        is_current (bool | Unset):
    """

    key_identifier: str | Unset = UNSET
    key: str | Unset = UNSET
    is_current: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_identifier = self.key_identifier

        key = self.key

        is_current = self.is_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_identifier is not UNSET:
            field_dict["key_identifier"] = key_identifier
        if key is not UNSET:
            field_dict["key"] = key
        if is_current is not UNSET:
            field_dict["is_current"] = is_current

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key_identifier = d.pop("key_identifier", UNSET)

        key = d.pop("key", UNSET)

        is_current = d.pop("is_current", UNSET)

        webhook_public_key = cls(
            key_identifier=key_identifier,
            key=key,
            is_current=is_current,
        )

        webhook_public_key.additional_properties = d
        return webhook_public_key

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
