from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_id_type import TaxIdType

T = TypeVar("T", bound="TaxIdTypeResponse")


@_attrs_define
class TaxIdTypeResponse:
    """
    Attributes:
        allowed_types (list[TaxIdType]):
    """

    allowed_types: list[TaxIdType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_types = []
        for allowed_types_item_data in self.allowed_types:
            allowed_types_item = allowed_types_item_data.value
            allowed_types.append(allowed_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_types": allowed_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allowed_types = []
        _allowed_types = d.pop("allowed_types")
        for allowed_types_item_data in _allowed_types:
            allowed_types_item = TaxIdType(allowed_types_item_data)

            allowed_types.append(allowed_types_item)

        tax_id_type_response = cls(
            allowed_types=allowed_types,
        )

        tax_id_type_response.additional_properties = d
        return tax_id_type_response

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
