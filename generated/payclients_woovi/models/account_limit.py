from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountLimit")


@_attrs_define
class AccountLimit:
    """Pix limits in cents; the night window starts at nightStartAt.

    Attributes:
        pix_day_limit (int | Unset):
        pix_night_limit (int | Unset):
        pix_out_same_holder_day_limit (int | Unset):
        pix_out_different_holder_day_limit (int | Unset):
        pix_out_same_holder_night_limit (int | Unset):
        pix_out_different_holder_night_limit (int | Unset):
        pix_in_same_holder_day_limit (int | Unset):
        pix_in_different_holder_day_limit (int | Unset):
        pix_in_same_holder_night_limit (int | Unset):
        pix_in_different_holder_night_limit (int | Unset):
        day_start_at (str | Unset): Local time (HH:MM).
        night_start_at (str | Unset): Local time (HH:MM).
        boleto_emission_limit (int | Unset): Number of boletos that may be issued.
        boleto_maximum_value_limit (int | Unset):
    """

    pix_day_limit: int | Unset = UNSET
    pix_night_limit: int | Unset = UNSET
    pix_out_same_holder_day_limit: int | Unset = UNSET
    pix_out_different_holder_day_limit: int | Unset = UNSET
    pix_out_same_holder_night_limit: int | Unset = UNSET
    pix_out_different_holder_night_limit: int | Unset = UNSET
    pix_in_same_holder_day_limit: int | Unset = UNSET
    pix_in_different_holder_day_limit: int | Unset = UNSET
    pix_in_same_holder_night_limit: int | Unset = UNSET
    pix_in_different_holder_night_limit: int | Unset = UNSET
    day_start_at: str | Unset = UNSET
    night_start_at: str | Unset = UNSET
    boleto_emission_limit: int | Unset = UNSET
    boleto_maximum_value_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pix_day_limit = self.pix_day_limit

        pix_night_limit = self.pix_night_limit

        pix_out_same_holder_day_limit = self.pix_out_same_holder_day_limit

        pix_out_different_holder_day_limit = self.pix_out_different_holder_day_limit

        pix_out_same_holder_night_limit = self.pix_out_same_holder_night_limit

        pix_out_different_holder_night_limit = self.pix_out_different_holder_night_limit

        pix_in_same_holder_day_limit = self.pix_in_same_holder_day_limit

        pix_in_different_holder_day_limit = self.pix_in_different_holder_day_limit

        pix_in_same_holder_night_limit = self.pix_in_same_holder_night_limit

        pix_in_different_holder_night_limit = self.pix_in_different_holder_night_limit

        day_start_at = self.day_start_at

        night_start_at = self.night_start_at

        boleto_emission_limit = self.boleto_emission_limit

        boleto_maximum_value_limit = self.boleto_maximum_value_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pix_day_limit is not UNSET:
            field_dict["pixDayLimit"] = pix_day_limit
        if pix_night_limit is not UNSET:
            field_dict["pixNightLimit"] = pix_night_limit
        if pix_out_same_holder_day_limit is not UNSET:
            field_dict["pixOutSameHolderDayLimit"] = pix_out_same_holder_day_limit
        if pix_out_different_holder_day_limit is not UNSET:
            field_dict["pixOutDifferentHolderDayLimit"] = pix_out_different_holder_day_limit
        if pix_out_same_holder_night_limit is not UNSET:
            field_dict["pixOutSameHolderNightLimit"] = pix_out_same_holder_night_limit
        if pix_out_different_holder_night_limit is not UNSET:
            field_dict["pixOutDifferentHolderNightLimit"] = pix_out_different_holder_night_limit
        if pix_in_same_holder_day_limit is not UNSET:
            field_dict["pixInSameHolderDayLimit"] = pix_in_same_holder_day_limit
        if pix_in_different_holder_day_limit is not UNSET:
            field_dict["pixInDifferentHolderDayLimit"] = pix_in_different_holder_day_limit
        if pix_in_same_holder_night_limit is not UNSET:
            field_dict["pixInSameHolderNightLimit"] = pix_in_same_holder_night_limit
        if pix_in_different_holder_night_limit is not UNSET:
            field_dict["pixInDifferentHolderNightLimit"] = pix_in_different_holder_night_limit
        if day_start_at is not UNSET:
            field_dict["dayStartAt"] = day_start_at
        if night_start_at is not UNSET:
            field_dict["nightStartAt"] = night_start_at
        if boleto_emission_limit is not UNSET:
            field_dict["boletoEmissionLimit"] = boleto_emission_limit
        if boleto_maximum_value_limit is not UNSET:
            field_dict["boletoMaximumValueLimit"] = boleto_maximum_value_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pix_day_limit = d.pop("pixDayLimit", UNSET)

        pix_night_limit = d.pop("pixNightLimit", UNSET)

        pix_out_same_holder_day_limit = d.pop("pixOutSameHolderDayLimit", UNSET)

        pix_out_different_holder_day_limit = d.pop("pixOutDifferentHolderDayLimit", UNSET)

        pix_out_same_holder_night_limit = d.pop("pixOutSameHolderNightLimit", UNSET)

        pix_out_different_holder_night_limit = d.pop("pixOutDifferentHolderNightLimit", UNSET)

        pix_in_same_holder_day_limit = d.pop("pixInSameHolderDayLimit", UNSET)

        pix_in_different_holder_day_limit = d.pop("pixInDifferentHolderDayLimit", UNSET)

        pix_in_same_holder_night_limit = d.pop("pixInSameHolderNightLimit", UNSET)

        pix_in_different_holder_night_limit = d.pop("pixInDifferentHolderNightLimit", UNSET)

        day_start_at = d.pop("dayStartAt", UNSET)

        night_start_at = d.pop("nightStartAt", UNSET)

        boleto_emission_limit = d.pop("boletoEmissionLimit", UNSET)

        boleto_maximum_value_limit = d.pop("boletoMaximumValueLimit", UNSET)

        account_limit = cls(
            pix_day_limit=pix_day_limit,
            pix_night_limit=pix_night_limit,
            pix_out_same_holder_day_limit=pix_out_same_holder_day_limit,
            pix_out_different_holder_day_limit=pix_out_different_holder_day_limit,
            pix_out_same_holder_night_limit=pix_out_same_holder_night_limit,
            pix_out_different_holder_night_limit=pix_out_different_holder_night_limit,
            pix_in_same_holder_day_limit=pix_in_same_holder_day_limit,
            pix_in_different_holder_day_limit=pix_in_different_holder_day_limit,
            pix_in_same_holder_night_limit=pix_in_same_holder_night_limit,
            pix_in_different_holder_night_limit=pix_in_different_holder_night_limit,
            day_start_at=day_start_at,
            night_start_at=night_start_at,
            boleto_emission_limit=boleto_emission_limit,
            boleto_maximum_value_limit=boleto_maximum_value_limit,
        )

        account_limit.additional_properties = d
        return account_limit

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
