from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispute import Dispute


T = TypeVar("T", bound="WebhookDisputePayload")


@_attrs_define
class WebhookDisputePayload:
    """Body of the OPENPIX:DISPUTE_* events.

    Attributes:
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        dispute (Dispute | Unset):
    """

    event: WebhookEvent | Unset = UNSET
    dispute: Dispute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        dispute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dispute, Unset):
            dispute = self.dispute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if dispute is not UNSET:
            field_dict["dispute"] = dispute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dispute import Dispute

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        _dispute = d.pop("dispute", UNSET)
        dispute: Dispute | Unset
        if isinstance(_dispute, Unset):
            dispute = UNSET
        else:
            dispute = Dispute.from_dict(_dispute)

        webhook_dispute_payload = cls(
            event=event,
            dispute=dispute,
        )

        webhook_dispute_payload.additional_properties = d
        return webhook_dispute_payload

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
