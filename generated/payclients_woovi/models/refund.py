from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_status import RefundStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Refund")


@_attrs_define
class Refund:
    """
    Attributes:
        value (int):
        status (RefundStatus):
        correlation_id (str):
        refund_id (str | Unset):
        return_identification (str | Unset):
        time (datetime.datetime | Unset):
        comment (str | Unset):
    """

    value: int
    status: RefundStatus
    correlation_id: str
    refund_id: str | Unset = UNSET
    return_identification: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        status = self.status.value

        correlation_id = self.correlation_id

        refund_id = self.refund_id

        return_identification = self.return_identification

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "status": status,
                "correlationID": correlation_id,
            }
        )
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if return_identification is not UNSET:
            field_dict["returnIdentification"] = return_identification
        if time is not UNSET:
            field_dict["time"] = time
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        status = RefundStatus(d.pop("status"))

        correlation_id = d.pop("correlationID")

        refund_id = d.pop("refundId", UNSET)

        return_identification = d.pop("returnIdentification", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        comment = d.pop("comment", UNSET)

        refund = cls(
            value=value,
            status=status,
            correlation_id=correlation_id,
            refund_id=refund_id,
            return_identification=return_identification,
            time=time,
            comment=comment,
        )

        refund.additional_properties = d
        return refund

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
