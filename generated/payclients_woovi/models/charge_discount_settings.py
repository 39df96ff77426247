from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_discount_modality import ChargeDiscountModality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_discount_fixed_date import ChargeDiscountFixedDate


T = TypeVar("T", bound="ChargeDiscountSettings")


@_attrs_define
class ChargeDiscountSettings:
    """
    Attributes:
        modality (ChargeDiscountModality | Unset):
        discount_fixed_date (list[ChargeDiscountFixedDate] | Unset): Discount steps of the *_UNTIL_SPECIFIED_DATE
            modalities.
        value (int | Unset): Discount per day of the *_ADVANCE modalities.
    """

    modality: ChargeDiscountModality | Unset = UNSET
    discount_fixed_date: list[ChargeDiscountFixedDate] | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        discount_fixed_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount_fixed_date, Unset):
            discount_fixed_date = []
            for discount_fixed_date_item_data in self.discount_fixed_date:
                discount_fixed_date_item = discount_fixed_date_item_data.to_dict()
                discount_fixed_date.append(discount_fixed_date_item)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modality is not UNSET:
            field_dict["modality"] = modality
        if discount_fixed_date is not UNSET:
            field_dict["discountFixedDate"] = discount_fixed_date
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_discount_fixed_date import ChargeDiscountFixedDate

        d = dict(src_dict)
        _modality = d.pop("modality", UNSET)
        modality: ChargeDiscountModality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            modality = ChargeDiscountModality(_modality)

        _discount_fixed_date = d.pop("discountFixedDate", UNSET)
        discount_fixed_date: list[ChargeDiscountFixedDate] | Unset = UNSET
        if _discount_fixed_date is not UNSET:
            discount_fixed_date = []
            for discount_fixed_date_item_data in _discount_fixed_date:
                discount_fixed_date_item = ChargeDiscountFixedDate.from_dict(discount_fixed_date_item_data)

                discount_fixed_date.append(discount_fixed_date_item)

        value = d.pop("value", UNSET)

        charge_discount_settings = cls(
            modality=modality,
            discount_fixed_date=discount_fixed_date,
            value=value,
        )

        charge_discount_settings.additional_properties = d
        return charge_discount_settings

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
