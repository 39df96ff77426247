from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pix_key_type import PixKeyType

T = TypeVar("T", bound="PixKeyCreateRequest")


@_attrs_define
class PixKeyCreateRequest:
    """
    Attributes:
        key (str): The CNPJ; ignored for EVP keys.
        type_ (PixKeyType): Kind of Pix key. Random keys are EVP in key management and RANDOM in payments and transfers.
    """

    key: str
    type_: PixKeyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        type_ = PixKeyType(d.pop("type"))

        pix_key_create_request = cls(
            key=key,
            type_=type_,
        )

        pix_key_create_request.additional_properties = d
        return pix_key_create_request

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
