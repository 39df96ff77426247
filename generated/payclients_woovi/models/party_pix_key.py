from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pix_key_type import PixKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartyPixKey")


@_attrs_define
class PartyPixKey:
    """
    Attributes:
        pix_key (str | Unset):
        type_ (PixKeyType | Unset): Kind of Pix key. Random keys are EVP in key management and RANDOM in payments and
            transfers.
    """

    pix_key: str | Unset = UNSET
    type_: PixKeyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pix_key = self.pix_key

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pix_key = d.pop("pixKey", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PixKeyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PixKeyType(_type_)

        party_pix_key = cls(
            pix_key=pix_key,
            type_=type_,
        )

        party_pix_key.additional_properties = d
        return party_pix_key

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
