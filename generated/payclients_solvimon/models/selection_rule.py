from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.selection_rule_type import SelectionRuleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_rule_resource import SelectionRuleResource


T = TypeVar("T", bound="SelectionRule")


@_attrs_define
class SelectionRule:
    """
    Attributes:
        type_ (SelectionRuleType | Unset):
        resource (SelectionRuleResource | Unset):
    """

    type_: SelectionRuleType | Unset = UNSET
    resource: SelectionRuleResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.selection_rule_resource import SelectionRuleResource

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SelectionRuleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SelectionRuleType(_type_)

        _resource = d.pop("resource", UNSET)
        resource: SelectionRuleResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = SelectionRuleResource.from_dict(_resource)

        selection_rule = cls(
            type_=type_,
            resource=resource,
        )

        selection_rule.additional_properties = d
        return selection_rule

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
