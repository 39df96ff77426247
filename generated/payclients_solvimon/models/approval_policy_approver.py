from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_policy_approver_type import ApprovalPolicyApproverType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_policy_user import ApprovalPolicyUser


T = TypeVar("T", bound="ApprovalPolicyApprover")


@_attrs_define
class ApprovalPolicyApprover:
    """
    Attributes:
        type_ (ApprovalPolicyApproverType | Unset):
        user (ApprovalPolicyUser | Unset):
    """

    type_: ApprovalPolicyApproverType | Unset = UNSET
    user: ApprovalPolicyUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_policy_user import ApprovalPolicyUser

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ApprovalPolicyApproverType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApprovalPolicyApproverType(_type_)

        _user = d.pop("user", UNSET)
        user: ApprovalPolicyUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ApprovalPolicyUser.from_dict(_user)

        approval_policy_approver = cls(
            type_=type_,
            user=user,
        )

        approval_policy_approver.additional_properties = d
        return approval_policy_approver

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
