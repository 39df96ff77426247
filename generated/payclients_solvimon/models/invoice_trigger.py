from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_trigger_event import InvoiceTriggerEvent
    from ..models.invoice_trigger_manual import InvoiceTriggerManual


T = TypeVar("T", bound="InvoiceTrigger")


@_attrs_define
class InvoiceTrigger:
    """
    Attributes:
        invoice_id (str | Unset):
        event (InvoiceTriggerEvent | None | Unset):
        manual (InvoiceTriggerManual | Unset):
    """

    invoice_id: str | Unset = UNSET
    event: InvoiceTriggerEvent | None | Unset = UNSET
    manual: InvoiceTriggerManual | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_trigger_event import InvoiceTriggerEvent

        invoice_id = self.invoice_id

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, InvoiceTriggerEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        manual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual, Unset):
            manual = self.manual.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if event is not UNSET:
            field_dict["event"] = event
        if manual is not UNSET:
            field_dict["manual"] = manual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_trigger_event import InvoiceTriggerEvent
        from ..models.invoice_trigger_manual import InvoiceTriggerManual

        d = dict(src_dict)
        invoice_id = d.pop("invoice_id", UNSET)

        def _parse_event(data: object) -> InvoiceTriggerEvent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = InvoiceTriggerEvent.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceTriggerEvent | None | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        _manual = d.pop("manual", UNSET)
        manual: InvoiceTriggerManual | Unset
        if isinstance(_manual, Unset):
            manual = UNSET
        else:
            manual = InvoiceTriggerManual.from_dict(_manual)

        invoice_trigger = cls(
            invoice_id=invoice_id,
            event=event,
            manual=manual,
        )

        invoice_trigger.additional_properties = d
        return invoice_trigger

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
