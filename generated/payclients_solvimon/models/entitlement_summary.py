from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entitlement_summary_item import EntitlementSummaryItem


T = TypeVar("T", bound="EntitlementSummary")


@_attrs_define
class EntitlementSummary:
    """
    Attributes:
        pricing_plan_subscription_id (str | Unset):
        entitlements (list[EntitlementSummaryItem] | Unset):
    """

    pricing_plan_subscription_id: str | Unset = UNSET
    entitlements: list[EntitlementSummaryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_subscription_id = self.pricing_plan_subscription_id

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entitlement_summary_item import EntitlementSummaryItem

        d = dict(src_dict)
        pricing_plan_subscription_id = d.pop("pricing_plan_subscription_id", UNSET)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[EntitlementSummaryItem] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = EntitlementSummaryItem.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        entitlement_summary = cls(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            entitlements=entitlements,
        )

        entitlement_summary.additional_properties = d
        return entitlement_summary

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
