from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_id_validity import TaxIdValidity
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxIdValidation")


@_attrs_define
class TaxIdValidation:
    """Result of checking a tax ID.

    Attributes:
        id (str | Unset):
        validation_date (datetime.datetime | Unset):
        source (str | Unset):
        valid (TaxIdValidity | Unset): Outcome of a tax ID check.
        message (None | str | Unset):
    """

    id: str | Unset = UNSET
    validation_date: datetime.datetime | Unset = UNSET
    source: str | Unset = UNSET
    valid: TaxIdValidity | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        validation_date: str | Unset = UNSET
        if not isinstance(self.validation_date, Unset):
            validation_date = self.validation_date.isoformat()

        source = self.source

        valid: str | Unset = UNSET
        if not isinstance(self.valid, Unset):
            valid = self.valid.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if validation_date is not UNSET:
            field_dict["validation_date"] = validation_date
        if source is not UNSET:
            field_dict["source"] = source
        if valid is not UNSET:
            field_dict["valid"] = valid
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _validation_date = d.pop("validation_date", UNSET)
        validation_date: datetime.datetime | Unset
        if isinstance(_validation_date, Unset):
            validation_date = UNSET
        else:
            validation_date = datetime.datetime.fromisoformat(_validation_date)

        source = d.pop("source", UNSET)

        _valid = d.pop("valid", UNSET)
        valid: TaxIdValidity | Unset
        if isinstance(_valid, Unset):
            valid = UNSET
        else:
            valid = TaxIdValidity(_valid)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        tax_id_validation = cls(
            id=id,
            validation_date=validation_date,
            source=source,
            valid=valid,
            message=message,
        )

        tax_id_validation.additional_properties = d
        return tax_id_validation

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
