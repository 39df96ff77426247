from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_child_role import RoleChildRole


T = TypeVar("T", bound="UpdateRoleRequest")


@_attrs_define
class UpdateRoleRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (str | Unset):
        description (str | Unset):
        entity_id (None | str | Unset):
        child_role_ids (list[str] | Unset):
        child_roles (list[RoleChildRole] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    child_role_ids: list[str] | Unset = UNSET
    child_roles: list[RoleChildRole] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        description = self.description

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        child_role_ids: list[str] | Unset = UNSET
        if not isinstance(self.child_role_ids, Unset):
            child_role_ids = self.child_role_ids

        child_roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.child_roles, Unset):
            child_roles = UNSET
        elif isinstance(self.child_roles, list):
            child_roles = []
            for child_roles_type_0_item_data in self.child_roles:
                child_roles_type_0_item = child_roles_type_0_item_data.to_dict()
                child_roles.append(child_roles_type_0_item)

        else:
            child_roles = self.child_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if child_role_ids is not UNSET:
            field_dict["child_role_ids"] = child_role_ids
        if child_roles is not UNSET:
            field_dict["child_roles"] = child_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.role_child_role import RoleChildRole

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entity_id", UNSET))

        child_role_ids = cast(list[str], d.pop("child_role_ids", UNSET))

        def _parse_child_roles(data: object) -> list[RoleChildRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                child_roles_type_0 = []
                _child_roles_type_0 = data
                for child_roles_type_0_item_data in _child_roles_type_0:
                    child_roles_type_0_item = RoleChildRole.from_dict(child_roles_type_0_item_data)

                    child_roles_type_0.append(child_roles_type_0_item)

                return child_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoleChildRole] | None | Unset, data)

        child_roles = _parse_child_roles(d.pop("child_roles", UNSET))

        update_role_request = cls(
            object_type=object_type,
            id=id,
            name=name,
            description=description,
            entity_id=entity_id,
            child_role_ids=child_role_ids,
            child_roles=child_roles,
        )

        update_role_request.additional_properties = d
        return update_role_request

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
