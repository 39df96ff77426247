from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="TaxRegistration")


@_attrs_define
class TaxRegistration:
    """A tax registration of a customer or billing entity.

    Attributes:
        id (None | str | Unset):
        description (None | str | Unset):
        tax_id (None | str | Unset):
        tax_ids (list[TaxId] | None | Unset):
        registration_number (None | str | Unset):
        registered_address (Address | Unset): A postal address.
    """

    id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    tax_ids: list[TaxId] | None | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    registered_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_ids, Unset):
            tax_ids = UNSET
        elif isinstance(self.tax_ids, list):
            tax_ids = []
            for tax_ids_type_0_item_data in self.tax_ids:
                tax_ids_type_0_item = tax_ids_type_0_item_data.to_dict()
                tax_ids.append(tax_ids_type_0_item)

        else:
            tax_ids = self.tax_ids

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        registered_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registered_address, Unset):
            registered_address = self.registered_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_ids is not UNSET:
            field_dict["tax_ids"] = tax_ids
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if registered_address is not UNSET:
            field_dict["registered_address"] = registered_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.tax_id import TaxId

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_tax_ids(data: object) -> list[TaxId] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_ids_type_0 = []
                _tax_ids_type_0 = data
                for tax_ids_type_0_item_data in _tax_ids_type_0:
                    tax_ids_type_0_item = TaxId.from_dict(tax_ids_type_0_item_data)

                    tax_ids_type_0.append(tax_ids_type_0_item)

                return tax_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaxId] | None | Unset, data)

        tax_ids = _parse_tax_ids(d.pop("tax_ids", UNSET))

        def _parse_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_number = _parse_registration_number(d.pop("registration_number", UNSET))

        _registered_address = d.pop("registered_address", UNSET)
        registered_address: Address | Unset
        if isinstance(_registered_address, Unset):
            registered_address = UNSET
        else:
            registered_address = Address.from_dict(_registered_address)

        tax_registration = cls(
            id=id,
            description=description,
            tax_id=tax_id,
            tax_ids=tax_ids,
            registration_number=registration_number,
            registered_address=registered_address,
        )

        tax_registration.additional_properties = d
        return tax_registration

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
