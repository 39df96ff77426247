from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeOnDemandPricingItem")


@_attrs_define
class ChargeOnDemandPricingItem:
    """Reference to an on-demand pricing item.

    Attributes:
        pricing_item_id (str | Unset):
    """

    pricing_item_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_item_id = self.pricing_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_item_id is not UNSET:
            field_dict["pricing_item_id"] = pricing_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pricing_item_id = d.pop("pricing_item_id", UNSET)

        charge_on_demand_pricing_item = cls(
            pricing_item_id=pricing_item_id,
        )

        charge_on_demand_pricing_item.additional_properties = d
        return charge_on_demand_pricing_item

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
