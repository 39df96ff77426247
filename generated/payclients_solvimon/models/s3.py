from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.s3_authentication_type import S3AuthenticationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="S3")


@_attrs_define
class S3:
    """Amazon S3 export target.

    Attributes:
        bucket_name (str | Unset):
        bucket_path (str | Unset):
        bucket_region (str | Unset):
        authentication_type (None | S3AuthenticationType | Unset):
        role_arn (None | str | Unset):
        external_id (None | str | Unset):
    """

    bucket_name: str | Unset = UNSET
    bucket_path: str | Unset = UNSET
    bucket_region: str | Unset = UNSET
    authentication_type: None | S3AuthenticationType | Unset = UNSET
    role_arn: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        bucket_path = self.bucket_path

        bucket_region = self.bucket_region

        authentication_type: None | str | Unset
        if isinstance(self.authentication_type, Unset):
            authentication_type = UNSET
        elif isinstance(self.authentication_type, S3AuthenticationType):
            authentication_type = self.authentication_type.value
        else:
            authentication_type = self.authentication_type

        role_arn: None | str | Unset
        if isinstance(self.role_arn, Unset):
            role_arn = UNSET
        else:
            role_arn = self.role_arn

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if bucket_path is not UNSET:
            field_dict["bucket_path"] = bucket_path
        if bucket_region is not UNSET:
            field_dict["bucket_region"] = bucket_region
        if authentication_type is not UNSET:
            field_dict["authentication_type"] = authentication_type
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket_name = d.pop("bucket_name", UNSET)

        bucket_path = d.pop("bucket_path", UNSET)

        bucket_region = d.pop("bucket_region", UNSET)

        def _parse_authentication_type(data: object) -> None | S3AuthenticationType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authentication_type_type_0 = S3AuthenticationType(data)

                return authentication_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | S3AuthenticationType | Unset, data)

        authentication_type = _parse_authentication_type(d.pop("authentication_type", UNSET))

        def _parse_role_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_arn = _parse_role_arn(d.pop("role_arn", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        s3 = cls(
            bucket_name=bucket_name,
            bucket_path=bucket_path,
            bucket_region=bucket_region,
            authentication_type=authentication_type,
            role_arn=role_arn,
            external_id=external_id,
        )

        s3.additional_properties = d
        return s3

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
