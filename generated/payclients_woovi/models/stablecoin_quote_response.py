from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_market_quote import StablecoinMarketQuote


T = TypeVar("T", bound="StablecoinQuoteResponse")


@_attrs_define
class StablecoinQuoteResponse:
    """
    Attributes:
        status (str | Unset):
        quote (StablecoinMarketQuote | Unset):
    """

    status: str | Unset = UNSET
    quote: StablecoinMarketQuote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_market_quote import StablecoinMarketQuote

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _quote = d.pop("quote", UNSET)
        quote: StablecoinMarketQuote | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = StablecoinMarketQuote.from_dict(_quote)

        stablecoin_quote_response = cls(
            status=status,
            quote=quote,
        )

        stablecoin_quote_response.additional_properties = d
        return stablecoin_quote_response

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
