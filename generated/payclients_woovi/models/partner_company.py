from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="PartnerCompany")


@_attrs_define
class PartnerCompany:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        tax_id (str | TaxId | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    tax_id: str | TaxId | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tax_id import TaxId

        id = self.id

        name = self.name

        tax_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        elif isinstance(self.tax_id, TaxId):
            tax_id = self.tax_id.to_dict()
        else:
            tax_id = self.tax_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_id import TaxId

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_tax_id(data: object) -> str | TaxId | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_id_type_0 = TaxId.from_dict(data)

                return tax_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaxId | Unset, data)

        tax_id = _parse_tax_id(d.pop("taxID", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        partner_company = cls(
            id=id,
            name=name,
            tax_id=tax_id,
            created_at=created_at,
        )

        partner_company.additional_properties = d
        return partner_company

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
