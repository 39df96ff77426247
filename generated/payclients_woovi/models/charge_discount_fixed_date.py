from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeDiscountFixedDate")


@_attrs_define
class ChargeDiscountFixedDate:
    """
    Attributes:
        days_active (int | Unset): Days after creation during which the discount applies.
        value (int | Unset):
    """

    days_active: int | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_active = self.days_active

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days_active is not UNSET:
            field_dict["daysActive"] = days_active
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days_active = d.pop("daysActive", UNSET)

        value = d.pop("value", UNSET)

        charge_discount_fixed_date = cls(
            days_active=days_active,
            value=value,
        )

        charge_discount_fixed_date.additional_properties = d
        return charge_discount_fixed_date

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
