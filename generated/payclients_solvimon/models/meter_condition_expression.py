from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meter_condition_operator import MeterConditionOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_condition_operand import MeterConditionOperand


T = TypeVar("T", bound="MeterConditionExpression")


@_attrs_define
class MeterConditionExpression:
    """Operands joined by a logical operator.

    Attributes:
        operator (MeterConditionOperator | Unset): Logical operator.
        operands (list[MeterConditionOperand] | None | Unset):
    """

    operator: MeterConditionOperator | Unset = UNSET
    operands: list[MeterConditionOperand] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

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
        from ..models.meter_condition_operand import MeterConditionOperand

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: MeterConditionOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = MeterConditionOperator(_operator)

        def _parse_operands(data: object) -> list[MeterConditionOperand] | None | Unset:
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
                    operands_type_0_item = MeterConditionOperand.from_dict(operands_type_0_item_data)

                    operands_type_0.append(operands_type_0_item)

                return operands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterConditionOperand] | None | Unset, data)

        operands = _parse_operands(d.pop("operands", UNSET))

        meter_condition_expression = cls(
            operator=operator,
            operands=operands,
        )

        meter_condition_expression.additional_properties = d
        return meter_condition_expression

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
