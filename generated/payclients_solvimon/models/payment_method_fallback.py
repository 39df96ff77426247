from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodFallback")


@_attrs_define
class PaymentMethodFallback:
    """
    Attributes:
        enabled (bool | Unset):
        payment_method_ids (list[str] | Unset):
    """

    enabled: bool | Unset = UNSET
    payment_method_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        payment_method_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_method_ids, Unset):
            payment_method_ids = self.payment_method_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if payment_method_ids is not UNSET:
            field_dict["payment_method_ids"] = payment_method_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        payment_method_ids = cast(list[str], d.pop("payment_method_ids", UNSET))

        payment_method_fallback = cls(
            enabled=enabled,
            payment_method_ids=payment_method_ids,
        )

        payment_method_fallback.additional_properties = d
        return payment_method_fallback

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
