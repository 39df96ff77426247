from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_status import ChargeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCharge")


@_attrs_define
class InvoiceCharge:
    """
    Attributes:
        correlation_id (str | Unset):
        value (int | Unset):
        status (ChargeStatus | Unset):
        paid_at (datetime.datetime | Unset):
        date (datetime.datetime | Unset):
    """

    correlation_id: str | Unset = UNSET
    value: int | Unset = UNSET
    status: ChargeStatus | Unset = UNSET
    paid_at: datetime.datetime | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correlation_id = self.correlation_id

        value = self.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        paid_at: str | Unset = UNSET
        if not isinstance(self.paid_at, Unset):
            paid_at = self.paid_at.isoformat()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if paid_at is not UNSET:
            field_dict["paidAt"] = paid_at
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        correlation_id = d.pop("correlationID", UNSET)

        value = d.pop("value", UNSET)

        _status = d.pop("status", UNSET)
        status: ChargeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChargeStatus(_status)

        _paid_at = d.pop("paidAt", UNSET)
        paid_at: datetime.datetime | Unset
        if isinstance(_paid_at, Unset):
            paid_at = UNSET
        else:
            paid_at = datetime.datetime.fromisoformat(_paid_at)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        invoice_charge = cls(
            correlation_id=correlation_id,
            value=value,
            status=status,
            paid_at=paid_at,
            date=date,
        )

        invoice_charge.additional_properties = d
        return invoice_charge

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
