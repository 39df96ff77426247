from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_condition_value import DiscountConditionValue


T = TypeVar("T", bound="DiscountCondition")


@_attrs_define
class DiscountCondition:
    """
    Attributes:
        comparator (Comparator | Unset): Comparison operator in a condition.
        value (DiscountConditionValue | Unset):
    """

    comparator: Comparator | Unset = UNSET
    value: DiscountConditionValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator.value

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discount_condition_value import DiscountConditionValue

        d = dict(src_dict)
        _comparator = d.pop("comparator", UNSET)
        comparator: Comparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = Comparator(_comparator)

        _value = d.pop("value", UNSET)
        value: DiscountConditionValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = DiscountConditionValue.from_dict(_value)

        discount_condition = cls(
            comparator=comparator,
            value=value,
        )

        discount_condition.additional_properties = d
        return discount_condition

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
