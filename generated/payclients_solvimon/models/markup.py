from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_item_config_markup import PricingItemConfigMarkup


T = TypeVar("T", bound="Markup")


@_attrs_define
class Markup:
    """
    Attributes:
        pricing_item_configs (list[PricingItemConfigMarkup] | None | Unset):
    """

    pricing_item_configs: list[PricingItemConfigMarkup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_item_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_item_configs, Unset):
            pricing_item_configs = UNSET
        elif isinstance(self.pricing_item_configs, list):
            pricing_item_configs = []
            for pricing_item_configs_type_0_item_data in self.pricing_item_configs:
                pricing_item_configs_type_0_item = pricing_item_configs_type_0_item_data.to_dict()
                pricing_item_configs.append(pricing_item_configs_type_0_item)

        else:
            pricing_item_configs = self.pricing_item_configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_item_configs is not UNSET:
            field_dict["pricing_item_configs"] = pricing_item_configs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_item_config_markup import PricingItemConfigMarkup

        d = dict(src_dict)

        def _parse_pricing_item_configs(data: object) -> list[PricingItemConfigMarkup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_item_configs_type_0 = []
                _pricing_item_configs_type_0 = data
                for pricing_item_configs_type_0_item_data in _pricing_item_configs_type_0:
                    pricing_item_configs_type_0_item = PricingItemConfigMarkup.from_dict(
                        pricing_item_configs_type_0_item_data
                    )

                    pricing_item_configs_type_0.append(pricing_item_configs_type_0_item)

                return pricing_item_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemConfigMarkup] | None | Unset, data)

        pricing_item_configs = _parse_pricing_item_configs(d.pop("pricing_item_configs", UNSET))

        markup = cls(
            pricing_item_configs=pricing_item_configs,
        )

        markup.additional_properties = d
        return markup

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
