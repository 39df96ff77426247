from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="Charge")


@_attrs_define
class Charge:
    """
    Attributes:
        charge_at (datetime.datetime | None | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
    """

    charge_at: datetime.datetime | None | Unset = UNSET
    amount: Amount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_at: None | str | Unset
        if isinstance(self.charge_at, Unset):
            charge_at = UNSET
        elif isinstance(self.charge_at, datetime.datetime):
            charge_at = self.charge_at.isoformat()
        else:
            charge_at = self.charge_at

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_at is not UNSET:
            field_dict["charge_at"] = charge_at
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount

        d = dict(src_dict)

        def _parse_charge_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                charge_at_type_0 = datetime.datetime.fromisoformat(data)

                return charge_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        charge_at = _parse_charge_at(d.pop("charge_at", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        charge = cls(
            charge_at=charge_at,
            amount=amount,
        )

        charge.additional_properties = d
        return charge

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
