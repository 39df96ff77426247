from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan_subscription_trigger_event import PricingPlanSubscriptionTriggerEvent
    from ..models.pricing_plan_subscription_trigger_manual import PricingPlanSubscriptionTriggerManual


T = TypeVar("T", bound="PricingPlanSubscriptionTrigger")


@_attrs_define
class PricingPlanSubscriptionTrigger:
    """
    Attributes:
        pricing_plan_subscription_id (str | Unset):
        pricing_plan_schedule_id (str | Unset):
        trial_end_at (datetime.datetime | Unset):
        event (None | PricingPlanSubscriptionTriggerEvent | Unset):
        manual (PricingPlanSubscriptionTriggerManual | Unset):
    """

    pricing_plan_subscription_id: str | Unset = UNSET
    pricing_plan_schedule_id: str | Unset = UNSET
    trial_end_at: datetime.datetime | Unset = UNSET
    event: None | PricingPlanSubscriptionTriggerEvent | Unset = UNSET
    manual: PricingPlanSubscriptionTriggerManual | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_plan_subscription_trigger_event import PricingPlanSubscriptionTriggerEvent

        pricing_plan_subscription_id = self.pricing_plan_subscription_id

        pricing_plan_schedule_id = self.pricing_plan_schedule_id

        trial_end_at: str | Unset = UNSET
        if not isinstance(self.trial_end_at, Unset):
            trial_end_at = self.trial_end_at.isoformat()

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, PricingPlanSubscriptionTriggerEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        manual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual, Unset):
            manual = self.manual.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if trial_end_at is not UNSET:
            field_dict["trial_end_at"] = trial_end_at
        if event is not UNSET:
            field_dict["event"] = event
        if manual is not UNSET:
            field_dict["manual"] = manual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_plan_subscription_trigger_event import PricingPlanSubscriptionTriggerEvent
        from ..models.pricing_plan_subscription_trigger_manual import PricingPlanSubscriptionTriggerManual

        d = dict(src_dict)
        pricing_plan_subscription_id = d.pop("pricing_plan_subscription_id", UNSET)

        pricing_plan_schedule_id = d.pop("pricing_plan_schedule_id", UNSET)

        _trial_end_at = d.pop("trial_end_at", UNSET)
        trial_end_at: datetime.datetime | Unset
        if isinstance(_trial_end_at, Unset):
            trial_end_at = UNSET
        else:
            trial_end_at = datetime.datetime.fromisoformat(_trial_end_at)

        def _parse_event(data: object) -> None | PricingPlanSubscriptionTriggerEvent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = PricingPlanSubscriptionTriggerEvent.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionTriggerEvent | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        _manual = d.pop("manual", UNSET)
        manual: PricingPlanSubscriptionTriggerManual | Unset
        if isinstance(_manual, Unset):
            manual = UNSET
        else:
            manual = PricingPlanSubscriptionTriggerManual.from_dict(_manual)

        pricing_plan_subscription_trigger = cls(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            trial_end_at=trial_end_at,
            event=event,
            manual=manual,
        )

        pricing_plan_subscription_trigger.additional_properties = d
        return pricing_plan_subscription_trigger

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
