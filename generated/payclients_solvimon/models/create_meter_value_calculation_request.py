from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meter_value_calculation_type import MeterValueCalculationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_meter_property_request import CreateMeterPropertyRequest
    from ..models.create_meter_request import CreateMeterRequest
    from ..models.create_meter_value_request import CreateMeterValueRequest


T = TypeVar("T", bound="CreateMeterValueCalculationRequest")


@_attrs_define
class CreateMeterValueCalculationRequest:
    """
    Attributes:
        reference (str):
        calculation_type (MeterValueCalculationType | None):
        meter_id (None | str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        persist (bool | None | Unset):
        meter (CreateMeterRequest | None | Unset):
        meter_value_id (None | str | Unset):
        meter_value (CreateMeterValueRequest | None | Unset):
        meter_property_id (None | str | Unset):
        meter_property (CreateMeterPropertyRequest | None | Unset):
    """

    reference: str
    calculation_type: MeterValueCalculationType | None
    meter_id: None | str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    persist: bool | None | Unset = UNSET
    meter: CreateMeterRequest | None | Unset = UNSET
    meter_value_id: None | str | Unset = UNSET
    meter_value: CreateMeterValueRequest | None | Unset = UNSET
    meter_property_id: None | str | Unset = UNSET
    meter_property: CreateMeterPropertyRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_meter_property_request import CreateMeterPropertyRequest
        from ..models.create_meter_request import CreateMeterRequest
        from ..models.create_meter_value_request import CreateMeterValueRequest

        reference = self.reference

        calculation_type: None | str
        if isinstance(self.calculation_type, MeterValueCalculationType):
            calculation_type = self.calculation_type.value
        else:
            calculation_type = self.calculation_type

        meter_id: None | str
        meter_id = self.meter_id

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

        persist: bool | None | Unset
        if isinstance(self.persist, Unset):
            persist = UNSET
        else:
            persist = self.persist

        meter: dict[str, Any] | None | Unset
        if isinstance(self.meter, Unset):
            meter = UNSET
        elif isinstance(self.meter, CreateMeterRequest):
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
        elif isinstance(self.meter_value, CreateMeterValueRequest):
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
        elif isinstance(self.meter_property, CreateMeterPropertyRequest):
            meter_property = self.meter_property.to_dict()
        else:
            meter_property = self.meter_property

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "calculation_type": calculation_type,
                "meter_id": meter_id,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if persist is not UNSET:
            field_dict["persist"] = persist
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
        from ..models.create_meter_property_request import CreateMeterPropertyRequest
        from ..models.create_meter_request import CreateMeterRequest
        from ..models.create_meter_value_request import CreateMeterValueRequest

        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_calculation_type(data: object) -> MeterValueCalculationType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calculation_type_type_0 = MeterValueCalculationType(data)

                return calculation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterValueCalculationType | None, data)

        calculation_type = _parse_calculation_type(d.pop("calculation_type"))

        def _parse_meter_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meter_id = _parse_meter_id(d.pop("meter_id"))

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

        def _parse_persist(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        persist = _parse_persist(d.pop("persist", UNSET))

        def _parse_meter(data: object) -> CreateMeterRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_type_0 = CreateMeterRequest.from_dict(data)

                return meter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMeterRequest | None | Unset, data)

        meter = _parse_meter(d.pop("meter", UNSET))

        def _parse_meter_value_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_id = _parse_meter_value_id(d.pop("meter_value_id", UNSET))

        def _parse_meter_value(data: object) -> CreateMeterValueRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_value_type_0 = CreateMeterValueRequest.from_dict(data)

                return meter_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMeterValueRequest | None | Unset, data)

        meter_value = _parse_meter_value(d.pop("meter_value", UNSET))

        def _parse_meter_property_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_property_id = _parse_meter_property_id(d.pop("meter_property_id", UNSET))

        def _parse_meter_property(data: object) -> CreateMeterPropertyRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_property_type_0 = CreateMeterPropertyRequest.from_dict(data)

                return meter_property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMeterPropertyRequest | None | Unset, data)

        meter_property = _parse_meter_property(d.pop("meter_property", UNSET))

        create_meter_value_calculation_request = cls(
            reference=reference,
            calculation_type=calculation_type,
            meter_id=meter_id,
            object_type=object_type,
            id=id,
            name=name,
            description=description,
            persist=persist,
            meter=meter,
            meter_value_id=meter_value_id,
            meter_value=meter_value,
            meter_property_id=meter_property_id,
            meter_property=meter_property,
        )

        create_meter_value_calculation_request.additional_properties = d
        return create_meter_value_calculation_request

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
