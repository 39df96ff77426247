from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_override import PricingOverride
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_item_billing_period_config import PricingItemBillingPeriodConfig
    from ..models.pricing_item_config import PricingItemConfig
    from ..models.pricing_item_original_pricing_item import PricingItemOriginalPricingItem
    from ..models.pricing_item_pricing_currency_config import PricingItemPricingCurrencyConfig
    from ..models.product_item import ProductItem


T = TypeVar("T", bound="PricingItem")


@_attrs_define
class PricingItem:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        original_pricing_item_id (None | str | Unset):
        original_pricing_item (None | PricingItemOriginalPricingItem | Unset):
        override (None | PricingOverride | Unset):
        product_item_ids (list[str] | Unset):
        product_items (list[ProductItem] | None | Unset):
        configs (list[PricingItemConfig] | None | Unset):
        pricing_currency_configs (list[PricingItemPricingCurrencyConfig] | None | Unset):
        billing_period_configs (list[PricingItemBillingPeriodConfig] | None | Unset):
        display_order (int | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    original_pricing_item_id: None | str | Unset = UNSET
    original_pricing_item: None | PricingItemOriginalPricingItem | Unset = UNSET
    override: None | PricingOverride | Unset = UNSET
    product_item_ids: list[str] | Unset = UNSET
    product_items: list[ProductItem] | None | Unset = UNSET
    configs: list[PricingItemConfig] | None | Unset = UNSET
    pricing_currency_configs: list[PricingItemPricingCurrencyConfig] | None | Unset = UNSET
    billing_period_configs: list[PricingItemBillingPeriodConfig] | None | Unset = UNSET
    display_order: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_item_original_pricing_item import PricingItemOriginalPricingItem

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        original_pricing_item_id: None | str | Unset
        if isinstance(self.original_pricing_item_id, Unset):
            original_pricing_item_id = UNSET
        else:
            original_pricing_item_id = self.original_pricing_item_id

        original_pricing_item: dict[str, Any] | None | Unset
        if isinstance(self.original_pricing_item, Unset):
            original_pricing_item = UNSET
        elif isinstance(self.original_pricing_item, PricingItemOriginalPricingItem):
            original_pricing_item = self.original_pricing_item.to_dict()
        else:
            original_pricing_item = self.original_pricing_item

        override: None | str | Unset
        if isinstance(self.override, Unset):
            override = UNSET
        elif isinstance(self.override, PricingOverride):
            override = self.override.value
        else:
            override = self.override

        product_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_item_ids, Unset):
            product_item_ids = self.product_item_ids

        product_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_items, Unset):
            product_items = UNSET
        elif isinstance(self.product_items, list):
            product_items = []
            for product_items_type_0_item_data in self.product_items:
                product_items_type_0_item = product_items_type_0_item_data.to_dict()
                product_items.append(product_items_type_0_item)

        else:
            product_items = self.product_items

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

        pricing_currency_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_currency_configs, Unset):
            pricing_currency_configs = UNSET
        elif isinstance(self.pricing_currency_configs, list):
            pricing_currency_configs = []
            for pricing_currency_configs_type_0_item_data in self.pricing_currency_configs:
                pricing_currency_configs_type_0_item = pricing_currency_configs_type_0_item_data.to_dict()
                pricing_currency_configs.append(pricing_currency_configs_type_0_item)

        else:
            pricing_currency_configs = self.pricing_currency_configs

        billing_period_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.billing_period_configs, Unset):
            billing_period_configs = UNSET
        elif isinstance(self.billing_period_configs, list):
            billing_period_configs = []
            for billing_period_configs_type_0_item_data in self.billing_period_configs:
                billing_period_configs_type_0_item = billing_period_configs_type_0_item_data.to_dict()
                billing_period_configs.append(billing_period_configs_type_0_item)

        else:
            billing_period_configs = self.billing_period_configs

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if original_pricing_item_id is not UNSET:
            field_dict["original_pricing_item_id"] = original_pricing_item_id
        if original_pricing_item is not UNSET:
            field_dict["original_pricing_item"] = original_pricing_item
        if override is not UNSET:
            field_dict["override"] = override
        if product_item_ids is not UNSET:
            field_dict["product_item_ids"] = product_item_ids
        if product_items is not UNSET:
            field_dict["product_items"] = product_items
        if configs is not UNSET:
            field_dict["configs"] = configs
        if pricing_currency_configs is not UNSET:
            field_dict["pricing_currency_configs"] = pricing_currency_configs
        if billing_period_configs is not UNSET:
            field_dict["billing_period_configs"] = billing_period_configs
        if display_order is not UNSET:
            field_dict["display_order"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_item_billing_period_config import PricingItemBillingPeriodConfig
        from ..models.pricing_item_config import PricingItemConfig
        from ..models.pricing_item_original_pricing_item import PricingItemOriginalPricingItem
        from ..models.pricing_item_pricing_currency_config import PricingItemPricingCurrencyConfig
        from ..models.product_item import ProductItem

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_original_pricing_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_pricing_item_id = _parse_original_pricing_item_id(d.pop("original_pricing_item_id", UNSET))

        def _parse_original_pricing_item(data: object) -> None | PricingItemOriginalPricingItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_pricing_item_type_0 = PricingItemOriginalPricingItem.from_dict(data)

                return original_pricing_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingItemOriginalPricingItem | Unset, data)

        original_pricing_item = _parse_original_pricing_item(d.pop("original_pricing_item", UNSET))

        def _parse_override(data: object) -> None | PricingOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                override_type_0 = PricingOverride(data)

                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingOverride | Unset, data)

        override = _parse_override(d.pop("override", UNSET))

        product_item_ids = cast(list[str], d.pop("product_item_ids", UNSET))

        def _parse_product_items(data: object) -> list[ProductItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_items_type_0 = []
                _product_items_type_0 = data
                for product_items_type_0_item_data in _product_items_type_0:
                    product_items_type_0_item = ProductItem.from_dict(product_items_type_0_item_data)

                    product_items_type_0.append(product_items_type_0_item)

                return product_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductItem] | None | Unset, data)

        product_items = _parse_product_items(d.pop("product_items", UNSET))

        def _parse_configs(data: object) -> list[PricingItemConfig] | None | Unset:
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
                    configs_type_0_item = PricingItemConfig.from_dict(configs_type_0_item_data)

                    configs_type_0.append(configs_type_0_item)

                return configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemConfig] | None | Unset, data)

        configs = _parse_configs(d.pop("configs", UNSET))

        def _parse_pricing_currency_configs(data: object) -> list[PricingItemPricingCurrencyConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_currency_configs_type_0 = []
                _pricing_currency_configs_type_0 = data
                for pricing_currency_configs_type_0_item_data in _pricing_currency_configs_type_0:
                    pricing_currency_configs_type_0_item = PricingItemPricingCurrencyConfig.from_dict(
                        pricing_currency_configs_type_0_item_data
                    )

                    pricing_currency_configs_type_0.append(pricing_currency_configs_type_0_item)

                return pricing_currency_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemPricingCurrencyConfig] | None | Unset, data)

        pricing_currency_configs = _parse_pricing_currency_configs(d.pop("pricing_currency_configs", UNSET))

        def _parse_billing_period_configs(data: object) -> list[PricingItemBillingPeriodConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                billing_period_configs_type_0 = []
                _billing_period_configs_type_0 = data
                for billing_period_configs_type_0_item_data in _billing_period_configs_type_0:
                    billing_period_configs_type_0_item = PricingItemBillingPeriodConfig.from_dict(
                        billing_period_configs_type_0_item_data
                    )

                    billing_period_configs_type_0.append(billing_period_configs_type_0_item)

                return billing_period_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemBillingPeriodConfig] | None | Unset, data)

        billing_period_configs = _parse_billing_period_configs(d.pop("billing_period_configs", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        pricing_item = cls(
            object_type=object_type,
            id=id,
            original_pricing_item_id=original_pricing_item_id,
            original_pricing_item=original_pricing_item,
            override=override,
            product_item_ids=product_item_ids,
            product_items=product_items,
            configs=configs,
            pricing_currency_configs=pricing_currency_configs,
            billing_period_configs=billing_period_configs,
            display_order=display_order,
        )

        pricing_item.additional_properties = d
        return pricing_item

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
