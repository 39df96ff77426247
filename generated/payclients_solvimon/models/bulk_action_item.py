from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_action_item_generated_resource import BulkActionItemGeneratedResource
    from ..models.bulk_action_item_resource import BulkActionItemResource


T = TypeVar("T", bound="BulkActionItem")


@_attrs_define
class BulkActionItem:
    """
    Attributes:
        id (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        status (str | Unset):
        message (str | Unset):
        target_resource (BulkActionItemResource | Unset):
        generated_resource (BulkActionItemGeneratedResource | Unset):
    """

    id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    target_resource: BulkActionItemResource | Unset = UNSET
    generated_resource: BulkActionItemGeneratedResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        status = self.status

        message = self.message

        target_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_resource, Unset):
            target_resource = self.target_resource.to_dict()

        generated_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generated_resource, Unset):
            generated_resource = self.generated_resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if target_resource is not UNSET:
            field_dict["target_resource"] = target_resource
        if generated_resource is not UNSET:
            field_dict["generated_resource"] = generated_resource

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_action_item_generated_resource import BulkActionItemGeneratedResource
        from ..models.bulk_action_item_resource import BulkActionItemResource

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        _target_resource = d.pop("target_resource", UNSET)
        target_resource: BulkActionItemResource | Unset
        if isinstance(_target_resource, Unset):
            target_resource = UNSET
        else:
            target_resource = BulkActionItemResource.from_dict(_target_resource)

        _generated_resource = d.pop("generated_resource", UNSET)
        generated_resource: BulkActionItemGeneratedResource | Unset
        if isinstance(_generated_resource, Unset):
            generated_resource = UNSET
        else:
            generated_resource = BulkActionItemGeneratedResource.from_dict(_generated_resource)

        bulk_action_item = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            message=message,
            target_resource=target_resource,
            generated_resource=generated_resource,
        )

        bulk_action_item.additional_properties = d
        return bulk_action_item

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
