from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ingest_reference_mapping import IngestReferenceMapping
    from ..models.meter_property_mapping import MeterPropertyMapping
    from ..models.meter_value_mapping import MeterValueMapping
    from ..models.reference_mapping_interface import ReferenceMappingInterface


T = TypeVar("T", bound="MeterDataMappingSettings")


@_attrs_define
class MeterDataMappingSettings:
    """
    Attributes:
        column_values (list[str] | None | Unset):
        meter_reference_mapping (ReferenceMappingInterface | Unset):
        ingest_reference_mapping (IngestReferenceMapping | Unset):
        meter_property_mappings (list[MeterPropertyMapping] | None | Unset):
        meter_value_mappings (list[MeterValueMapping] | None | Unset):
    """

    column_values: list[str] | None | Unset = UNSET
    meter_reference_mapping: ReferenceMappingInterface | Unset = UNSET
    ingest_reference_mapping: IngestReferenceMapping | Unset = UNSET
    meter_property_mappings: list[MeterPropertyMapping] | None | Unset = UNSET
    meter_value_mappings: list[MeterValueMapping] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_values: list[str] | None | Unset
        if isinstance(self.column_values, Unset):
            column_values = UNSET
        elif isinstance(self.column_values, list):
            column_values = self.column_values

        else:
            column_values = self.column_values

        meter_reference_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meter_reference_mapping, Unset):
            meter_reference_mapping = self.meter_reference_mapping.to_dict()

        ingest_reference_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingest_reference_mapping, Unset):
            ingest_reference_mapping = self.ingest_reference_mapping.to_dict()

        meter_property_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_property_mappings, Unset):
            meter_property_mappings = UNSET
        elif isinstance(self.meter_property_mappings, list):
            meter_property_mappings = []
            for meter_property_mappings_type_0_item_data in self.meter_property_mappings:
                meter_property_mappings_type_0_item = meter_property_mappings_type_0_item_data.to_dict()
                meter_property_mappings.append(meter_property_mappings_type_0_item)

        else:
            meter_property_mappings = self.meter_property_mappings

        meter_value_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_value_mappings, Unset):
            meter_value_mappings = UNSET
        elif isinstance(self.meter_value_mappings, list):
            meter_value_mappings = []
            for meter_value_mappings_type_0_item_data in self.meter_value_mappings:
                meter_value_mappings_type_0_item = meter_value_mappings_type_0_item_data.to_dict()
                meter_value_mappings.append(meter_value_mappings_type_0_item)

        else:
            meter_value_mappings = self.meter_value_mappings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_values is not UNSET:
            field_dict["column_values"] = column_values
        if meter_reference_mapping is not UNSET:
            field_dict["meter_reference_mapping"] = meter_reference_mapping
        if ingest_reference_mapping is not UNSET:
            field_dict["ingest_reference_mapping"] = ingest_reference_mapping
        if meter_property_mappings is not UNSET:
            field_dict["meter_property_mappings"] = meter_property_mappings
        if meter_value_mappings is not UNSET:
            field_dict["meter_value_mappings"] = meter_value_mappings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ingest_reference_mapping import IngestReferenceMapping
        from ..models.meter_property_mapping import MeterPropertyMapping
        from ..models.meter_value_mapping import MeterValueMapping
        from ..models.reference_mapping_interface import ReferenceMappingInterface

        d = dict(src_dict)

        def _parse_column_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_values_type_0 = cast(list[str], data)

                return column_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        column_values = _parse_column_values(d.pop("column_values", UNSET))

        _meter_reference_mapping = d.pop("meter_reference_mapping", UNSET)
        meter_reference_mapping: ReferenceMappingInterface | Unset
        if isinstance(_meter_reference_mapping, Unset):
            meter_reference_mapping = UNSET
        else:
            meter_reference_mapping = ReferenceMappingInterface.from_dict(_meter_reference_mapping)

        _ingest_reference_mapping = d.pop("ingest_reference_mapping", UNSET)
        ingest_reference_mapping: IngestReferenceMapping | Unset
        if isinstance(_ingest_reference_mapping, Unset):
            ingest_reference_mapping = UNSET
        else:
            ingest_reference_mapping = IngestReferenceMapping.from_dict(_ingest_reference_mapping)

        def _parse_meter_property_mappings(data: object) -> list[MeterPropertyMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_property_mappings_type_0 = []
                _meter_property_mappings_type_0 = data
                for meter_property_mappings_type_0_item_data in _meter_property_mappings_type_0:
                    meter_property_mappings_type_0_item = MeterPropertyMapping.from_dict(
                        meter_property_mappings_type_0_item_data
                    )

                    meter_property_mappings_type_0.append(meter_property_mappings_type_0_item)

                return meter_property_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterPropertyMapping] | None | Unset, data)

        meter_property_mappings = _parse_meter_property_mappings(d.pop("meter_property_mappings", UNSET))

        def _parse_meter_value_mappings(data: object) -> list[MeterValueMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_value_mappings_type_0 = []
                _meter_value_mappings_type_0 = data
                for meter_value_mappings_type_0_item_data in _meter_value_mappings_type_0:
                    meter_value_mappings_type_0_item = MeterValueMapping.from_dict(
                        meter_value_mappings_type_0_item_data
                    )

                    meter_value_mappings_type_0.append(meter_value_mappings_type_0_item)

                return meter_value_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterValueMapping] | None | Unset, data)

        meter_value_mappings = _parse_meter_value_mappings(d.pop("meter_value_mappings", UNSET))

        meter_data_mapping_settings = cls(
            column_values=column_values,
            meter_reference_mapping=meter_reference_mapping,
            ingest_reference_mapping=ingest_reference_mapping,
            meter_property_mappings=meter_property_mappings,
            meter_value_mappings=meter_value_mappings,
        )

        meter_data_mapping_settings.additional_properties = d
        return meter_data_mapping_settings

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
