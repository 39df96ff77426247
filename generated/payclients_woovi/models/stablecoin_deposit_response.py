from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_conversion_quote import StablecoinConversionQuote


T = TypeVar("T", bound="StablecoinDepositResponse")


@_attrs_define
class StablecoinDepositResponse:
    """
    Attributes:
        status (str | Unset):
        deposit_id (str | Unset):
        correlation_id (str | Unset):
        expiration (datetime.datetime | Unset):
        quote (StablecoinConversionQuote | Unset): Amounts in units of each currency (decimals).
    """

    status: str | Unset = UNSET
    deposit_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    expiration: datetime.datetime | Unset = UNSET
    quote: StablecoinConversionQuote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        deposit_id = self.deposit_id

        correlation_id = self.correlation_id

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if deposit_id is not UNSET:
            field_dict["depositId"] = deposit_id
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_conversion_quote import StablecoinConversionQuote

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        deposit_id = d.pop("depositId", UNSET)

        correlation_id = d.pop("correlationId", UNSET)

        _expiration = d.pop("expiration", UNSET)
        expiration: datetime.datetime | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = datetime.datetime.fromisoformat(_expiration)

        _quote = d.pop("quote", UNSET)
        quote: StablecoinConversionQuote | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = StablecoinConversionQuote.from_dict(_quote)

        stablecoin_deposit_response = cls(
            status=status,
            deposit_id=deposit_id,
            correlation_id=correlation_id,
            expiration=expiration,
            quote=quote,
        )

        stablecoin_deposit_response.additional_properties = d
        return stablecoin_deposit_response

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
