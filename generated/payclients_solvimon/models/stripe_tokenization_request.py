from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeTokenizationRequest")


@_attrs_define
class StripeTokenizationRequest:
    """
    Attributes:
        confirmation_token_id (str | Unset):
    """

    confirmation_token_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmation_token_id = self.confirmation_token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmation_token_id is not UNSET:
            field_dict["confirmation_token_id"] = confirmation_token_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirmation_token_id = d.pop("confirmation_token_id", UNSET)

        stripe_tokenization_request = cls(
            confirmation_token_id=confirmation_token_id,
        )

        stripe_tokenization_request.additional_properties = d
        return stripe_tokenization_request

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
