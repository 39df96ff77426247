from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_check_type import BulkActionCheckType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_action_item_resource import BulkActionItemResource


T = TypeVar("T", bound="BulkActionCheck")


@_attrs_define
class BulkActionCheck:
    """
    Attributes:
        type_ (BulkActionCheckType | Unset):
        number_of_resources (int | Unset):
        included_example_resources (list[BulkActionItemResource] | Unset):
    """

    type_: BulkActionCheckType | Unset = UNSET
    number_of_resources: int | Unset = UNSET
    included_example_resources: list[BulkActionItemResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        number_of_resources = self.number_of_resources

        included_example_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included_example_resources, Unset):
            included_example_resources = []
            for included_example_resources_item_data in self.included_example_resources:
                included_example_resources_item = included_example_resources_item_data.to_dict()
                included_example_resources.append(included_example_resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number_of_resources is not UNSET:
            field_dict["number_of_resources"] = number_of_resources
        if included_example_resources is not UNSET:
            field_dict["included_example_resources"] = included_example_resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_action_item_resource import BulkActionItemResource

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: BulkActionCheckType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BulkActionCheckType(_type_)

        number_of_resources = d.pop("number_of_resources", UNSET)

        _included_example_resources = d.pop("included_example_resources", UNSET)
        included_example_resources: list[BulkActionItemResource] | Unset = UNSET
        if _included_example_resources is not UNSET:
            included_example_resources = []
            for included_example_resources_item_data in _included_example_resources:
                included_example_resources_item = BulkActionItemResource.from_dict(included_example_resources_item_data)

                included_example_resources.append(included_example_resources_item)

        bulk_action_check = cls(
            type_=type_,
            number_of_resources=number_of_resources,
            included_example_resources=included_example_resources,
        )

        bulk_action_check.additional_properties = d
        return bulk_action_check

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
