from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.name import Name


T = TypeVar("T", bound="Individual")


@_attrs_define
class Individual:
    """Details of a customer who is a person.

    Attributes:
        name (Name | Unset): A person's name.
        residential_address (Address | Unset): A postal address.
    """

    name: Name | Unset = UNSET
    residential_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        residential_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.residential_address, Unset):
            residential_address = self.residential_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if residential_address is not UNSET:
            field_dict["residential_address"] = residential_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.name import Name

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: Name | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = Name.from_dict(_name)

        _residential_address = d.pop("residential_address", UNSET)
        residential_address: Address | Unset
        if isinstance(_residential_address, Unset):
            residential_address = UNSET
        else:
            residential_address = Address.from_dict(_residential_address)

        individual = cls(
            name=name,
            residential_address=residential_address,
        )

        individual.additional_properties = d
        return individual

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
