from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_policy_approver import ApprovalPolicyApprover


T = TypeVar("T", bound="ApprovalGroup")


@_attrs_define
class ApprovalGroup:
    """
    Attributes:
        level (int | Unset):
        approvers (list[ApprovalPolicyApprover] | Unset):
    """

    level: int | Unset = UNSET
    approvers: list[ApprovalPolicyApprover] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        approvers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approvers, Unset):
            approvers = []
            for approvers_item_data in self.approvers:
                approvers_item = approvers_item_data.to_dict()
                approvers.append(approvers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["level"] = level
        if approvers is not UNSET:
            field_dict["approvers"] = approvers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_policy_approver import ApprovalPolicyApprover

        d = dict(src_dict)
        level = d.pop("level", UNSET)

        _approvers = d.pop("approvers", UNSET)
        approvers: list[ApprovalPolicyApprover] | Unset = UNSET
        if _approvers is not UNSET:
            approvers = []
            for approvers_item_data in _approvers:
                approvers_item = ApprovalPolicyApprover.from_dict(approvers_item_data)

                approvers.append(approvers_item)

        approval_group = cls(
            level=level,
            approvers=approvers,
        )

        approval_group.additional_properties = d
        return approval_group

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
