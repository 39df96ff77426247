from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Gcs")


@_attrs_define
class Gcs:
    """Google Cloud Storage export target.

    Attributes:
        bucket_region (str | Unset):
        bucket_name (str | Unset):
        bucket_path (str | Unset):
        flattening (bool | Unset):
    """

    bucket_region: str | Unset = UNSET
    bucket_name: str | Unset = UNSET
    bucket_path: str | Unset = UNSET
    flattening: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_region = self.bucket_region

        bucket_name = self.bucket_name

        bucket_path = self.bucket_path

        flattening = self.flattening

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_region is not UNSET:
            field_dict["bucket_region"] = bucket_region
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if bucket_path is not UNSET:
            field_dict["bucket_path"] = bucket_path
        if flattening is not UNSET:
            field_dict["flattening"] = flattening

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket_region = d.pop("bucket_region", UNSET)

        bucket_name = d.pop("bucket_name", UNSET)

        bucket_path = d.pop("bucket_path", UNSET)

        flattening = d.pop("flattening", UNSET)

        gcs = cls(
            bucket_region=bucket_region,
            bucket_name=bucket_name,
            bucket_path=bucket_path,
            flattening=flattening,
        )

        gcs.additional_properties = d
        return gcs

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
