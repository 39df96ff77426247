from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_property import MeterProperty


T = TypeVar("T", bound="MeterPropertyCondition")


@_attrs_define
class MeterPropertyCondition:
    """A condition on one meter property.

    Attributes:
        id (None | str | Unset):
        reference (None | str | Unset):
        meter_property (MeterProperty | None | Unset):
        value (None | str | Unset):
        values (list[str] | None | Unset):
        comparator (Comparator | Unset): Comparison operator in a condition.
    """

    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    meter_property: MeterProperty | None | Unset = UNSET
    value: None | str | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    comparator: Comparator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meter_property import MeterProperty

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

        meter_property: dict[str, Any] | None | Unset
        if isinstance(self.meter_property, Unset):
            meter_property = UNSET
        elif isinstance(self.meter_property, MeterProperty):
            meter_property = self.meter_property.to_dict()
        else:
            meter_property = self.meter_property

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

        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if meter_property is not UNSET:
            field_dict["meter_property"] = meter_property
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values
        if comparator is not UNSET:
            field_dict["comparator"] = comparator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_property import MeterProperty

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

        def _parse_meter_property(data: object) -> MeterProperty | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_property_type_0 = MeterProperty.from_dict(data)

                return meter_property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterProperty | None | Unset, data)

        meter_property = _parse_meter_property(d.pop("meter_property", UNSET))

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

        _comparator = d.pop("comparator", UNSET)
        comparator: Comparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = Comparator(_comparator)

        meter_property_condition = cls(
            id=id,
            reference=reference,
            meter_property=meter_property,
            value=value,
            values=values,
            comparator=comparator,
        )

        meter_property_condition.additional_properties = d
        return meter_property_condition

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
