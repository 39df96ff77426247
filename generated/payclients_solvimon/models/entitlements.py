from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entitlement_summary import EntitlementSummary
    from ..models.entitlement_summary_item import EntitlementSummaryItem


T = TypeVar("T", bound="Entitlements")


@_attrs_define
class Entitlements:
    """
    Attributes:
        entitlements (list[EntitlementSummaryItem] | None | Unset):
        pricing_plan_subscription_entitlements (list[EntitlementSummary] | None | Unset):
    """

    entitlements: list[EntitlementSummaryItem] | None | Unset = UNSET
    pricing_plan_subscription_entitlements: list[EntitlementSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitlements: list[dict[str, Any]] | None | Unset
        if isinstance(self.entitlements, Unset):
            entitlements = UNSET
        elif isinstance(self.entitlements, list):
            entitlements = []
            for entitlements_type_0_item_data in self.entitlements:
                entitlements_type_0_item = entitlements_type_0_item_data.to_dict()
                entitlements.append(entitlements_type_0_item)

        else:
            entitlements = self.entitlements

        pricing_plan_subscription_entitlements: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_plan_subscription_entitlements, Unset):
            pricing_plan_subscription_entitlements = UNSET
        elif isinstance(self.pricing_plan_subscription_entitlements, list):
            pricing_plan_subscription_entitlements = []
            for pricing_plan_subscription_entitlements_type_0_item_data in self.pricing_plan_subscription_entitlements:
                pricing_plan_subscription_entitlements_type_0_item = (
                    pricing_plan_subscription_entitlements_type_0_item_data.to_dict()
                )
                pricing_plan_subscription_entitlements.append(pricing_plan_subscription_entitlements_type_0_item)

        else:
            pricing_plan_subscription_entitlements = self.pricing_plan_subscription_entitlements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if pricing_plan_subscription_entitlements is not UNSET:
            field_dict["pricing_plan_subscription_entitlements"] = pricing_plan_subscription_entitlements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entitlement_summary import EntitlementSummary
        from ..models.entitlement_summary_item import EntitlementSummaryItem

        d = dict(src_dict)

        def _parse_entitlements(data: object) -> list[EntitlementSummaryItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entitlements_type_0 = []
                _entitlements_type_0 = data
                for entitlements_type_0_item_data in _entitlements_type_0:
                    entitlements_type_0_item = EntitlementSummaryItem.from_dict(entitlements_type_0_item_data)

                    entitlements_type_0.append(entitlements_type_0_item)

                return entitlements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EntitlementSummaryItem] | None | Unset, data)

        entitlements = _parse_entitlements(d.pop("entitlements", UNSET))

        def _parse_pricing_plan_subscription_entitlements(data: object) -> list[EntitlementSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plan_subscription_entitlements_type_0 = []
                _pricing_plan_subscription_entitlements_type_0 = data
                for (
                    pricing_plan_subscription_entitlements_type_0_item_data
                ) in _pricing_plan_subscription_entitlements_type_0:
                    pricing_plan_subscription_entitlements_type_0_item = EntitlementSummary.from_dict(
                        pricing_plan_subscription_entitlements_type_0_item_data
                    )

                    pricing_plan_subscription_entitlements_type_0.append(
                        pricing_plan_subscription_entitlements_type_0_item
                    )

                return pricing_plan_subscription_entitlements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EntitlementSummary] | None | Unset, data)

        pricing_plan_subscription_entitlements = _parse_pricing_plan_subscription_entitlements(
            d.pop("pricing_plan_subscription_entitlements", UNSET)
        )

        entitlements = cls(
            entitlements=entitlements,
            pricing_plan_subscription_entitlements=pricing_plan_subscription_entitlements,
        )

        entitlements.additional_properties = d
        return entitlements

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
