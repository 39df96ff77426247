from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_value import DefaultValue
    from ..models.meter_value_mapping_amount_default_value import MeterValueMappingAmountDefaultValue


T = TypeVar("T", bound="MeterValueMappingDefaultValue")


@_attrs_define
class MeterValueMappingDefaultValue:
    """
    Attributes:
        number (DefaultValue | Unset):
        amount (MeterValueMappingAmountDefaultValue | Unset):
    """

    number: DefaultValue | Unset = UNSET
    amount: MeterValueMappingAmountDefaultValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number, Unset):
            number = self.number.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.default_value import DefaultValue
        from ..models.meter_value_mapping_amount_default_value import MeterValueMappingAmountDefaultValue

        d = dict(src_dict)
        _number = d.pop("number", UNSET)
        number: DefaultValue | Unset
        if isinstance(_number, Unset):
            number = UNSET
        else:
            number = DefaultValue.from_dict(_number)

        _amount = d.pop("amount", UNSET)
        amount: MeterValueMappingAmountDefaultValue | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = MeterValueMappingAmountDefaultValue.from_dict(_amount)

        meter_value_mapping_default_value = cls(
            number=number,
            amount=amount,
        )

        meter_value_mapping_default_value.additional_properties = d
        return meter_value_mapping_default_value

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
