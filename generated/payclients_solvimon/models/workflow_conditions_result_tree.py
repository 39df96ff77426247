from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_conditions_result_tree_result import WorkflowConditionsResultTreeResult
from ..models.workflow_conditions_result_tree_type import WorkflowConditionsResultTreeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_conditions_result_comparison import WorkflowConditionsResultComparison
    from ..models.workflow_conditions_result_group import WorkflowConditionsResultGroup


T = TypeVar("T", bound="WorkflowConditionsResultTree")


@_attrs_define
class WorkflowConditionsResultTree:
    """
    Attributes:
        type_ (None | Unset | WorkflowConditionsResultTreeType):
        group (None | Unset | WorkflowConditionsResultGroup):
        comparison (None | Unset | WorkflowConditionsResultComparison):
        result (None | Unset | WorkflowConditionsResultTreeResult):
    """

    type_: None | Unset | WorkflowConditionsResultTreeType = UNSET
    group: None | Unset | WorkflowConditionsResultGroup = UNSET
    comparison: None | Unset | WorkflowConditionsResultComparison = UNSET
    result: None | Unset | WorkflowConditionsResultTreeResult = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_conditions_result_comparison import WorkflowConditionsResultComparison
        from ..models.workflow_conditions_result_group import WorkflowConditionsResultGroup

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WorkflowConditionsResultTreeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, WorkflowConditionsResultGroup):
            group = self.group.to_dict()
        else:
            group = self.group

        comparison: dict[str, Any] | None | Unset
        if isinstance(self.comparison, Unset):
            comparison = UNSET
        elif isinstance(self.comparison, WorkflowConditionsResultComparison):
            comparison = self.comparison.to_dict()
        else:
            comparison = self.comparison

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, WorkflowConditionsResultTreeResult):
            result = self.result.value
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if group is not UNSET:
            field_dict["group"] = group
        if comparison is not UNSET:
            field_dict["comparison"] = comparison
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_conditions_result_comparison import WorkflowConditionsResultComparison
        from ..models.workflow_conditions_result_group import WorkflowConditionsResultGroup

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | Unset | WorkflowConditionsResultTreeType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = WorkflowConditionsResultTreeType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowConditionsResultTreeType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_group(data: object) -> None | Unset | WorkflowConditionsResultGroup:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = WorkflowConditionsResultGroup.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowConditionsResultGroup, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_comparison(data: object) -> None | Unset | WorkflowConditionsResultComparison:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comparison_type_0 = WorkflowConditionsResultComparison.from_dict(data)

                return comparison_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowConditionsResultComparison, data)

        comparison = _parse_comparison(d.pop("comparison", UNSET))

        def _parse_result(data: object) -> None | Unset | WorkflowConditionsResultTreeResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = WorkflowConditionsResultTreeResult(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowConditionsResultTreeResult, data)

        result = _parse_result(d.pop("result", UNSET))

        workflow_conditions_result_tree = cls(
            type_=type_,
            group=group,
            comparison=comparison,
            result=result,
        )

        workflow_conditions_result_tree.additional_properties = d
        return workflow_conditions_result_tree

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
