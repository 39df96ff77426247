from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountTransaction")


@_attrs_define
class SubaccountTransaction:
    """
    Attributes:
        status (str | Unset):
        value (int | Unset):
        end_to_end_id (str | Unset):
        correlation_id (str | Unset):
        destination_alias (str | Unset):
        comment (str | Unset):
    """

    status: str | Unset = UNSET
    value: int | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    destination_alias: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        value = self.value

        end_to_end_id = self.end_to_end_id

        correlation_id = self.correlation_id

        destination_alias = self.destination_alias

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if destination_alias is not UNSET:
            field_dict["destinationAlias"] = destination_alias
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        value = d.pop("value", UNSET)

        end_to_end_id = d.pop("endToEndId", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        destination_alias = d.pop("destinationAlias", UNSET)

        comment = d.pop("comment", UNSET)

        subaccount_transaction = cls(
            status=status,
            value=value,
            end_to_end_id=end_to_end_id,
            correlation_id=correlation_id,
            destination_alias=destination_alias,
            comment=comment,
        )

        subaccount_transaction.additional_properties = d
        return subaccount_transaction

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
