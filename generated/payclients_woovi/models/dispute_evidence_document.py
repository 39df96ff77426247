from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DisputeEvidenceDocument")


@_attrs_define
class DisputeEvidenceDocument:
    """
    Attributes:
        url (str | Unset):
        correlation_id (str | Unset):
        description (str | Unset): What the document shows.
    """

    url: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        correlation_id = self.correlation_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        description = d.pop("description", UNSET)

        dispute_evidence_document = cls(
            url=url,
            correlation_id=correlation_id,
            description=description,
        )

        dispute_evidence_document.additional_properties = d
        return dispute_evidence_document

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
