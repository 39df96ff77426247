from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge import Charge


T = TypeVar("T", bound="PaymentScheduleOneOff")


@_attrs_define
class PaymentScheduleOneOff:
    """
    Attributes:
        charge (Charge | Unset):
    """

    charge: Charge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge is not UNSET:
            field_dict["charge"] = charge

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge import Charge

        d = dict(src_dict)
        _charge = d.pop("charge", UNSET)
        charge: Charge | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = Charge.from_dict(_charge)

        payment_schedule_one_off = cls(
            charge=charge,
        )

        payment_schedule_one_off.additional_properties = d
        return payment_schedule_one_off

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
