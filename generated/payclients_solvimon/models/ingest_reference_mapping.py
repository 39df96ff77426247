from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_mapping import ColumnMapping


T = TypeVar("T", bound="IngestReferenceMapping")


@_attrs_define
class IngestReferenceMapping:
    """
    Attributes:
        column (None | str | Unset):
        prefix (ColumnMapping | Unset):
    """

    column: None | str | Unset = UNSET
    prefix: ColumnMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        prefix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column is not UNSET:
            field_dict["column"] = column
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.column_mapping import ColumnMapping

        d = dict(src_dict)

        def _parse_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

        _prefix = d.pop("prefix", UNSET)
        prefix: ColumnMapping | Unset
        if isinstance(_prefix, Unset):
            prefix = UNSET
        else:
            prefix = ColumnMapping.from_dict(_prefix)

        ingest_reference_mapping = cls(
            column=column,
            prefix=prefix,
        )

        ingest_reference_mapping.additional_properties = d
        return ingest_reference_mapping

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
