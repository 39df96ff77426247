from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_item_summary_meter_value import PricingItemSummaryMeterValue


T = TypeVar("T", bound="PricingItemSummaryIncludedVolumeDetails")


@_attrs_define
class PricingItemSummaryIncludedVolumeDetails:
    """Included volume and how much of it was used.

    Attributes:
        included_volume (PricingItemSummaryMeterValue | Unset): A meter value used in a price calculation.
        available_included_volume (PricingItemSummaryMeterValue | Unset): A meter value used in a price calculation.
        period_volume (PricingItemSummaryMeterValue | Unset): A meter value used in a price calculation.
    """

    included_volume: PricingItemSummaryMeterValue | Unset = UNSET
    available_included_volume: PricingItemSummaryMeterValue | Unset = UNSET
    period_volume: PricingItemSummaryMeterValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        included_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included_volume, Unset):
            included_volume = self.included_volume.to_dict()

        available_included_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_included_volume, Unset):
            available_included_volume = self.available_included_volume.to_dict()

        period_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_volume, Unset):
            period_volume = self.period_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if included_volume is not UNSET:
            field_dict["included_volume"] = included_volume
        if available_included_volume is not UNSET:
            field_dict["available_included_volume"] = available_included_volume
        if period_volume is not UNSET:
            field_dict["period_volume"] = period_volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_item_summary_meter_value import PricingItemSummaryMeterValue

        d = dict(src_dict)
        _included_volume = d.pop("included_volume", UNSET)
        included_volume: PricingItemSummaryMeterValue | Unset
        if isinstance(_included_volume, Unset):
            included_volume = UNSET
        else:
            included_volume = PricingItemSummaryMeterValue.from_dict(_included_volume)

        _available_included_volume = d.pop("available_included_volume", UNSET)
        available_included_volume: PricingItemSummaryMeterValue | Unset
        if isinstance(_available_included_volume, Unset):
            available_included_volume = UNSET
        else:
            available_included_volume = PricingItemSummaryMeterValue.from_dict(_available_included_volume)

        _period_volume = d.pop("period_volume", UNSET)
        period_volume: PricingItemSummaryMeterValue | Unset
        if isinstance(_period_volume, Unset):
            period_volume = UNSET
        else:
            period_volume = PricingItemSummaryMeterValue.from_dict(_period_volume)

        pricing_item_summary_included_volume_details = cls(
            included_volume=included_volume,
            available_included_volume=available_included_volume,
            period_volume=period_volume,
        )

        pricing_item_summary_included_volume_details.additional_properties = d
        return pricing_item_summary_included_volume_details

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
