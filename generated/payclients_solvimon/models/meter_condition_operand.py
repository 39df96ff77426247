from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_condition_operand_expression import MeterConditionOperandExpression
    from ..models.meter_property_condition import MeterPropertyCondition


T = TypeVar("T", bound="MeterConditionOperand")


@_attrs_define
class MeterConditionOperand:
    """One operand: a property condition or a nested expression.

    Attributes:
        meter_property (MeterPropertyCondition | Unset): A condition on one meter property.
        expression (MeterConditionOperandExpression | None | Unset):
    """

    meter_property: MeterPropertyCondition | Unset = UNSET
    expression: MeterConditionOperandExpression | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meter_condition_operand_expression import MeterConditionOperandExpression

        meter_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meter_property, Unset):
            meter_property = self.meter_property.to_dict()

        expression: dict[str, Any] | None | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        elif isinstance(self.expression, MeterConditionOperandExpression):
            expression = self.expression.to_dict()
        else:
            expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meter_property is not UNSET:
            field_dict["meter_property"] = meter_property
        if expression is not UNSET:
            field_dict["expression"] = expression

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_condition_operand_expression import MeterConditionOperandExpression
        from ..models.meter_property_condition import MeterPropertyCondition

        d = dict(src_dict)
        _meter_property = d.pop("meter_property", UNSET)
        meter_property: MeterPropertyCondition | Unset
        if isinstance(_meter_property, Unset):
            meter_property = UNSET
        else:
            meter_property = MeterPropertyCondition.from_dict(_meter_property)

        def _parse_expression(data: object) -> MeterConditionOperandExpression | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expression_type_0 = MeterConditionOperandExpression.from_dict(data)

                return expression_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterConditionOperandExpression | None | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))

        meter_condition_operand = cls(
            meter_property=meter_property,
            expression=expression,
        )

        meter_condition_operand.additional_properties = d
        return meter_condition_operand

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
