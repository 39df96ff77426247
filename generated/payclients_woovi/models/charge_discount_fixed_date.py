from __future__ import annotations

import datetime
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
        data (datetime.date | Unset): The last day of the discount, worked out by Woovi from daysActive; returned, never
            sent.
    """

    days_active: int | Unset = UNSET
    value: int | Unset = UNSET
    data: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_active = self.days_active

        value = self.value

        data: str | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days_active is not UNSET:
            field_dict["daysActive"] = days_active
        if value is not UNSET:
            field_dict["value"] = value
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days_active = d.pop("daysActive", UNSET)

        value = d.pop("value", UNSET)

        _data = d.pop("data", UNSET)
        data: datetime.date | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = datetime.date.fromisoformat(_data)

        charge_discount_fixed_date = cls(
            days_active=days_active,
            value=value,
            data=data,
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
