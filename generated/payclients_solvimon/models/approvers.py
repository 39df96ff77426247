from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approvers_type import ApproversType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_group import ApprovalGroup


T = TypeVar("T", bound="Approvers")


@_attrs_define
class Approvers:
    """
    Attributes:
        type_ (ApproversType | Unset):
        approval_groups (list[ApprovalGroup] | Unset):
    """

    type_: ApproversType | Unset = UNSET
    approval_groups: list[ApprovalGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        approval_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approval_groups, Unset):
            approval_groups = []
            for approval_groups_item_data in self.approval_groups:
                approval_groups_item = approval_groups_item_data.to_dict()
                approval_groups.append(approval_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if approval_groups is not UNSET:
            field_dict["approval_groups"] = approval_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_group import ApprovalGroup

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ApproversType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApproversType(_type_)

        _approval_groups = d.pop("approval_groups", UNSET)
        approval_groups: list[ApprovalGroup] | Unset = UNSET
        if _approval_groups is not UNSET:
            approval_groups = []
            for approval_groups_item_data in _approval_groups:
                approval_groups_item = ApprovalGroup.from_dict(approval_groups_item_data)

                approval_groups.append(approval_groups_item)

        approvers = cls(
            type_=type_,
            approval_groups=approval_groups,
        )

        approvers.additional_properties = d
        return approvers

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
