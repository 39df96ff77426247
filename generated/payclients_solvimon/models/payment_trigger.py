from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_trigger_event import PaymentTriggerEvent
    from ..models.payment_trigger_manual import PaymentTriggerManual


T = TypeVar("T", bound="PaymentTrigger")


@_attrs_define
class PaymentTrigger:
    """
    Attributes:
        payment_id (str | Unset):
        event (None | PaymentTriggerEvent | Unset):
        manual (PaymentTriggerManual | Unset):
    """

    payment_id: str | Unset = UNSET
    event: None | PaymentTriggerEvent | Unset = UNSET
    manual: PaymentTriggerManual | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_trigger_event import PaymentTriggerEvent

        payment_id = self.payment_id

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, PaymentTriggerEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        manual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual, Unset):
            manual = self.manual.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if event is not UNSET:
            field_dict["event"] = event
        if manual is not UNSET:
            field_dict["manual"] = manual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_trigger_event import PaymentTriggerEvent
        from ..models.payment_trigger_manual import PaymentTriggerManual

        d = dict(src_dict)
        payment_id = d.pop("payment_id", UNSET)

        def _parse_event(data: object) -> None | PaymentTriggerEvent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = PaymentTriggerEvent.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentTriggerEvent | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        _manual = d.pop("manual", UNSET)
        manual: PaymentTriggerManual | Unset
        if isinstance(_manual, Unset):
            manual = UNSET
        else:
            manual = PaymentTriggerManual.from_dict(_manual)

        payment_trigger = cls(
            payment_id=payment_id,
            event=event,
            manual=manual,
        )

        payment_trigger.additional_properties = d
        return payment_trigger

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
