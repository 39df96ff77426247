from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_plan_subscription_cancel_type import PricingPlanSubscriptionCancelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelPricingPlanSubscriptionRequest")


@_attrs_define
class CancelPricingPlanSubscriptionRequest:
    """
    Attributes:
        type_ (PricingPlanSubscriptionCancelType):
        cancel_at (datetime.datetime | Unset):
        cancel_dunning_actions (bool | None | Unset):
    """

    type_: PricingPlanSubscriptionCancelType
    cancel_at: datetime.datetime | Unset = UNSET
    cancel_dunning_actions: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        cancel_at: str | Unset = UNSET
        if not isinstance(self.cancel_at, Unset):
            cancel_at = self.cancel_at.isoformat()

        cancel_dunning_actions: bool | None | Unset
        if isinstance(self.cancel_dunning_actions, Unset):
            cancel_dunning_actions = UNSET
        else:
            cancel_dunning_actions = self.cancel_dunning_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if cancel_at is not UNSET:
            field_dict["cancel_at"] = cancel_at
        if cancel_dunning_actions is not UNSET:
            field_dict["cancel_dunning_actions"] = cancel_dunning_actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = PricingPlanSubscriptionCancelType(d.pop("type"))

        _cancel_at = d.pop("cancel_at", UNSET)
        cancel_at: datetime.datetime | Unset
        if isinstance(_cancel_at, Unset):
            cancel_at = UNSET
        else:
            cancel_at = datetime.datetime.fromisoformat(_cancel_at)

        def _parse_cancel_dunning_actions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel_dunning_actions = _parse_cancel_dunning_actions(d.pop("cancel_dunning_actions", UNSET))

        cancel_pricing_plan_subscription_request = cls(
            type_=type_,
            cancel_at=cancel_at,
            cancel_dunning_actions=cancel_dunning_actions,
        )

        cancel_pricing_plan_subscription_request.additional_properties = d
        return cancel_pricing_plan_subscription_request

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
