from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_policy_approval_type import ApprovalPolicyApprovalType
from ..models.approval_policy_source_type import ApprovalPolicySourceType
from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_policy_rule_group import ApprovalPolicyRuleGroup
    from ..models.approvers import Approvers


T = TypeVar("T", bound="UpdateApprovalPolicyRequest")


@_attrs_define
class UpdateApprovalPolicyRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        source_type (ApprovalPolicySourceType | Unset):
        reference (str | Unset):
        name (str | Unset):
        status (None | ResourceStatus | Unset):
        approval_type (ApprovalPolicyApprovalType | Unset):
        created_at (None | str | Unset):
        update_at (None | str | Unset):
        approvers (Approvers | Unset):
        rule_groups (list[ApprovalPolicyRuleGroup] | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    source_type: ApprovalPolicySourceType | Unset = UNSET
    reference: str | Unset = UNSET
    name: str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    approval_type: ApprovalPolicyApprovalType | Unset = UNSET
    created_at: None | str | Unset = UNSET
    update_at: None | str | Unset = UNSET
    approvers: Approvers | Unset = UNSET
    rule_groups: list[ApprovalPolicyRuleGroup] | Unset = UNSET
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

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        reference = self.reference

        name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        approval_type: str | Unset = UNSET
        if not isinstance(self.approval_type, Unset):
            approval_type = self.approval_type.value

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        update_at: None | str | Unset
        if isinstance(self.update_at, Unset):
            update_at = UNSET
        else:
            update_at = self.update_at

        approvers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approvers, Unset):
            approvers = self.approvers.to_dict()

        rule_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rule_groups, Unset):
            rule_groups = []
            for rule_groups_item_data in self.rule_groups:
                rule_groups_item = rule_groups_item_data.to_dict()
                rule_groups.append(rule_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if reference is not UNSET:
            field_dict["reference"] = reference
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if approval_type is not UNSET:
            field_dict["approval_type"] = approval_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if update_at is not UNSET:
            field_dict["update_at"] = update_at
        if approvers is not UNSET:
            field_dict["approvers"] = approvers
        if rule_groups is not UNSET:
            field_dict["rule_groups"] = rule_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_policy_rule_group import ApprovalPolicyRuleGroup
        from ..models.approvers import Approvers

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

        _source_type = d.pop("source_type", UNSET)
        source_type: ApprovalPolicySourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = ApprovalPolicySourceType(_source_type)

        reference = d.pop("reference", UNSET)

        name = d.pop("name", UNSET)

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _approval_type = d.pop("approval_type", UNSET)
        approval_type: ApprovalPolicyApprovalType | Unset
        if isinstance(_approval_type, Unset):
            approval_type = UNSET
        else:
            approval_type = ApprovalPolicyApprovalType(_approval_type)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_update_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_at = _parse_update_at(d.pop("update_at", UNSET))

        _approvers = d.pop("approvers", UNSET)
        approvers: Approvers | Unset
        if isinstance(_approvers, Unset):
            approvers = UNSET
        else:
            approvers = Approvers.from_dict(_approvers)

        _rule_groups = d.pop("rule_groups", UNSET)
        rule_groups: list[ApprovalPolicyRuleGroup] | Unset = UNSET
        if _rule_groups is not UNSET:
            rule_groups = []
            for rule_groups_item_data in _rule_groups:
                rule_groups_item = ApprovalPolicyRuleGroup.from_dict(rule_groups_item_data)

                rule_groups.append(rule_groups_item)

        update_approval_policy_request = cls(
            object_type=object_type,
            id=id,
            source_type=source_type,
            reference=reference,
            name=name,
            status=status,
            approval_type=approval_type,
            created_at=created_at,
            update_at=update_at,
            approvers=approvers,
            rule_groups=rule_groups,
        )

        update_approval_policy_request.additional_properties = d
        return update_approval_policy_request

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
