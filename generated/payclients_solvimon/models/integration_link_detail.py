from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationLinkDetail")


@_attrs_define
class IntegrationLinkDetail:
    """How to build a link to a resource in the integrated system.

    Attributes:
        base_url (str | Unset):
        custom_field_reference (str | Unset):
    """

    base_url: str | Unset = UNSET
    custom_field_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        custom_field_reference = self.custom_field_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if custom_field_reference is not UNSET:
            field_dict["custom_field_reference"] = custom_field_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_url = d.pop("base_url", UNSET)

        custom_field_reference = d.pop("custom_field_reference", UNSET)

        integration_link_detail = cls(
            base_url=base_url,
            custom_field_reference=custom_field_reference,
        )

        integration_link_detail.additional_properties = d
        return integration_link_detail

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
