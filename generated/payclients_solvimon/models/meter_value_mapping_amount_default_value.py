from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_value import DefaultValue


T = TypeVar("T", bound="MeterValueMappingAmountDefaultValue")


@_attrs_define
class MeterValueMappingAmountDefaultValue:
    """
    Attributes:
        quantity (DefaultValue | Unset):
        currency (DefaultValue | Unset):
    """

    quantity: DefaultValue | Unset = UNSET
    currency: DefaultValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.default_value import DefaultValue

        d = dict(src_dict)
        _quantity = d.pop("quantity", UNSET)
        quantity: DefaultValue | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DefaultValue.from_dict(_quantity)

        _currency = d.pop("currency", UNSET)
        currency: DefaultValue | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DefaultValue.from_dict(_currency)

        meter_value_mapping_amount_default_value = cls(
            quantity=quantity,
            currency=currency,
        )

        meter_value_mapping_amount_default_value.additional_properties = d
        return meter_value_mapping_amount_default_value

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
