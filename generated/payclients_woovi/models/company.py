from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """
    Attributes:
        official_name (str | Unset):
        trade_name (str | Unset):
        tax_id (str | Unset):
        correlation_id (str | Unset):
    """

    official_name: str | Unset = UNSET
    trade_name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        official_name = self.official_name

        trade_name = self.trade_name

        tax_id = self.tax_id

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if official_name is not UNSET:
            field_dict["officialName"] = official_name
        if trade_name is not UNSET:
            field_dict["tradeName"] = trade_name
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        official_name = d.pop("officialName", UNSET)

        trade_name = d.pop("tradeName", UNSET)

        tax_id = d.pop("taxID", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        company = cls(
            official_name=official_name,
            trade_name=trade_name,
            tax_id=tax_id,
            correlation_id=correlation_id,
        )

        company.additional_properties = d
        return company

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
