from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletTypeCreditCreditsGrant")


@_attrs_define
class WalletTypeCreditCreditsGrant:
    """
    Attributes:
        credit_type_id (str | Unset):
    """

    credit_type_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_type_id = self.credit_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_type_id is not UNSET:
            field_dict["credit_type_id"] = credit_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credit_type_id = d.pop("credit_type_id", UNSET)

        wallet_type_credit_credits_grant = cls(
            credit_type_id=credit_type_id,
        )

        wallet_type_credit_credits_grant.additional_properties = d
        return wallet_type_credit_credits_grant

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
