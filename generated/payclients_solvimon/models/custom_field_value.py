from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_details import IntegrationDetails


T = TypeVar("T", bound="CustomFieldValue")


@_attrs_define
class CustomFieldValue:
    """Value of a custom field on this resource.

    Attributes:
        id (None | str | Unset):
        reference (None | str | Unset):
        value (None | str | Unset):
        values (list[str] | None | Unset):
        integration_details (IntegrationDetails | None | Unset):
        integration_id (str | Unset):
    """

    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    integration_details: IntegrationDetails | None | Unset = UNSET
    integration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.integration_details import IntegrationDetails

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

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        integration_details: dict[str, Any] | None | Unset
        if isinstance(self.integration_details, Unset):
            integration_details = UNSET
        elif isinstance(self.integration_details, IntegrationDetails):
            integration_details = self.integration_details.to_dict()
        else:
            integration_details = self.integration_details

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values
        if integration_details is not UNSET:
            field_dict["integration_details"] = integration_details
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_details import IntegrationDetails

        d = dict(src_dict)

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

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

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

        def _parse_integration_details(data: object) -> IntegrationDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integration_details_type_0 = IntegrationDetails.from_dict(data)

                return integration_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationDetails | None | Unset, data)

        integration_details = _parse_integration_details(d.pop("integration_details", UNSET))

        integration_id = d.pop("integration_id", UNSET)

        custom_field_value = cls(
            id=id,
            reference=reference,
            value=value,
            values=values,
            integration_details=integration_details,
            integration_id=integration_id,
        )

        custom_field_value.additional_properties = d
        return custom_field_value

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
