from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..models.resource_identifier_type import ResourceIdentifierType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomFieldRequest")


@_attrs_define
class UpdateCustomFieldRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        resource_type (ResourceIdentifierType | Unset): Kind of resource.
        multiple_values (bool | None | Unset):
        unique_value (bool | None | Unset):
        copy_value_to_invoice (bool | None | Unset):
        integration_id (str | Unset):
        integration_reference (str | Unset):
        type_ (CustomFieldType | None | Unset):
        enum_values (list[str] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    resource_type: ResourceIdentifierType | Unset = UNSET
    multiple_values: bool | None | Unset = UNSET
    unique_value: bool | None | Unset = UNSET
    copy_value_to_invoice: bool | None | Unset = UNSET
    integration_id: str | Unset = UNSET
    integration_reference: str | Unset = UNSET
    type_: CustomFieldType | None | Unset = UNSET
    enum_values: list[str] | None | Unset = UNSET
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

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.value

        multiple_values: bool | None | Unset
        if isinstance(self.multiple_values, Unset):
            multiple_values = UNSET
        else:
            multiple_values = self.multiple_values

        unique_value: bool | None | Unset
        if isinstance(self.unique_value, Unset):
            unique_value = UNSET
        else:
            unique_value = self.unique_value

        copy_value_to_invoice: bool | None | Unset
        if isinstance(self.copy_value_to_invoice, Unset):
            copy_value_to_invoice = UNSET
        else:
            copy_value_to_invoice = self.copy_value_to_invoice

        integration_id = self.integration_id

        integration_reference = self.integration_reference

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CustomFieldType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        enum_values: list[str] | None | Unset
        if isinstance(self.enum_values, Unset):
            enum_values = UNSET
        elif isinstance(self.enum_values, list):
            enum_values = self.enum_values

        else:
            enum_values = self.enum_values

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
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if multiple_values is not UNSET:
            field_dict["multiple_values"] = multiple_values
        if unique_value is not UNSET:
            field_dict["unique_value"] = unique_value
        if copy_value_to_invoice is not UNSET:
            field_dict["copy_value_to_invoice"] = copy_value_to_invoice
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_reference is not UNSET:
            field_dict["integration_reference"] = integration_reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values

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

        _resource_type = d.pop("resource_type", UNSET)
        resource_type: ResourceIdentifierType | Unset
        if isinstance(_resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = ResourceIdentifierType(_resource_type)

        def _parse_multiple_values(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        multiple_values = _parse_multiple_values(d.pop("multiple_values", UNSET))

        def _parse_unique_value(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unique_value = _parse_unique_value(d.pop("unique_value", UNSET))

        def _parse_copy_value_to_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        copy_value_to_invoice = _parse_copy_value_to_invoice(d.pop("copy_value_to_invoice", UNSET))

        integration_id = d.pop("integration_id", UNSET)

        integration_reference = d.pop("integration_reference", UNSET)

        def _parse_type_(data: object) -> CustomFieldType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = CustomFieldType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFieldType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        update_custom_field_request = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            name=name,
            description=description,
            resource_type=resource_type,
            multiple_values=multiple_values,
            unique_value=unique_value,
            copy_value_to_invoice=copy_value_to_invoice,
            integration_id=integration_id,
            integration_reference=integration_reference,
            type_=type_,
            enum_values=enum_values,
        )

        update_custom_field_request.additional_properties = d
        return update_custom_field_request

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
