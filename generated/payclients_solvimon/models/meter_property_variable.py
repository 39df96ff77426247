from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meter_property_variable_type import MeterPropertyVariableType
from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeterPropertyVariable")


@_attrs_define
class MeterPropertyVariable:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        meter_property_id (None | str | Unset):
        meter_property_reference (None | str | Unset):
        type_ (MeterPropertyVariableType | None | Unset):
        status (None | ResourceStatus | Unset):
        values (list[str] | None | Unset):
        value_count (int | None | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    meter_property_id: None | str | Unset = UNSET
    meter_property_reference: None | str | Unset = UNSET
    type_: MeterPropertyVariableType | None | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    value_count: int | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
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

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
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

        meter_property_id: None | str | Unset
        if isinstance(self.meter_property_id, Unset):
            meter_property_id = UNSET
        else:
            meter_property_id = self.meter_property_id

        meter_property_reference: None | str | Unset
        if isinstance(self.meter_property_reference, Unset):
            meter_property_reference = UNSET
        else:
            meter_property_reference = self.meter_property_reference

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MeterPropertyVariableType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        value_count: int | None | Unset
        if isinstance(self.value_count, Unset):
            value_count = UNSET
        else:
            value_count = self.value_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

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
        if meter_property_id is not UNSET:
            field_dict["meter_property_id"] = meter_property_id
        if meter_property_reference is not UNSET:
            field_dict["meter_property_reference"] = meter_property_reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if values is not UNSET:
            field_dict["values"] = values
        if value_count is not UNSET:
            field_dict["value_count"] = value_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

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

        def _parse_meter_property_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_property_id = _parse_meter_property_id(d.pop("meter_property_id", UNSET))

        def _parse_meter_property_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_property_reference = _parse_meter_property_reference(d.pop("meter_property_reference", UNSET))

        def _parse_type_(data: object) -> MeterPropertyVariableType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = MeterPropertyVariableType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterPropertyVariableType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        def _parse_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[str], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_value_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_count = _parse_value_count(d.pop("value_count", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        meter_property_variable = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            name=name,
            description=description,
            meter_property_id=meter_property_id,
            meter_property_reference=meter_property_reference,
            type_=type_,
            status=status,
            values=values,
            value_count=value_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        meter_property_variable.additional_properties = d
        return meter_property_variable

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
