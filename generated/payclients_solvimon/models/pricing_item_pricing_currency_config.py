from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_item_billing_period_config import PricingItemBillingPeriodConfig
    from ..models.pricing_item_config import PricingItemConfig


T = TypeVar("T", bound="PricingItemPricingCurrencyConfig")


@_attrs_define
class PricingItemPricingCurrencyConfig:
    """
    Attributes:
        currency (Currency | None | Unset):
        configs (list[PricingItemConfig] | None | Unset):
        billing_period_configs (list[PricingItemBillingPeriodConfig] | None | Unset):
        fallback_currency (Currency | None | Unset):
    """

    currency: Currency | None | Unset = UNSET
    configs: list[PricingItemConfig] | None | Unset = UNSET
    billing_period_configs: list[PricingItemBillingPeriodConfig] | None | Unset = UNSET
    fallback_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.value
        else:
            currency = self.currency

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

        fallback_currency: None | str | Unset
        if isinstance(self.fallback_currency, Unset):
            fallback_currency = UNSET
        elif isinstance(self.fallback_currency, Currency):
            fallback_currency = self.fallback_currency.value
        else:
            fallback_currency = self.fallback_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if configs is not UNSET:
            field_dict["configs"] = configs
        if billing_period_configs is not UNSET:
            field_dict["billing_period_configs"] = billing_period_configs
        if fallback_currency is not UNSET:
            field_dict["fallback_currency"] = fallback_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_item_billing_period_config import PricingItemBillingPeriodConfig
        from ..models.pricing_item_config import PricingItemConfig

        d = dict(src_dict)

        def _parse_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = Currency(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

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

        def _parse_fallback_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fallback_currency_type_0 = Currency(data)

                return fallback_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        fallback_currency = _parse_fallback_currency(d.pop("fallback_currency", UNSET))

        pricing_item_pricing_currency_config = cls(
            currency=currency,
            configs=configs,
            billing_period_configs=billing_period_configs,
            fallback_currency=fallback_currency,
        )

        pricing_item_pricing_currency_config.additional_properties = d
        return pricing_item_pricing_currency_config

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
