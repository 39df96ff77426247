from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_conditions_result_group_operator import WorkflowConditionsResultGroupOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_conditions_result_group_operands_type_0_item import (
        WorkflowConditionsResultGroupOperandsType0Item,
    )


T = TypeVar("T", bound="WorkflowConditionsResultGroup")


@_attrs_define
class WorkflowConditionsResultGroup:
    """
    Attributes:
        operator (None | Unset | WorkflowConditionsResultGroupOperator):
        operands (list[WorkflowConditionsResultGroupOperandsType0Item] | None | Unset):
    """

    operator: None | Unset | WorkflowConditionsResultGroupOperator = UNSET
    operands: list[WorkflowConditionsResultGroupOperandsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, WorkflowConditionsResultGroupOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        operands: list[dict[str, Any]] | None | Unset
        if isinstance(self.operands, Unset):
            operands = UNSET
        elif isinstance(self.operands, list):
            operands = []
            for operands_type_0_item_data in self.operands:
                operands_type_0_item = operands_type_0_item_data.to_dict()
                operands.append(operands_type_0_item)

        else:
            operands = self.operands

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if operands is not UNSET:
            field_dict["operands"] = operands

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_conditions_result_group_operands_type_0_item import (
            WorkflowConditionsResultGroupOperandsType0Item,
        )

        d = dict(src_dict)

        def _parse_operator(data: object) -> None | Unset | WorkflowConditionsResultGroupOperator:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_type_0 = WorkflowConditionsResultGroupOperator(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowConditionsResultGroupOperator, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_operands(data: object) -> list[WorkflowConditionsResultGroupOperandsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                operands_type_0 = []
                _operands_type_0 = data
                for operands_type_0_item_data in _operands_type_0:
                    operands_type_0_item = WorkflowConditionsResultGroupOperandsType0Item.from_dict(
                        operands_type_0_item_data
                    )

                    operands_type_0.append(operands_type_0_item)

                return operands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkflowConditionsResultGroupOperandsType0Item] | None | Unset, data)

        operands = _parse_operands(d.pop("operands", UNSET))

        workflow_conditions_result_group = cls(
            operator=operator,
            operands=operands,
        )

        workflow_conditions_result_group.additional_properties = d
        return workflow_conditions_result_group

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
