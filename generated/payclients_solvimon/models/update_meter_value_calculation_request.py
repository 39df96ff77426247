from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meter_value_calculation_type import MeterValueCalculationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_meter_property_request import UpdateMeterPropertyRequest
    from ..models.update_meter_request import UpdateMeterRequest
    from ..models.update_meter_value_request import UpdateMeterValueRequest


T = TypeVar("T", bound="UpdateMeterValueCalculationRequest")


@_attrs_define
class UpdateMeterValueCalculationRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        calculation_type (MeterValueCalculationType | None | Unset):
        persist (bool | None | Unset):
        meter_id (None | str | Unset):
        meter (None | Unset | UpdateMeterRequest):
        meter_value_id (None | str | Unset):
        meter_value (None | Unset | UpdateMeterValueRequest):
        meter_property_id (None | str | Unset):
        meter_property (None | Unset | UpdateMeterPropertyRequest):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    calculation_type: MeterValueCalculationType | None | Unset = UNSET
    persist: bool | None | Unset = UNSET
    meter_id: None | str | Unset = UNSET
    meter: None | Unset | UpdateMeterRequest = UNSET
    meter_value_id: None | str | Unset = UNSET
    meter_value: None | Unset | UpdateMeterValueRequest = UNSET
    meter_property_id: None | str | Unset = UNSET
    meter_property: None | Unset | UpdateMeterPropertyRequest = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_meter_property_request import UpdateMeterPropertyRequest
        from ..models.update_meter_request import UpdateMeterRequest
        from ..models.update_meter_value_request import UpdateMeterValueRequest

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

        calculation_type: None | str | Unset
        if isinstance(self.calculation_type, Unset):
            calculation_type = UNSET
        elif isinstance(self.calculation_type, MeterValueCalculationType):
            calculation_type = self.calculation_type.value
        else:
            calculation_type = self.calculation_type

        persist: bool | None | Unset
        if isinstance(self.persist, Unset):
            persist = UNSET
        else:
            persist = self.persist

        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        else:
            meter_id = self.meter_id

        meter: dict[str, Any] | None | Unset
        if isinstance(self.meter, Unset):
            meter = UNSET
        elif isinstance(self.meter, UpdateMeterRequest):
            meter = self.meter.to_dict()
        else:
            meter = self.meter

        meter_value_id: None | str | Unset
        if isinstance(self.meter_value_id, Unset):
            meter_value_id = UNSET
        else:
            meter_value_id = self.meter_value_id

        meter_value: dict[str, Any] | None | Unset
        if isinstance(self.meter_value, Unset):
            meter_value = UNSET
        elif isinstance(self.meter_value, UpdateMeterValueRequest):
            meter_value = self.meter_value.to_dict()
        else:
            meter_value = self.meter_value

        meter_property_id: None | str | Unset
        if isinstance(self.meter_property_id, Unset):
            meter_property_id = UNSET
        else:
            meter_property_id = self.meter_property_id

        meter_property: dict[str, Any] | None | Unset
        if isinstance(self.meter_property, Unset):
            meter_property = UNSET
        elif isinstance(self.meter_property, UpdateMeterPropertyRequest):
            meter_property = self.meter_property.to_dict()
        else:
            meter_property = self.meter_property

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
        if calculation_type is not UNSET:
            field_dict["calculation_type"] = calculation_type
        if persist is not UNSET:
            field_dict["persist"] = persist
        if meter_id is not UNSET:
            field_dict["meter_id"] = meter_id
        if meter is not UNSET:
            field_dict["meter"] = meter
        if meter_value_id is not UNSET:
            field_dict["meter_value_id"] = meter_value_id
        if meter_value is not UNSET:
            field_dict["meter_value"] = meter_value
        if meter_property_id is not UNSET:
            field_dict["meter_property_id"] = meter_property_id
        if meter_property is not UNSET:
            field_dict["meter_property"] = meter_property

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_meter_property_request import UpdateMeterPropertyRequest
        from ..models.update_meter_request import UpdateMeterRequest
        from ..models.update_meter_value_request import UpdateMeterValueRequest

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

        def _parse_calculation_type(data: object) -> MeterValueCalculationType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calculation_type_type_0 = MeterValueCalculationType(data)

                return calculation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterValueCalculationType | None | Unset, data)

        calculation_type = _parse_calculation_type(d.pop("calculation_type", UNSET))

        def _parse_persist(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        persist = _parse_persist(d.pop("persist", UNSET))

        def _parse_meter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_id = _parse_meter_id(d.pop("meter_id", UNSET))

        def _parse_meter(data: object) -> None | Unset | UpdateMeterRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_type_0 = UpdateMeterRequest.from_dict(data)

                return meter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateMeterRequest, data)

        meter = _parse_meter(d.pop("meter", UNSET))

        def _parse_meter_value_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_id = _parse_meter_value_id(d.pop("meter_value_id", UNSET))

        def _parse_meter_value(data: object) -> None | Unset | UpdateMeterValueRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_value_type_0 = UpdateMeterValueRequest.from_dict(data)

                return meter_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateMeterValueRequest, data)

        meter_value = _parse_meter_value(d.pop("meter_value", UNSET))

        def _parse_meter_property_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_property_id = _parse_meter_property_id(d.pop("meter_property_id", UNSET))

        def _parse_meter_property(data: object) -> None | Unset | UpdateMeterPropertyRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_property_type_0 = UpdateMeterPropertyRequest.from_dict(data)

                return meter_property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateMeterPropertyRequest, data)

        meter_property = _parse_meter_property(d.pop("meter_property", UNSET))

        update_meter_value_calculation_request = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            name=name,
            description=description,
            calculation_type=calculation_type,
            persist=persist,
            meter_id=meter_id,
            meter=meter,
            meter_value_id=meter_value_id,
            meter_value=meter_value,
            meter_property_id=meter_property_id,
            meter_property=meter_property,
        )

        update_meter_value_calculation_request.additional_properties = d
        return update_meter_value_calculation_request

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
