from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_conversion_quote import StablecoinConversionQuote
    from ..models.stablecoin_pix_key_owner import StablecoinPixKeyOwner


T = TypeVar("T", bound="StablecoinPayout")


@_attrs_define
class StablecoinPayout:
    """
    Attributes:
        status (str | Unset):
        payout_id (str | Unset):
        correlation_id (str | Unset):
        pix_key (str | Unset):
        pix_key_owner (None | StablecoinPixKeyOwner | Unset):
        quote (StablecoinConversionQuote | Unset): Amounts in units of each currency (decimals).
    """

    status: str | Unset = UNSET
    payout_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    pix_key: str | Unset = UNSET
    pix_key_owner: None | StablecoinPixKeyOwner | Unset = UNSET
    quote: StablecoinConversionQuote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stablecoin_pix_key_owner import StablecoinPixKeyOwner

        status = self.status

        payout_id = self.payout_id

        correlation_id = self.correlation_id

        pix_key = self.pix_key

        pix_key_owner: dict[str, Any] | None | Unset
        if isinstance(self.pix_key_owner, Unset):
            pix_key_owner = UNSET
        elif isinstance(self.pix_key_owner, StablecoinPixKeyOwner):
            pix_key_owner = self.pix_key_owner.to_dict()
        else:
            pix_key_owner = self.pix_key_owner

        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if payout_id is not UNSET:
            field_dict["payoutId"] = payout_id
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if pix_key_owner is not UNSET:
            field_dict["pixKeyOwner"] = pix_key_owner
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_conversion_quote import StablecoinConversionQuote
        from ..models.stablecoin_pix_key_owner import StablecoinPixKeyOwner

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        payout_id = d.pop("payoutId", UNSET)

        correlation_id = d.pop("correlationId", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        def _parse_pix_key_owner(data: object) -> None | StablecoinPixKeyOwner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_key_owner_type_0 = StablecoinPixKeyOwner.from_dict(data)

                return pix_key_owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StablecoinPixKeyOwner | Unset, data)

        pix_key_owner = _parse_pix_key_owner(d.pop("pixKeyOwner", UNSET))

        _quote = d.pop("quote", UNSET)
        quote: StablecoinConversionQuote | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = StablecoinConversionQuote.from_dict(_quote)

        stablecoin_payout = cls(
            status=status,
            payout_id=payout_id,
            correlation_id=correlation_id,
            pix_key=pix_key,
            pix_key_owner=pix_key_owner,
            quote=quote,
        )

        stablecoin_payout.additional_properties = d
        return stablecoin_payout

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
