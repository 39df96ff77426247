from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stablecoin_currency import StablecoinCurrency
from ..types import UNSET, Unset

T = TypeVar("T", bound="StablecoinPayoutRequest")


@_attrs_define
class StablecoinPayoutRequest:
    """
    Attributes:
        value (int): Amount of the input asset, in cents.
        currency (StablecoinCurrency):
        pix_key (str): Pix key that receives the BRL.
        correlation_id (None | str | Unset):
        pix_message (None | str | Unset):
    """

    value: int
    currency: StablecoinCurrency
    pix_key: str
    correlation_id: None | str | Unset = UNSET
    pix_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        currency = self.currency.value

        pix_key = self.pix_key

        correlation_id: None | str | Unset
        if isinstance(self.correlation_id, Unset):
            correlation_id = UNSET
        else:
            correlation_id = self.correlation_id

        pix_message: None | str | Unset
        if isinstance(self.pix_message, Unset):
            pix_message = UNSET
        else:
            pix_message = self.pix_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "currency": currency,
                "pixKey": pix_key,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if pix_message is not UNSET:
            field_dict["pixMessage"] = pix_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        currency = StablecoinCurrency(d.pop("currency"))

        pix_key = d.pop("pixKey")

        def _parse_correlation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        correlation_id = _parse_correlation_id(d.pop("correlationId", UNSET))

        def _parse_pix_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pix_message = _parse_pix_message(d.pop("pixMessage", UNSET))

        stablecoin_payout_request = cls(
            value=value,
            currency=currency,
            pix_key=pix_key,
            correlation_id=correlation_id,
            pix_message=pix_message,
        )

        stablecoin_payout_request.additional_properties = d
        return stablecoin_payout_request

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
