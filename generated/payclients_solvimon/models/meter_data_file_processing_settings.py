from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_mapping import ColumnMapping
    from ..models.meter_data_mapping_settings import MeterDataMappingSettings


T = TypeVar("T", bound="MeterDataFileProcessingSettings")


@_attrs_define
class MeterDataFileProcessingSettings:
    """
    Attributes:
        mapping_column (None | str | Unset):
        mappings (list[MeterDataMappingSettings] | None | Unset):
        customer_reference_mapping (ColumnMapping | Unset):
    """

    mapping_column: None | str | Unset = UNSET
    mappings: list[MeterDataMappingSettings] | None | Unset = UNSET
    customer_reference_mapping: ColumnMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mapping_column: None | str | Unset
        if isinstance(self.mapping_column, Unset):
            mapping_column = UNSET
        else:
            mapping_column = self.mapping_column

        mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.mappings, Unset):
            mappings = UNSET
        elif isinstance(self.mappings, list):
            mappings = []
            for mappings_type_0_item_data in self.mappings:
                mappings_type_0_item = mappings_type_0_item_data.to_dict()
                mappings.append(mappings_type_0_item)

        else:
            mappings = self.mappings

        customer_reference_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_reference_mapping, Unset):
            customer_reference_mapping = self.customer_reference_mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mapping_column is not UNSET:
            field_dict["mapping_column"] = mapping_column
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if customer_reference_mapping is not UNSET:
            field_dict["customer_reference_mapping"] = customer_reference_mapping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.column_mapping import ColumnMapping
        from ..models.meter_data_mapping_settings import MeterDataMappingSettings

        d = dict(src_dict)

        def _parse_mapping_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mapping_column = _parse_mapping_column(d.pop("mapping_column", UNSET))

        def _parse_mappings(data: object) -> list[MeterDataMappingSettings] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mappings_type_0 = []
                _mappings_type_0 = data
                for mappings_type_0_item_data in _mappings_type_0:
                    mappings_type_0_item = MeterDataMappingSettings.from_dict(mappings_type_0_item_data)

                    mappings_type_0.append(mappings_type_0_item)

                return mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterDataMappingSettings] | None | Unset, data)

        mappings = _parse_mappings(d.pop("mappings", UNSET))

        _customer_reference_mapping = d.pop("customer_reference_mapping", UNSET)
        customer_reference_mapping: ColumnMapping | Unset
        if isinstance(_customer_reference_mapping, Unset):
            customer_reference_mapping = UNSET
        else:
            customer_reference_mapping = ColumnMapping.from_dict(_customer_reference_mapping)

        meter_data_file_processing_settings = cls(
            mapping_column=mapping_column,
            mappings=mappings,
            customer_reference_mapping=customer_reference_mapping,
        )

        meter_data_file_processing_settings.additional_properties = d
        return meter_data_file_processing_settings

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
