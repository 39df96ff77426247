from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funds_recovery_situation_type import FundsRecoverySituationType

T = TypeVar("T", bound="FundsRecoveryCreateRequest")


@_attrs_define
class FundsRecoveryCreateRequest:
    """
    Attributes:
        transaction_end_to_end_id (str): End-to-end id of the Pix to recover.
        situation_type (FundsRecoverySituationType):
        details (str):
    """

    transaction_end_to_end_id: str
    situation_type: FundsRecoverySituationType
    details: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_end_to_end_id = self.transaction_end_to_end_id

        situation_type = self.situation_type.value

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionEndToEndId": transaction_end_to_end_id,
                "situationType": situation_type,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_end_to_end_id = d.pop("transactionEndToEndId")

        situation_type = FundsRecoverySituationType(d.pop("situationType"))

        details = d.pop("details")

        funds_recovery_create_request = cls(
            transaction_end_to_end_id=transaction_end_to_end_id,
            situation_type=situation_type,
            details=details,
        )

        funds_recovery_create_request.additional_properties = d
        return funds_recovery_create_request

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
