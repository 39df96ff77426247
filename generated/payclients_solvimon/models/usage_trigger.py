from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_trigger_event import UsageTriggerEvent


T = TypeVar("T", bound="UsageTrigger")


@_attrs_define
class UsageTrigger:
    """
    Attributes:
        meter_value_calculation_id (None | str | Unset):
        event (None | Unset | UsageTriggerEvent):
    """

    meter_value_calculation_id: None | str | Unset = UNSET
    event: None | Unset | UsageTriggerEvent = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_trigger_event import UsageTriggerEvent

        meter_value_calculation_id: None | str | Unset
        if isinstance(self.meter_value_calculation_id, Unset):
            meter_value_calculation_id = UNSET
        else:
            meter_value_calculation_id = self.meter_value_calculation_id

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, UsageTriggerEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meter_value_calculation_id is not UNSET:
            field_dict["meter_value_calculation_id"] = meter_value_calculation_id
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.usage_trigger_event import UsageTriggerEvent

        d = dict(src_dict)

        def _parse_meter_value_calculation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_calculation_id = _parse_meter_value_calculation_id(d.pop("meter_value_calculation_id", UNSET))

        def _parse_event(data: object) -> None | Unset | UsageTriggerEvent:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = UsageTriggerEvent.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTriggerEvent, data)

        event = _parse_event(d.pop("event", UNSET))

        usage_trigger = cls(
            meter_value_calculation_id=meter_value_calculation_id,
            event=event,
        )

        usage_trigger.additional_properties = d
        return usage_trigger

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
