from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_type import FeatureType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_meter_value_calculation_request import CreateMeterValueCalculationRequest


T = TypeVar("T", bound="CreateFeatureRequest")


@_attrs_define
class CreateFeatureRequest:
    """
    Attributes:
        reference (str):
        type_ (FeatureType | None):
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        enum_values (list[str] | None | Unset):
        meter_value_calculation_id (None | str | Unset):
        meter_value_calculation (CreateMeterValueCalculationRequest | None | Unset):
    """

    reference: str
    type_: FeatureType | None
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enum_values: list[str] | None | Unset = UNSET
    meter_value_calculation_id: None | str | Unset = UNSET
    meter_value_calculation: CreateMeterValueCalculationRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_meter_value_calculation_request import CreateMeterValueCalculationRequest

        reference = self.reference

        type_: None | str
        if isinstance(self.type_, FeatureType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        enum_values: list[str] | None | Unset
        if isinstance(self.enum_values, Unset):
            enum_values = UNSET
        elif isinstance(self.enum_values, list):
            enum_values = self.enum_values

        else:
            enum_values = self.enum_values

        meter_value_calculation_id: None | str | Unset
        if isinstance(self.meter_value_calculation_id, Unset):
            meter_value_calculation_id = UNSET
        else:
            meter_value_calculation_id = self.meter_value_calculation_id

        meter_value_calculation: dict[str, Any] | None | Unset
        if isinstance(self.meter_value_calculation, Unset):
            meter_value_calculation = UNSET
        elif isinstance(self.meter_value_calculation, CreateMeterValueCalculationRequest):
            meter_value_calculation = self.meter_value_calculation.to_dict()
        else:
            meter_value_calculation = self.meter_value_calculation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "type": type_,
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
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if meter_value_calculation_id is not UNSET:
            field_dict["meter_value_calculation_id"] = meter_value_calculation_id
        if meter_value_calculation is not UNSET:
            field_dict["meter_value_calculation"] = meter_value_calculation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_meter_value_calculation_request import CreateMeterValueCalculationRequest

        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_type_(data: object) -> FeatureType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = FeatureType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeatureType | None, data)

        type_ = _parse_type_(d.pop("type"))

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

        def _parse_enum_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enum_values_type_0 = cast(list[str], data)

                return enum_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        enum_values = _parse_enum_values(d.pop("enum_values", UNSET))

        def _parse_meter_value_calculation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_calculation_id = _parse_meter_value_calculation_id(d.pop("meter_value_calculation_id", UNSET))

        def _parse_meter_value_calculation(data: object) -> CreateMeterValueCalculationRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_value_calculation_type_0 = CreateMeterValueCalculationRequest.from_dict(data)

                return meter_value_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMeterValueCalculationRequest | None | Unset, data)

        meter_value_calculation = _parse_meter_value_calculation(d.pop("meter_value_calculation", UNSET))

        create_feature_request = cls(
            reference=reference,
            type_=type_,
            object_type=object_type,
            id=id,
            name=name,
            description=description,
            enum_values=enum_values,
            meter_value_calculation_id=meter_value_calculation_id,
            meter_value_calculation=meter_value_calculation,
        )

        create_feature_request.additional_properties = d
        return create_feature_request

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
