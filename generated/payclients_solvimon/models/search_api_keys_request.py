from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchApiKeysRequest")


@_attrs_define
class SearchApiKeysRequest:
    """
    Attributes:
        resource_id (None | str | Unset):
        username (None | str | Unset):
        user_type (None | str | Unset):
        include_inactive (bool | None | Unset):
    """

    resource_id: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    user_type: None | str | Unset = UNSET
    include_inactive: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        user_type: None | str | Unset
        if isinstance(self.user_type, Unset):
            user_type = UNSET
        else:
            user_type = self.user_type

        include_inactive: bool | None | Unset
        if isinstance(self.include_inactive, Unset):
            include_inactive = UNSET
        else:
            include_inactive = self.include_inactive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if username is not UNSET:
            field_dict["username"] = username
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if include_inactive is not UNSET:
            field_dict["include_inactive"] = include_inactive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_resource_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_user_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_type = _parse_user_type(d.pop("user_type", UNSET))

        def _parse_include_inactive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_inactive = _parse_include_inactive(d.pop("include_inactive", UNSET))

        search_api_keys_request = cls(
            resource_id=resource_id,
            username=username,
            user_type=user_type,
            include_inactive=include_inactive,
        )

        search_api_keys_request.additional_properties = d
        return search_api_keys_request

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
