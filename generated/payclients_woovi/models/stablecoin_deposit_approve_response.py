from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StablecoinDepositApproveResponse")


@_attrs_define
class StablecoinDepositApproveResponse:
    """
    Attributes:
        status (str | Unset):
        correlation_id (str | Unset):
        deposit_id (str | Unset):
    """

    status: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    deposit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        correlation_id = self.correlation_id

        deposit_id = self.deposit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if deposit_id is not UNSET:
            field_dict["depositId"] = deposit_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        correlation_id = d.pop("correlationId", UNSET)

        deposit_id = d.pop("depositId", UNSET)

        stablecoin_deposit_approve_response = cls(
            status=status,
            correlation_id=correlation_id,
            deposit_id=deposit_id,
        )

        stablecoin_deposit_approve_response.additional_properties = d
        return stablecoin_deposit_approve_response

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
