from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="PricingItemConfigMeterValueIncludedVolume")


@_attrs_define
class PricingItemConfigMeterValueIncludedVolume:
    """
    Attributes:
        number (None | str | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        count (None | str | Unset):
        reset_type (None | str | Unset):
    """

    number: None | str | Unset = UNSET
    amount: Amount | Unset = UNSET
    count: None | str | Unset = UNSET
    reset_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        reset_type: None | str | Unset
        if isinstance(self.reset_type, Unset):
            reset_type = UNSET
        else:
            reset_type = self.reset_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if amount is not UNSET:
            field_dict["amount"] = amount
        if count is not UNSET:
            field_dict["count"] = count
        if reset_type is not UNSET:
            field_dict["reset_type"] = reset_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount

        d = dict(src_dict)

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

        def _parse_reset_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reset_type = _parse_reset_type(d.pop("reset_type", UNSET))

        pricing_item_config_meter_value_included_volume = cls(
            number=number,
            amount=amount,
            count=count,
            reset_type=reset_type,
        )

        pricing_item_config_meter_value_included_volume.additional_properties = d
        return pricing_item_config_meter_value_included_volume

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
