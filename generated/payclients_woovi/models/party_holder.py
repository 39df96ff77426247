from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="PartyHolder")


@_attrs_define
class PartyHolder:
    """
    Attributes:
        name (str | Unset):
        name_friendly (str | Unset):
        tax_id (TaxId | Unset): A Brazilian tax id as returned by the API.
    """

    name: str | Unset = UNSET
    name_friendly: str | Unset = UNSET
    tax_id: TaxId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        name_friendly = self.name_friendly

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if name_friendly is not UNSET:
            field_dict["nameFriendly"] = name_friendly
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_id import TaxId

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        name_friendly = d.pop("nameFriendly", UNSET)

        _tax_id = d.pop("taxID", UNSET)
        tax_id: TaxId | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = TaxId.from_dict(_tax_id)

        party_holder = cls(
            name=name,
            name_friendly=name_friendly,
            tax_id=tax_id,
        )

        party_holder.additional_properties = d
        return party_holder

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
