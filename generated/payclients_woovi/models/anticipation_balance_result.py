from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnticipationBalanceResult")


@_attrs_define
class AnticipationBalanceResult:
    """
    Attributes:
        tax_id (str | Unset):
        ok (bool | Unset):
        error (str | Unset):
    """

    tax_id: str | Unset = UNSET
    ok: bool | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        ok = self.ok

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if ok is not UNSET:
            field_dict["ok"] = ok
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_id = d.pop("taxID", UNSET)

        ok = d.pop("ok", UNSET)

        error = d.pop("error", UNSET)

        anticipation_balance_result = cls(
            tax_id=tax_id,
            ok=ok,
            error=error,
        )

        anticipation_balance_result.additional_properties = d
        return anticipation_balance_result

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
