from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsedExchangeRate")


@_attrs_define
class UsedExchangeRate:
    """An exchange rate applied on the invoice.

    Attributes:
        currency (str | Unset):
        base_currency (str | Unset):
        rate_timestamp (datetime.datetime | Unset): Time the rate applies to.
        rate (str | Unset): Exchange rate as a decimal string.
        source (None | str | Unset):
    """

    currency: str | Unset = UNSET
    base_currency: str | Unset = UNSET
    rate_timestamp: datetime.datetime | Unset = UNSET
    rate: str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        base_currency = self.base_currency

        rate_timestamp: str | Unset = UNSET
        if not isinstance(self.rate_timestamp, Unset):
            rate_timestamp = self.rate_timestamp.isoformat()

        rate = self.rate

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if base_currency is not UNSET:
            field_dict["base_currency"] = base_currency
        if rate_timestamp is not UNSET:
            field_dict["rate_timestamp"] = rate_timestamp
        if rate is not UNSET:
            field_dict["rate"] = rate
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        base_currency = d.pop("base_currency", UNSET)

        _rate_timestamp = d.pop("rate_timestamp", UNSET)
        rate_timestamp: datetime.datetime | Unset
        if isinstance(_rate_timestamp, Unset):
            rate_timestamp = UNSET
        else:
            rate_timestamp = datetime.datetime.fromisoformat(_rate_timestamp)

        rate = d.pop("rate", UNSET)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        used_exchange_rate = cls(
            currency=currency,
            base_currency=base_currency,
            rate_timestamp=rate_timestamp,
            rate=rate,
            source=source,
        )

        used_exchange_rate.additional_properties = d
        return used_exchange_rate

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
