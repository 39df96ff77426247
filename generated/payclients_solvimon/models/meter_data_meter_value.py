from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.meter_value_dynamic_validation_settings import MeterValueDynamicValidationSettings


T = TypeVar("T", bound="MeterDataMeterValue")


@_attrs_define
class MeterDataMeterValue:
    """
    Attributes:
        id (None | str | Unset):
        reference (None | str | Unset):
        number (None | str | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        count (None | str | Unset):
        dynamic_validation_settings (MeterValueDynamicValidationSettings | Unset):
    """

    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    amount: Amount | Unset = UNSET
    count: None | str | Unset = UNSET
    dynamic_validation_settings: MeterValueDynamicValidationSettings | Unset = UNSET
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

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        count: None | str | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

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
        if number is not UNSET:
            field_dict["number"] = number
        if amount is not UNSET:
            field_dict["amount"] = amount
        if count is not UNSET:
            field_dict["count"] = count
        if dynamic_validation_settings is not UNSET:
            field_dict["dynamic_validation_settings"] = dynamic_validation_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.meter_value_dynamic_validation_settings import MeterValueDynamicValidationSettings

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

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        _dynamic_validation_settings = d.pop("dynamic_validation_settings", UNSET)
        dynamic_validation_settings: MeterValueDynamicValidationSettings | Unset
        if isinstance(_dynamic_validation_settings, Unset):
            dynamic_validation_settings = UNSET
        else:
            dynamic_validation_settings = MeterValueDynamicValidationSettings.from_dict(_dynamic_validation_settings)

        meter_data_meter_value = cls(
            id=id,
            reference=reference,
            number=number,
            amount=amount,
            count=count,
            dynamic_validation_settings=dynamic_validation_settings,
        )

        meter_data_meter_value.additional_properties = d
        return meter_data_meter_value

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
