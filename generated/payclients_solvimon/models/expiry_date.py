from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpiryDate")


@_attrs_define
class ExpiryDate:
    """Card expiry month and year.

    Attributes:
        expiry_month (int | Unset):
        expiry_year (int | Unset):
    """

    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expiry_month = d.pop("expiry_month", UNSET)

        expiry_year = d.pop("expiry_year", UNSET)

        expiry_date = cls(
            expiry_month=expiry_month,
            expiry_year=expiry_year,
        )

        expiry_date.additional_properties = d
        return expiry_date

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
