from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_property import MeterProperty


T = TypeVar("T", bound="MeterPropertySplitPricing")


@_attrs_define
class MeterPropertySplitPricing:
    """A meter property value prices are split on.

    Attributes:
        id (None | str | Unset):
        reference (None | str | Unset):
        value (None | str | Unset):
        meter_property (MeterProperty | None | Unset):
    """

    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    meter_property: MeterProperty | None | Unset = UNSET
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

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        meter_property: dict[str, Any] | None | Unset
        if isinstance(self.meter_property, Unset):
            meter_property = UNSET
        elif isinstance(self.meter_property, MeterProperty):
            meter_property = self.meter_property.to_dict()
        else:
            meter_property = self.meter_property

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if value is not UNSET:
            field_dict["value"] = value
        if meter_property is not UNSET:
            field_dict["meter_property"] = meter_property

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

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

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

        meter_property_split_pricing = cls(
            id=id,
            reference=reference,
            value=value,
            meter_property=meter_property,
        )

        meter_property_split_pricing.additional_properties = d
        return meter_property_split_pricing

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
