from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_id_type import TaxIdType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_id_validation import TaxIdValidation


T = TypeVar("T", bound="TaxId")


@_attrs_define
class TaxId:
    """A tax ID of a customer or billing entity.

    Attributes:
        id (str | Unset):
        type_ (None | TaxIdType | Unset):
        display_name (None | str | Unset):
        tax_id_validation_result (TaxIdValidation | Unset): Result of checking a tax ID.
    """

    id: str | Unset = UNSET
    type_: None | TaxIdType | Unset = UNSET
    display_name: None | str | Unset = UNSET
    tax_id_validation_result: TaxIdValidation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TaxIdType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        tax_id_validation_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id_validation_result, Unset):
            tax_id_validation_result = self.tax_id_validation_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if tax_id_validation_result is not UNSET:
            field_dict["tax_id_validation_result"] = tax_id_validation_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_id_validation import TaxIdValidation

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_type_(data: object) -> None | TaxIdType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TaxIdType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxIdType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        _tax_id_validation_result = d.pop("tax_id_validation_result", UNSET)
        tax_id_validation_result: TaxIdValidation | Unset
        if isinstance(_tax_id_validation_result, Unset):
            tax_id_validation_result = UNSET
        else:
            tax_id_validation_result = TaxIdValidation.from_dict(_tax_id_validation_result)

        tax_id = cls(
            id=id,
            type_=type_,
            display_name=display_name,
            tax_id_validation_result=tax_id_validation_result,
        )

        tax_id.additional_properties = d
        return tax_id

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
