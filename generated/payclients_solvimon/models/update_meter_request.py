from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_meter_property import MeterMeterProperty
    from ..models.meter_meter_value import MeterMeterValue


T = TypeVar("T", bound="UpdateMeterRequest")


@_attrs_define
class UpdateMeterRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        status (None | ResourceStatus | Unset):
        meter_values (list[MeterMeterValue] | None | Unset):
        meter_properties (list[MeterMeterProperty] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    meter_values: list[MeterMeterValue] | None | Unset = UNSET
    meter_properties: list[MeterMeterProperty] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reference = self.reference

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        meter_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_values, Unset):
            meter_values = UNSET
        elif isinstance(self.meter_values, list):
            meter_values = []
            for meter_values_type_0_item_data in self.meter_values:
                meter_values_type_0_item = meter_values_type_0_item_data.to_dict()
                meter_values.append(meter_values_type_0_item)

        else:
            meter_values = self.meter_values

        meter_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_properties, Unset):
            meter_properties = UNSET
        elif isinstance(self.meter_properties, list):
            meter_properties = []
            for meter_properties_type_0_item_data in self.meter_properties:
                meter_properties_type_0_item = meter_properties_type_0_item_data.to_dict()
                meter_properties.append(meter_properties_type_0_item)

        else:
            meter_properties = self.meter_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if meter_values is not UNSET:
            field_dict["meter_values"] = meter_values
        if meter_properties is not UNSET:
            field_dict["meter_properties"] = meter_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_meter_property import MeterMeterProperty
        from ..models.meter_meter_value import MeterMeterValue

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_meter_values(data: object) -> list[MeterMeterValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_values_type_0 = []
                _meter_values_type_0 = data
                for meter_values_type_0_item_data in _meter_values_type_0:
                    meter_values_type_0_item = MeterMeterValue.from_dict(meter_values_type_0_item_data)

                    meter_values_type_0.append(meter_values_type_0_item)

                return meter_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterMeterValue] | None | Unset, data)

        meter_values = _parse_meter_values(d.pop("meter_values", UNSET))

        def _parse_meter_properties(data: object) -> list[MeterMeterProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_properties_type_0 = []
                _meter_properties_type_0 = data
                for meter_properties_type_0_item_data in _meter_properties_type_0:
                    meter_properties_type_0_item = MeterMeterProperty.from_dict(meter_properties_type_0_item_data)

                    meter_properties_type_0.append(meter_properties_type_0_item)

                return meter_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterMeterProperty] | None | Unset, data)

        meter_properties = _parse_meter_properties(d.pop("meter_properties", UNSET))

        update_meter_request = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            name=name,
            description=description,
            status=status,
            meter_values=meter_values,
            meter_properties=meter_properties,
        )

        update_meter_request.additional_properties = d
        return update_meter_request

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
