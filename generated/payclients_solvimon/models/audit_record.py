from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditRecord")


@_attrs_define
class AuditRecord:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        user_id (None | str | Unset):
        target_entity_id (None | str | Unset):
        target_platform_id (None | str | Unset):
        target_resource_type (None | str | Unset):
        target_id (None | str | Unset):
        target_environment (None | str | Unset):
        action (None | str | Unset):
        created_at (None | str | Unset):
        message (None | str | Unset):
        reference (None | str | Unset):
        idempotency_key (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    target_entity_id: None | str | Unset = UNSET
    target_platform_id: None | str | Unset = UNSET
    target_resource_type: None | str | Unset = UNSET
    target_id: None | str | Unset = UNSET
    target_environment: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
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

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        target_entity_id: None | str | Unset
        if isinstance(self.target_entity_id, Unset):
            target_entity_id = UNSET
        else:
            target_entity_id = self.target_entity_id

        target_platform_id: None | str | Unset
        if isinstance(self.target_platform_id, Unset):
            target_platform_id = UNSET
        else:
            target_platform_id = self.target_platform_id

        target_resource_type: None | str | Unset
        if isinstance(self.target_resource_type, Unset):
            target_resource_type = UNSET
        else:
            target_resource_type = self.target_resource_type

        target_id: None | str | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        target_environment: None | str | Unset
        if isinstance(self.target_environment, Unset):
            target_environment = UNSET
        else:
            target_environment = self.target_environment

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if target_entity_id is not UNSET:
            field_dict["target_entity_id"] = target_entity_id
        if target_platform_id is not UNSET:
            field_dict["target_platform_id"] = target_platform_id
        if target_resource_type is not UNSET:
            field_dict["target_resource_type"] = target_resource_type
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if target_environment is not UNSET:
            field_dict["target_environment"] = target_environment
        if action is not UNSET:
            field_dict["action"] = action
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if message is not UNSET:
            field_dict["message"] = message
        if reference is not UNSET:
            field_dict["reference"] = reference
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_target_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_entity_id = _parse_target_entity_id(d.pop("target_entity_id", UNSET))

        def _parse_target_platform_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_platform_id = _parse_target_platform_id(d.pop("target_platform_id", UNSET))

        def _parse_target_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_resource_type = _parse_target_resource_type(d.pop("target_resource_type", UNSET))

        def _parse_target_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_id = _parse_target_id(d.pop("target_id", UNSET))

        def _parse_target_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_environment = _parse_target_environment(d.pop("target_environment", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        audit_record = cls(
            object_type=object_type,
            id=id,
            user_id=user_id,
            target_entity_id=target_entity_id,
            target_platform_id=target_platform_id,
            target_resource_type=target_resource_type,
            target_id=target_id,
            target_environment=target_environment,
            action=action,
            created_at=created_at,
            message=message,
            reference=reference,
            idempotency_key=idempotency_key,
        )

        audit_record.additional_properties = d
        return audit_record

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
