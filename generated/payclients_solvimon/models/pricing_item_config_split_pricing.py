from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_property_split_pricing import MeterPropertySplitPricing


T = TypeVar("T", bound="PricingItemConfigSplitPricing")


@_attrs_define
class PricingItemConfigSplitPricing:
    """Meter properties prices are split on.

    Attributes:
        meter_properties (list[MeterPropertySplitPricing] | None | Unset):
    """

    meter_properties: list[MeterPropertySplitPricing] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meter_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_properties, Unset):
            meter_properties = UNSET
        elif isinstance(self.meter_properties, list):
            meter_properties = []
            for meter_properties_type_0_item_data in self.meter_properties:
                meter_properties_type_0_item = meter_properties_type_0_item_data.to_dict()
                meter_properties.append(meter_properties_type_0_item)

        else:
            meter_properties = self.meter_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meter_properties is not UNSET:
            field_dict["meter_properties"] = meter_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_property_split_pricing import MeterPropertySplitPricing

        d = dict(src_dict)

        def _parse_meter_properties(data: object) -> list[MeterPropertySplitPricing] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_properties_type_0 = []
                _meter_properties_type_0 = data
                for meter_properties_type_0_item_data in _meter_properties_type_0:
                    meter_properties_type_0_item = MeterPropertySplitPricing.from_dict(
                        meter_properties_type_0_item_data
                    )

                    meter_properties_type_0.append(meter_properties_type_0_item)

                return meter_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterPropertySplitPricing] | None | Unset, data)

        meter_properties = _parse_meter_properties(d.pop("meter_properties", UNSET))

        pricing_item_config_split_pricing = cls(
            meter_properties=meter_properties,
        )

        pricing_item_config_split_pricing.additional_properties = d
        return pricing_item_config_split_pricing

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
