from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configured_meter_value import ConfiguredMeterValue
    from ..models.enabled_pricing import EnabledPricing
    from ..models.period import Period


T = TypeVar("T", bound="PricingPlanScheduleCustomization")


@_attrs_define
class PricingPlanScheduleCustomization:
    """Changes to one schedule of a pricing plan subscription.

    Attributes:
        pricing_plan_schedule_id (None | str | Unset):
        seats_values (list[ConfiguredMeterValue] | None | Unset):
        enabled_pricings (list[EnabledPricing] | None | Unset):
        promotion_codes (list[str] | None | Unset):
        pricing_currency (Currency | None | Unset):
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
    """

    pricing_plan_schedule_id: None | str | Unset = UNSET
    seats_values: list[ConfiguredMeterValue] | None | Unset = UNSET
    enabled_pricings: list[EnabledPricing] | None | Unset = UNSET
    promotion_codes: list[str] | None | Unset = UNSET
    pricing_currency: Currency | None | Unset = UNSET
    billing_period: Period | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_schedule_id: None | str | Unset
        if isinstance(self.pricing_plan_schedule_id, Unset):
            pricing_plan_schedule_id = UNSET
        else:
            pricing_plan_schedule_id = self.pricing_plan_schedule_id

        seats_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.seats_values, Unset):
            seats_values = UNSET
        elif isinstance(self.seats_values, list):
            seats_values = []
            for seats_values_type_0_item_data in self.seats_values:
                seats_values_type_0_item = seats_values_type_0_item_data.to_dict()
                seats_values.append(seats_values_type_0_item)

        else:
            seats_values = self.seats_values

        enabled_pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_pricings, Unset):
            enabled_pricings = UNSET
        elif isinstance(self.enabled_pricings, list):
            enabled_pricings = []
            for enabled_pricings_type_0_item_data in self.enabled_pricings:
                enabled_pricings_type_0_item = enabled_pricings_type_0_item_data.to_dict()
                enabled_pricings.append(enabled_pricings_type_0_item)

        else:
            enabled_pricings = self.enabled_pricings

        promotion_codes: list[str] | None | Unset
        if isinstance(self.promotion_codes, Unset):
            promotion_codes = UNSET
        elif isinstance(self.promotion_codes, list):
            promotion_codes = self.promotion_codes

        else:
            promotion_codes = self.promotion_codes

        pricing_currency: None | str | Unset
        if isinstance(self.pricing_currency, Unset):
            pricing_currency = UNSET
        elif isinstance(self.pricing_currency, Currency):
            pricing_currency = self.pricing_currency.value
        else:
            pricing_currency = self.pricing_currency

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if seats_values is not UNSET:
            field_dict["seats_values"] = seats_values
        if enabled_pricings is not UNSET:
            field_dict["enabled_pricings"] = enabled_pricings
        if promotion_codes is not UNSET:
            field_dict["promotion_codes"] = promotion_codes
        if pricing_currency is not UNSET:
            field_dict["pricing_currency"] = pricing_currency
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.configured_meter_value import ConfiguredMeterValue
        from ..models.enabled_pricing import EnabledPricing
        from ..models.period import Period

        d = dict(src_dict)

        def _parse_pricing_plan_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_schedule_id = _parse_pricing_plan_schedule_id(d.pop("pricing_plan_schedule_id", UNSET))

        def _parse_seats_values(data: object) -> list[ConfiguredMeterValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                seats_values_type_0 = []
                _seats_values_type_0 = data
                for seats_values_type_0_item_data in _seats_values_type_0:
                    seats_values_type_0_item = ConfiguredMeterValue.from_dict(seats_values_type_0_item_data)

                    seats_values_type_0.append(seats_values_type_0_item)

                return seats_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfiguredMeterValue] | None | Unset, data)

        seats_values = _parse_seats_values(d.pop("seats_values", UNSET))

        def _parse_enabled_pricings(data: object) -> list[EnabledPricing] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_pricings_type_0 = []
                _enabled_pricings_type_0 = data
                for enabled_pricings_type_0_item_data in _enabled_pricings_type_0:
                    enabled_pricings_type_0_item = EnabledPricing.from_dict(enabled_pricings_type_0_item_data)

                    enabled_pricings_type_0.append(enabled_pricings_type_0_item)

                return enabled_pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnabledPricing] | None | Unset, data)

        enabled_pricings = _parse_enabled_pricings(d.pop("enabled_pricings", UNSET))

        def _parse_promotion_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotion_codes_type_0 = cast(list[str], data)

                return promotion_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        promotion_codes = _parse_promotion_codes(d.pop("promotion_codes", UNSET))

        def _parse_pricing_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pricing_currency_type_0 = Currency(data)

                return pricing_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        pricing_currency = _parse_pricing_currency(d.pop("pricing_currency", UNSET))

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: Period | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = Period.from_dict(_billing_period)

        pricing_plan_schedule_customization = cls(
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            seats_values=seats_values,
            enabled_pricings=enabled_pricings,
            promotion_codes=promotion_codes,
            pricing_currency=pricing_currency,
            billing_period=billing_period,
        )

        pricing_plan_schedule_customization.additional_properties = d
        return pricing_plan_schedule_customization

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
