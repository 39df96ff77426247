from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCompany")


@_attrs_define
class WebhookCompany:
    """Company that owns the resource of a webhook.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        name_friendly (str | Unset):
        tax_id (str | Unset):
        correlation_id (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    name_friendly: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        name_friendly = self.name_friendly

        tax_id = self.tax_id

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if name_friendly is not UNSET:
            field_dict["nameFriendly"] = name_friendly
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        name_friendly = d.pop("nameFriendly", UNSET)

        tax_id = d.pop("taxID", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        webhook_company = cls(
            id=id,
            name=name,
            name_friendly=name_friendly,
            tax_id=tax_id,
            correlation_id=correlation_id,
        )

        webhook_company.additional_properties = d
        return webhook_company

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
