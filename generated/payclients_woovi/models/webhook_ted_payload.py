from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_ted import WebhookTed


T = TypeVar("T", bound="WebhookTedPayload")


@_attrs_define
class WebhookTedPayload:
    """Body of the TED_* events.

    Attributes:
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        ted (WebhookTed | Unset): TED transfer of a TED_* event; the docs do not list its fields.
    """

    event: WebhookEvent | Unset = UNSET
    ted: WebhookTed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        ted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ted, Unset):
            ted = self.ted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if ted is not UNSET:
            field_dict["ted"] = ted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_ted import WebhookTed

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        _ted = d.pop("ted", UNSET)
        ted: WebhookTed | Unset
        if isinstance(_ted, Unset):
            ted = UNSET
        else:
            ted = WebhookTed.from_dict(_ted)

        webhook_ted_payload = cls(
            event=event,
            ted=ted,
        )

        webhook_ted_payload.additional_properties = d
        return webhook_ted_payload

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
