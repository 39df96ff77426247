from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteVersionActionSign")


@_attrs_define
class QuoteVersionActionSign:
    """
    Attributes:
        signature_request_id (None | str | Unset):
    """

    signature_request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signature_request_id: None | str | Unset
        if isinstance(self.signature_request_id, Unset):
            signature_request_id = UNSET
        else:
            signature_request_id = self.signature_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature_request_id is not UNSET:
            field_dict["signature_request_id"] = signature_request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_signature_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_request_id = _parse_signature_request_id(d.pop("signature_request_id", UNSET))

        quote_version_action_sign = cls(
            signature_request_id=signature_request_id,
        )

        quote_version_action_sign.additional_properties = d
        return quote_version_action_sign

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
