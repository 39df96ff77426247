from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_property_condition import MeterPropertyCondition
    from ..models.pricing_item_config_conditions_config import PricingItemConfigConditionsConfig


T = TypeVar("T", bound="PricingItemConfigConditions")


@_attrs_define
class PricingItemConfigConditions:
    """
    Attributes:
        name (None | str | Unset):
        meter_properties (list[MeterPropertyCondition] | None | Unset):
        configs (list[PricingItemConfigConditionsConfig] | None | Unset):
    """

    name: None | str | Unset = UNSET
    meter_properties: list[MeterPropertyCondition] | None | Unset = UNSET
    configs: list[PricingItemConfigConditionsConfig] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, list):
            configs = []
            for configs_type_0_item_data in self.configs:
                configs_type_0_item = configs_type_0_item_data.to_dict()
                configs.append(configs_type_0_item)

        else:
            configs = self.configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if meter_properties is not UNSET:
            field_dict["meter_properties"] = meter_properties
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_property_condition import MeterPropertyCondition
        from ..models.pricing_item_config_conditions_config import PricingItemConfigConditionsConfig

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_meter_properties(data: object) -> list[MeterPropertyCondition] | None | Unset:
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
                    meter_properties_type_0_item = MeterPropertyCondition.from_dict(meter_properties_type_0_item_data)

                    meter_properties_type_0.append(meter_properties_type_0_item)

                return meter_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterPropertyCondition] | None | Unset, data)

        meter_properties = _parse_meter_properties(d.pop("meter_properties", UNSET))

        def _parse_configs(data: object) -> list[PricingItemConfigConditionsConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                configs_type_0 = []
                _configs_type_0 = data
                for configs_type_0_item_data in _configs_type_0:
                    configs_type_0_item = PricingItemConfigConditionsConfig.from_dict(configs_type_0_item_data)

                    configs_type_0.append(configs_type_0_item)

                return configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemConfigConditionsConfig] | None | Unset, data)

        configs = _parse_configs(d.pop("configs", UNSET))

        pricing_item_config_conditions = cls(
            name=name,
            meter_properties=meter_properties,
            configs=configs,
        )

        pricing_item_config_conditions.additional_properties = d
        return pricing_item_config_conditions

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
