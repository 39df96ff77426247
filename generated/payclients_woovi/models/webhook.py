from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import webhook_event as _e_webhook_event
from ..models.webhook_event import WebhookEvent


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Webhook:
    """Webhook

    Attributes:
        id (str | None):
        name (str | None):
        event (WebhookEvent | None): Event a webhook subscribes to, and the `event` field of its deliveries.
        url (str | None):
        authorization (str | None): Value Woovi sends back in the Authorization header of deliveries.
        is_active (bool | None):
        hmac_secret_key (str | None): Secret of the legacy HMAC signature.
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "id",
        "name",
        "event",
        "url",
        "authorization",
        "is_active",
        "hmac_secret_key",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "id",
            "name",
            "event",
            "url",
            "authorization",
            "isActive",
            "hmacSecretKey",
            "createdAt",
            "updatedAt",
        )
    )

    id: str | None = None
    name: str | None = None
    event: WebhookEvent | None = _attrs_field(default=None, converter=_e_webhook_event.coerce_optional)
    url: str | None = None
    authorization: str | None = None
    is_active: bool | None = None
    hmac_secret_key: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.event
        if _v is not None:
            _d["event"] = _v
        _v = self.url
        if _v is not None:
            _d["url"] = _v
        _v = self.authorization
        if _v is not None:
            _d["authorization"] = _v
        _v = self.is_active
        if _v is not None:
            _d["isActive"] = _v
        _v = self.hmac_secret_key
        if _v is not None:
            _d["hmacSecretKey"] = _v
        _v = self.created_at
        if _v is not None:
            _d["createdAt"] = _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updatedAt"] = _t.iso(_v)
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "event"
            _v = _d.get("event")
            _obj.event = (
                None
                if _v is None
                else (
                    (_e_webhook_event.BY_VALUE.get(_v) or WebhookEvent(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "url"
            _v = _d.get("url")
            _obj.url = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "authorization"
            _v = _d.get("authorization")
            _obj.authorization = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "isActive"
            _v = _d.get("isActive")
            _obj.is_active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "hmacSecretKey"
            _v = _d.get("hmacSecretKey")
            _obj.hmac_secret_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "createdAt"
            _v = _d.get("createdAt")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _key = "updatedAt"
            _v = _d.get("updatedAt")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

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
