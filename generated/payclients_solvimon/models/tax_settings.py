from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxSettings")


@_attrs_define
class TaxSettings:
    """Tax settings of a billing entity.

    Attributes:
        apply_local_vat_for_missing_tax_id (bool | Unset):
    """

    apply_local_vat_for_missing_tax_id: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_local_vat_for_missing_tax_id = self.apply_local_vat_for_missing_tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_local_vat_for_missing_tax_id is not UNSET:
            field_dict["apply_local_vat_for_missing_tax_id"] = apply_local_vat_for_missing_tax_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        apply_local_vat_for_missing_tax_id = d.pop("apply_local_vat_for_missing_tax_id", UNSET)

        tax_settings = cls(
            apply_local_vat_for_missing_tax_id=apply_local_vat_for_missing_tax_id,
        )

        tax_settings.additional_properties = d
        return tax_settings

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
