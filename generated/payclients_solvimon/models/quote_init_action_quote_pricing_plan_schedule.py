from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enabled_pricing import EnabledPricing
    from ..models.period import Period


T = TypeVar("T", bound="QuoteInitActionQuotePricingPlanSchedule")


@_attrs_define
class QuoteInitActionQuotePricingPlanSchedule:
    """
    Attributes:
        id (None | str | Unset):
        pricing_plan_version_id (str | Unset):
        enabled_pricings (list[EnabledPricing] | None | Unset):
        pricing_currency (Currency | None | Unset):
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | None | Unset):
    """

    id: None | str | Unset = UNSET
    pricing_plan_version_id: str | Unset = UNSET
    enabled_pricings: list[EnabledPricing] | None | Unset = UNSET
    pricing_currency: Currency | None | Unset = UNSET
    billing_period: Period | Unset = UNSET
    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        pricing_plan_version_id = self.pricing_plan_version_id

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

        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if enabled_pricings is not UNSET:
            field_dict["enabled_pricings"] = enabled_pricings
        if pricing_currency is not UNSET:
            field_dict["pricing_currency"] = pricing_currency
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enabled_pricing import EnabledPricing
        from ..models.period import Period

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        pricing_plan_version_id = d.pop("pricing_plan_version_id", UNSET)

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

        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        def _parse_end_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        quote_init_action_quote_pricing_plan_schedule = cls(
            id=id,
            pricing_plan_version_id=pricing_plan_version_id,
            enabled_pricings=enabled_pricings,
            pricing_currency=pricing_currency,
            billing_period=billing_period,
            start_at=start_at,
            end_at=end_at,
        )

        quote_init_action_quote_pricing_plan_schedule.additional_properties = d
        return quote_init_action_quote_pricing_plan_schedule

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
