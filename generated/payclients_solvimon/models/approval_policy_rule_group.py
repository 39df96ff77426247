from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_policy_rule import ApprovalPolicyRule


T = TypeVar("T", bound="ApprovalPolicyRuleGroup")


@_attrs_define
class ApprovalPolicyRuleGroup:
    """
    Attributes:
        rules (list[ApprovalPolicyRule] | Unset):
    """

    rules: list[ApprovalPolicyRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_policy_rule import ApprovalPolicyRule

        d = dict(src_dict)
        _rules = d.pop("rules", UNSET)
        rules: list[ApprovalPolicyRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = ApprovalPolicyRule.from_dict(rules_item_data)

                rules.append(rules_item)

        approval_policy_rule_group = cls(
            rules=rules,
        )

        approval_policy_rule_group.additional_properties = d
        return approval_policy_rule_group

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
