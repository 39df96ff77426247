from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdyenIntegrationDetails")


@_attrs_define
class AdyenIntegrationDetails:
    """Adyen data on a custom field value.

    Attributes:
        recurring_detail_reference (str | Unset):
    """

    recurring_detail_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recurring_detail_reference = self.recurring_detail_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recurring_detail_reference is not UNSET:
            field_dict["recurring_detail_reference"] = recurring_detail_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recurring_detail_reference = d.pop("recurring_detail_reference", UNSET)

        adyen_integration_details = cls(
            recurring_detail_reference=recurring_detail_reference,
        )

        adyen_integration_details.additional_properties = d
        return adyen_integration_details

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
