from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        url (str | Unset):
        authorization (str | Unset): Value Woovi sends back in the Authorization header of deliveries.
        is_active (bool | Unset):
        hmac_secret_key (str | Unset): Secret of the legacy HMAC signature.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    event: WebhookEvent | Unset = UNSET
    url: str | Unset = UNSET
    authorization: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    hmac_secret_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        url = self.url

        authorization = self.authorization

        is_active = self.is_active

        hmac_secret_key = self.hmac_secret_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if event is not UNSET:
            field_dict["event"] = event
        if url is not UNSET:
            field_dict["url"] = url
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if hmac_secret_key is not UNSET:
            field_dict["hmacSecretKey"] = hmac_secret_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        url = d.pop("url", UNSET)

        authorization = d.pop("authorization", UNSET)

        is_active = d.pop("isActive", UNSET)

        hmac_secret_key = d.pop("hmacSecretKey", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        webhook = cls(
            id=id,
            name=name,
            event=event,
            url=url,
            authorization=authorization,
            is_active=is_active,
            hmac_secret_key=hmac_secret_key,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook.additional_properties = d
        return webhook

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
