from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountRepresentation")


@_attrs_define
class AccountRepresentation:
    """
    Attributes:
        id (str | Unset):
        reference (str | Unset):
        account_type_code (str | Unset):
        environment (str | Unset):
        account_group_id (str | Unset):
        parent_id (None | str | Unset):
        platform_id (None | str | Unset):
    """

    id: str | Unset = UNSET
    reference: str | Unset = UNSET
    account_type_code: str | Unset = UNSET
    environment: str | Unset = UNSET
    account_group_id: str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    platform_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reference = self.reference

        account_type_code = self.account_type_code

        environment = self.environment

        account_group_id = self.account_group_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        platform_id: None | str | Unset
        if isinstance(self.platform_id, Unset):
            platform_id = UNSET
        else:
            platform_id = self.platform_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if account_type_code is not UNSET:
            field_dict["account_type_code"] = account_type_code
        if environment is not UNSET:
            field_dict["environment"] = environment
        if account_group_id is not UNSET:
            field_dict["account_group_id"] = account_group_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if platform_id is not UNSET:
            field_dict["platform_id"] = platform_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        reference = d.pop("reference", UNSET)

        account_type_code = d.pop("account_type_code", UNSET)

        environment = d.pop("environment", UNSET)

        account_group_id = d.pop("account_group_id", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_platform_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform_id = _parse_platform_id(d.pop("platform_id", UNSET))

        account_representation = cls(
            id=id,
            reference=reference,
            account_type_code=account_type_code,
            environment=environment,
            account_group_id=account_group_id,
            parent_id=parent_id,
            platform_id=platform_id,
        )

        account_representation.additional_properties = d
        return account_representation

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
