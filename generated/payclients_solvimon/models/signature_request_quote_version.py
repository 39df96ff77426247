from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureRequestQuoteVersion")


@_attrs_define
class SignatureRequestQuoteVersion:
    """
    Attributes:
        quote_version_id (None | str | Unset):
    """

    quote_version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_version_id: None | str | Unset
        if isinstance(self.quote_version_id, Unset):
            quote_version_id = UNSET
        else:
            quote_version_id = self.quote_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote_version_id is not UNSET:
            field_dict["quote_version_id"] = quote_version_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_quote_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_version_id = _parse_quote_version_id(d.pop("quote_version_id", UNSET))

        signature_request_quote_version = cls(
            quote_version_id=quote_version_id,
        )

        signature_request_quote_version.additional_properties = d
        return signature_request_quote_version

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
