from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PixKeyTokens")


@_attrs_define
class PixKeyTokens:
    """State of the DICT token bucket.

    Attributes:
        tokens (int | Unset):
        max_tokens (int | Unset):
        next_refresh (str | Unset): When the next refill happens.
        tokens_after_refresh (int | Unset):
        refresh_rate (int | Unset): Tokens added per refill.
    """

    tokens: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    next_refresh: str | Unset = UNSET
    tokens_after_refresh: int | Unset = UNSET
    refresh_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        max_tokens = self.max_tokens

        next_refresh = self.next_refresh

        tokens_after_refresh = self.tokens_after_refresh

        refresh_rate = self.refresh_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if max_tokens is not UNSET:
            field_dict["maxTokens"] = max_tokens
        if next_refresh is not UNSET:
            field_dict["nextRefresh"] = next_refresh
        if tokens_after_refresh is not UNSET:
            field_dict["tokensAfterRefresh"] = tokens_after_refresh
        if refresh_rate is not UNSET:
            field_dict["refreshRate"] = refresh_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tokens = d.pop("tokens", UNSET)

        max_tokens = d.pop("maxTokens", UNSET)

        next_refresh = d.pop("nextRefresh", UNSET)

        tokens_after_refresh = d.pop("tokensAfterRefresh", UNSET)

        refresh_rate = d.pop("refreshRate", UNSET)

        pix_key_tokens = cls(
            tokens=tokens,
            max_tokens=max_tokens,
            next_refresh=next_refresh,
            tokens_after_refresh=tokens_after_refresh,
            refresh_rate=refresh_rate,
        )

        pix_key_tokens.additional_properties = d
        return pix_key_tokens

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
