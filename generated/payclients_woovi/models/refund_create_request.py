from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundCreateRequest")


@_attrs_define
class RefundCreateRequest:
    """
    Attributes:
        value (int | Unset): Amount in cents.
        transaction_end_to_end_id (str | Unset): End-to-end id of the transaction to refund.
        correlation_id (str | Unset):
        comment (str | Unset):
    """

    value: int | Unset = UNSET
    transaction_end_to_end_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        transaction_end_to_end_id = self.transaction_end_to_end_id

        correlation_id = self.correlation_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if transaction_end_to_end_id is not UNSET:
            field_dict["transactionEndToEndId"] = transaction_end_to_end_id
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        transaction_end_to_end_id = d.pop("transactionEndToEndId", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        comment = d.pop("comment", UNSET)

        refund_create_request = cls(
            value=value,
            transaction_end_to_end_id=transaction_end_to_end_id,
            correlation_id=correlation_id,
            comment=comment,
        )

        refund_create_request.additional_properties = d
        return refund_create_request

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
