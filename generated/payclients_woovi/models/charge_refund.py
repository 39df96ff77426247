from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_refund_status import ChargeRefundStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeRefund")


@_attrs_define
class ChargeRefund:
    """
    Attributes:
        value (int | Unset):
        status (ChargeRefundStatus | Unset):
        correlation_id (str | Unset):
        end_to_end_id (str | Unset):
        time (datetime.datetime | Unset):
        comment (str | Unset):
    """

    value: int | Unset = UNSET
    status: ChargeRefundStatus | Unset = UNSET
    correlation_id: str | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        correlation_id = self.correlation_id

        end_to_end_id = self.end_to_end_id

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if time is not UNSET:
            field_dict["time"] = time
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _status = d.pop("status", UNSET)
        status: ChargeRefundStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChargeRefundStatus(_status)

        correlation_id = d.pop("correlationID", UNSET)

        end_to_end_id = d.pop("endToEndId", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        comment = d.pop("comment", UNSET)

        charge_refund = cls(
            value=value,
            status=status,
            correlation_id=correlation_id,
            end_to_end_id=end_to_end_id,
            time=time,
            comment=comment,
        )

        charge_refund.additional_properties = d
        return charge_refund

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
