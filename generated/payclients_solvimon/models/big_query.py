from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BigQuery")


@_attrs_define
class BigQuery:
    """BigQuery export target.

    Attributes:
        project_id (str | Unset):
        dataset_id (str | Unset):
        dataset_location (str | Unset):
        gcs_bucket_name (str | Unset):
        gcs_hmac_key_access_id (str | Unset):
        gcs_hmac_key_secret (str | Unset):
    """

    project_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_location: str | Unset = UNSET
    gcs_bucket_name: str | Unset = UNSET
    gcs_hmac_key_access_id: str | Unset = UNSET
    gcs_hmac_key_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        dataset_id = self.dataset_id

        dataset_location = self.dataset_location

        gcs_bucket_name = self.gcs_bucket_name

        gcs_hmac_key_access_id = self.gcs_hmac_key_access_id

        gcs_hmac_key_secret = self.gcs_hmac_key_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_location is not UNSET:
            field_dict["dataset_location"] = dataset_location
        if gcs_bucket_name is not UNSET:
            field_dict["gcs_bucket_name"] = gcs_bucket_name
        if gcs_hmac_key_access_id is not UNSET:
            field_dict["gcs_hmac_key_access_id"] = gcs_hmac_key_access_id
        if gcs_hmac_key_secret is not UNSET:
            field_dict["gcs_hmac_key_secret"] = gcs_hmac_key_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("project_id", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        dataset_location = d.pop("dataset_location", UNSET)

        gcs_bucket_name = d.pop("gcs_bucket_name", UNSET)

        gcs_hmac_key_access_id = d.pop("gcs_hmac_key_access_id", UNSET)

        gcs_hmac_key_secret = d.pop("gcs_hmac_key_secret", UNSET)

        big_query = cls(
            project_id=project_id,
            dataset_id=dataset_id,
            dataset_location=dataset_location,
            gcs_bucket_name=gcs_bucket_name,
            gcs_hmac_key_access_id=gcs_hmac_key_access_id,
            gcs_hmac_key_secret=gcs_hmac_key_secret,
        )

        big_query.additional_properties = d
        return big_query

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
