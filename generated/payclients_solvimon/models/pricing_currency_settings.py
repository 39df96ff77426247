from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingCurrencySettings")


@_attrs_define
class PricingCurrencySettings:
    """
    Attributes:
        default_pricing_currency (None | str | Unset):
        pricing_currencies (list[str] | None | Unset):
    """

    default_pricing_currency: None | str | Unset = UNSET
    pricing_currencies: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_pricing_currency: None | str | Unset
        if isinstance(self.default_pricing_currency, Unset):
            default_pricing_currency = UNSET
        else:
            default_pricing_currency = self.default_pricing_currency

        pricing_currencies: list[str] | None | Unset
        if isinstance(self.pricing_currencies, Unset):
            pricing_currencies = UNSET
        elif isinstance(self.pricing_currencies, list):
            pricing_currencies = self.pricing_currencies

        else:
            pricing_currencies = self.pricing_currencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_pricing_currency is not UNSET:
            field_dict["default_pricing_currency"] = default_pricing_currency
        if pricing_currencies is not UNSET:
            field_dict["pricing_currencies"] = pricing_currencies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_default_pricing_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_pricing_currency = _parse_default_pricing_currency(d.pop("default_pricing_currency", UNSET))

        def _parse_pricing_currencies(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_currencies_type_0 = cast(list[str], data)

                return pricing_currencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pricing_currencies = _parse_pricing_currencies(d.pop("pricing_currencies", UNSET))

        pricing_currency_settings = cls(
            default_pricing_currency=default_pricing_currency,
            pricing_currencies=pricing_currencies,
        )

        pricing_currency_settings.additional_properties = d
        return pricing_currency_settings

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
