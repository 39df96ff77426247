from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mindz_webhook_event_data import MindzWebhookEventData


T = TypeVar("T", bound="MindzWebhookEvent")


@_attrs_define
class MindzWebhookEvent:
    """Body of a webhook delivery. Documented: admins create webhooks with a name, a callback URL and a secret, pick event
    groups and events, and deliveries are signed with HMAC-SHA256. Not documented: event names and the payload shape, so
    every field below is proposed and unknown keys are kept.

        Attributes:
            id (str | Unset): Id of the delivery or event (proposed).
            event (str | Unset): Name of the event (proposed; event names are not published).
            created_at (datetime.datetime | None | Unset): When the event happened (proposed).
            data (MindzWebhookEventData | Unset): The object the event is about (proposed); its shape depends on the event
                and is not documented.
    """

    id: str | Unset = UNSET
    event: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    data: MindzWebhookEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if event is not UNSET:
            field_dict["event"] = event
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mindz_webhook_event_data import MindzWebhookEventData

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        event = d.pop("event", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _data = d.pop("data", UNSET)
        data: MindzWebhookEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MindzWebhookEventData.from_dict(_data)

        mindz_webhook_event = cls(
            id=id,
            event=event,
            created_at=created_at,
            data=data,
        )

        mindz_webhook_event.additional_properties = d
        return mindz_webhook_event

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
