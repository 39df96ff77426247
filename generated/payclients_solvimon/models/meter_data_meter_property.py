from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_property_dynamic_validation_settings import MeterPropertyDynamicValidationSettings


T = TypeVar("T", bound="MeterDataMeterProperty")


@_attrs_define
class MeterDataMeterProperty:
    """
    Attributes:
        id (None | str | Unset):
        reference (None | str | Unset):
        value (None | str | Unset):
        dynamic_validation_settings (MeterPropertyDynamicValidationSettings | Unset):
    """

    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    dynamic_validation_settings: MeterPropertyDynamicValidationSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        dynamic_validation_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_validation_settings, Unset):
            dynamic_validation_settings = self.dynamic_validation_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if value is not UNSET:
            field_dict["value"] = value
        if dynamic_validation_settings is not UNSET:
            field_dict["dynamic_validation_settings"] = dynamic_validation_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_property_dynamic_validation_settings import MeterPropertyDynamicValidationSettings

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

        _dynamic_validation_settings = d.pop("dynamic_validation_settings", UNSET)
        dynamic_validation_settings: MeterPropertyDynamicValidationSettings | Unset
        if isinstance(_dynamic_validation_settings, Unset):
            dynamic_validation_settings = UNSET
        else:
            dynamic_validation_settings = MeterPropertyDynamicValidationSettings.from_dict(_dynamic_validation_settings)

        meter_data_meter_property = cls(
            id=id,
            reference=reference,
            value=value,
            dynamic_validation_settings=dynamic_validation_settings,
        )

        meter_data_meter_property.additional_properties = d
        return meter_data_meter_property

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
