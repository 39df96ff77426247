from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitPricingPlanSubscriptionPortalUrl")


@_attrs_define
class InitPricingPlanSubscriptionPortalUrl:
    """
    Attributes:
        pricing_plan_subscription_id (str | Unset):
        success_url (None | str | Unset):
    """

    pricing_plan_subscription_id: str | Unset = UNSET
    success_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_subscription_id = self.pricing_plan_subscription_id

        success_url: None | str | Unset
        if isinstance(self.success_url, Unset):
            success_url = UNSET
        else:
            success_url = self.success_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if success_url is not UNSET:
            field_dict["success_url"] = success_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pricing_plan_subscription_id = d.pop("pricing_plan_subscription_id", UNSET)

        def _parse_success_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        success_url = _parse_success_url(d.pop("success_url", UNSET))

        init_pricing_plan_subscription_portal_url = cls(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            success_url=success_url,
        )

        init_pricing_plan_subscription_portal_url.additional_properties = d
        return init_pricing_plan_subscription_portal_url

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
