from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StablecoinConversionQuote")


@_attrs_define
class StablecoinConversionQuote:
    """Amounts in units of each currency (decimals).

    Attributes:
        input_amount (float | Unset):
        input_currency (str | Unset):
        output_amount (float | Unset):
        output_currency (str | Unset):
        rate (float | Unset):
        fee (float | Unset):
    """

    input_amount: float | Unset = UNSET
    input_currency: str | Unset = UNSET
    output_amount: float | Unset = UNSET
    output_currency: str | Unset = UNSET
    rate: float | Unset = UNSET
    fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_amount = self.input_amount

        input_currency = self.input_currency

        output_amount = self.output_amount

        output_currency = self.output_currency

        rate = self.rate

        fee = self.fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_amount is not UNSET:
            field_dict["inputAmount"] = input_amount
        if input_currency is not UNSET:
            field_dict["inputCurrency"] = input_currency
        if output_amount is not UNSET:
            field_dict["outputAmount"] = output_amount
        if output_currency is not UNSET:
            field_dict["outputCurrency"] = output_currency
        if rate is not UNSET:
            field_dict["rate"] = rate
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_amount = d.pop("inputAmount", UNSET)

        input_currency = d.pop("inputCurrency", UNSET)

        output_amount = d.pop("outputAmount", UNSET)

        output_currency = d.pop("outputCurrency", UNSET)

        rate = d.pop("rate", UNSET)

        fee = d.pop("fee", UNSET)

        stablecoin_conversion_quote = cls(
            input_amount=input_amount,
            input_currency=input_currency,
            output_amount=output_amount,
            output_currency=output_currency,
            rate=rate,
            fee=fee,
        )

        stablecoin_conversion_quote.additional_properties = d
        return stablecoin_conversion_quote

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
