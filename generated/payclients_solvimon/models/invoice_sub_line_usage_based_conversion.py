from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_conditions import MeterConditions


T = TypeVar("T", bound="InvoiceSubLineUsageBasedConversion")


@_attrs_define
class InvoiceSubLineUsageBasedConversion:
    """Conditions of a usage-based conversion sub-line.

    Attributes:
        conditions (MeterConditions | Unset): Conditions on meter properties.
    """

    conditions: MeterConditions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_conditions import MeterConditions

        d = dict(src_dict)
        _conditions = d.pop("conditions", UNSET)
        conditions: MeterConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = MeterConditions.from_dict(_conditions)

        invoice_sub_line_usage_based_conversion = cls(
            conditions=conditions,
        )

        invoice_sub_line_usage_based_conversion.additional_properties = d
        return invoice_sub_line_usage_based_conversion

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
