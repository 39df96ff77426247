from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawTransaction")


@_attrs_define
class WithdrawTransaction:
    """
    Attributes:
        end_to_end_id (str | Unset):
        value (int | Unset):
    """

    end_to_end_id: str | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_to_end_id = self.end_to_end_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end_to_end_id = d.pop("endToEndId", UNSET)

        value = d.pop("value", UNSET)

        withdraw_transaction = cls(
            end_to_end_id=end_to_end_id,
            value=value,
        )

        withdraw_transaction.additional_properties = d
        return withdraw_transaction

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
