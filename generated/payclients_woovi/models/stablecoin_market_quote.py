from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_applied_fee import StablecoinAppliedFee


T = TypeVar("T", bound="StablecoinMarketQuote")


@_attrs_define
class StablecoinMarketQuote:
    """
    Attributes:
        base_price (float | None | Unset):
        input_amount (float | None | Unset):
        input_currency (str | Unset):
        output_amount (float | None | Unset):
        output_currency (str | Unset):
        pair_name (str | Unset):
        applied_fees (list[StablecoinAppliedFee] | Unset):
    """

    base_price: float | None | Unset = UNSET
    input_amount: float | None | Unset = UNSET
    input_currency: str | Unset = UNSET
    output_amount: float | None | Unset = UNSET
    output_currency: str | Unset = UNSET
    pair_name: str | Unset = UNSET
    applied_fees: list[StablecoinAppliedFee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_price: float | None | Unset
        if isinstance(self.base_price, Unset):
            base_price = UNSET
        else:
            base_price = self.base_price

        input_amount: float | None | Unset
        if isinstance(self.input_amount, Unset):
            input_amount = UNSET
        else:
            input_amount = self.input_amount

        input_currency = self.input_currency

        output_amount: float | None | Unset
        if isinstance(self.output_amount, Unset):
            output_amount = UNSET
        else:
            output_amount = self.output_amount

        output_currency = self.output_currency

        pair_name = self.pair_name

        applied_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applied_fees, Unset):
            applied_fees = []
            for applied_fees_item_data in self.applied_fees:
                applied_fees_item = applied_fees_item_data.to_dict()
                applied_fees.append(applied_fees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_price is not UNSET:
            field_dict["basePrice"] = base_price
        if input_amount is not UNSET:
            field_dict["inputAmount"] = input_amount
        if input_currency is not UNSET:
            field_dict["inputCurrency"] = input_currency
        if output_amount is not UNSET:
            field_dict["outputAmount"] = output_amount
        if output_currency is not UNSET:
            field_dict["outputCurrency"] = output_currency
        if pair_name is not UNSET:
            field_dict["pairName"] = pair_name
        if applied_fees is not UNSET:
            field_dict["appliedFees"] = applied_fees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_applied_fee import StablecoinAppliedFee

        d = dict(src_dict)

        def _parse_base_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_price = _parse_base_price(d.pop("basePrice", UNSET))

        def _parse_input_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_amount = _parse_input_amount(d.pop("inputAmount", UNSET))

        input_currency = d.pop("inputCurrency", UNSET)

        def _parse_output_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_amount = _parse_output_amount(d.pop("outputAmount", UNSET))

        output_currency = d.pop("outputCurrency", UNSET)

        pair_name = d.pop("pairName", UNSET)

        _applied_fees = d.pop("appliedFees", UNSET)
        applied_fees: list[StablecoinAppliedFee] | Unset = UNSET
        if _applied_fees is not UNSET:
            applied_fees = []
            for applied_fees_item_data in _applied_fees:
                applied_fees_item = StablecoinAppliedFee.from_dict(applied_fees_item_data)

                applied_fees.append(applied_fees_item)

        stablecoin_market_quote = cls(
            base_price=base_price,
            input_amount=input_amount,
            input_currency=input_currency,
            output_amount=output_amount,
            output_currency=output_currency,
            pair_name=pair_name,
            applied_fees=applied_fees,
        )

        stablecoin_market_quote.additional_properties = d
        return stablecoin_market_quote

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
