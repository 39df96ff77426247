from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_id_type import TaxIdType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxIdInput")


@_attrs_define
class TaxIdInput:
    """A Brazilian tax id sent as an object.

    Attributes:
        tax_id (str | Unset): Digits only.
        type_ (TaxIdType | Unset):
    """

    tax_id: str | Unset = UNSET
    type_: TaxIdType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_id = d.pop("taxID", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TaxIdType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaxIdType(_type_)

        tax_id_input = cls(
            tax_id=tax_id,
            type_=type_,
        )

        tax_id_input.additional_properties = d
        return tax_id_input

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
