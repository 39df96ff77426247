from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import webhook_authentication_type as _e_webhook_authentication_type
from ..models.webhook_authentication_type import WebhookAuthenticationType

if TYPE_CHECKING:
    from ..models.penalty_box_data import PenaltyBoxData


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateWebhookRequest:
    """CreateWebhookRequest

    Attributes:
        url (str | None):
        name (str | None):
        reference (str | None):
        object_type (str | None):
        id (str | None):
        username (str | None):
        password (str | None):
        api_header_field (str | None):
        api_key (str | None):
        included_actions (list[str] | None):
        excluded_actions (list[str] | None):
        active (bool | None):
        penalty_box (str | None):
        secret_key (str | None):
        signing_protocol (str | None):
        previous_secret_key (str | None):
        previous_signing_protocol (str | None):
        secret_rolled_at (datetime.datetime | None):
        include_previous_data (bool | None):
        authentication_type (WebhookAuthenticationType | None):
        penalty_box_data (PenaltyBoxData | None):
    """

    _FIELDS = (
        "url",
        "name",
        "reference",
        "object_type",
        "id",
        "username",
        "password",
        "api_header_field",
        "api_key",
        "included_actions",
        "excluded_actions",
        "active",
        "penalty_box",
        "secret_key",
        "signing_protocol",
        "previous_secret_key",
        "previous_signing_protocol",
        "secret_rolled_at",
        "include_previous_data",
        "authentication_type",
        "penalty_box_data",
    )
    _KEYS_IN_ORDER = (
        "url",
        "name",
        "reference",
        "object_type",
        "id",
        "username",
        "password",
        "api_header_field",
        "api_key",
        "included_actions",
        "excluded_actions",
        "active",
        "penalty_box",
        "secret_key",
        "signing_protocol",
        "previous_secret_key",
        "previous_signing_protocol",
        "secret_rolled_at",
        "include_previous_data",
        "authentication_type",
        "penalty_box_data",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    url: str | None
    name: str | None
    reference: str | None
    object_type: str | None = None
    id: str | None = None
    username: str | None = None
    password: str | None = None
    api_header_field: str | None = None
    api_key: str | None = None
    included_actions: list[str] | None = None
    excluded_actions: list[str] | None = None
    active: bool | None = None
    penalty_box: str | None = None
    secret_key: str | None = None
    signing_protocol: str | None = None
    previous_secret_key: str | None = None
    previous_signing_protocol: str | None = None
    secret_rolled_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    include_previous_data: bool | None = None
    authentication_type: WebhookAuthenticationType | None = _attrs_field(
        default=None, converter=_e_webhook_authentication_type.coerce_optional
    )
    penalty_box_data: PenaltyBoxData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.url
        _d["url"] = None if _v is None or _v is _t.NULL else _v
        _v = self.name
        _d["name"] = None if _v is None or _v is _t.NULL else _v
        _v = self.reference
        _d["reference"] = None if _v is None or _v is _t.NULL else _v
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.username
        if _v is not None:
            _d["username"] = None if _v is _t.NULL else _v
        _v = self.password
        if _v is not None:
            _d["password"] = None if _v is _t.NULL else _v
        _v = self.api_header_field
        if _v is not None:
            _d["api_header_field"] = None if _v is _t.NULL else _v
        _v = self.api_key
        if _v is not None:
            _d["api_key"] = None if _v is _t.NULL else _v
        _v = self.included_actions
        if _v is not None:
            _d["included_actions"] = None if _v is _t.NULL else list(_v)
        _v = self.excluded_actions
        if _v is not None:
            _d["excluded_actions"] = None if _v is _t.NULL else list(_v)
        _v = self.active
        if _v is not None:
            _d["active"] = _v
        _v = self.penalty_box
        if _v is not None:
            _d["penalty_box"] = None if _v is _t.NULL else _v
        _v = self.secret_key
        if _v is not None:
            _d["secret_key"] = None if _v is _t.NULL else _v
        _v = self.signing_protocol
        if _v is not None:
            _d["signing_protocol"] = None if _v is _t.NULL else _v
        _v = self.previous_secret_key
        if _v is not None:
            _d["previous_secret_key"] = None if _v is _t.NULL else _v
        _v = self.previous_signing_protocol
        if _v is not None:
            _d["previous_signing_protocol"] = None if _v is _t.NULL else _v
        _v = self.secret_rolled_at
        if _v is not None:
            _d["secret_rolled_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.include_previous_data
        if _v is not None:
            _d["include_previous_data"] = _v
        _v = self.authentication_type
        if _v is not None:
            _d["authentication_type"] = _v
        _v = self.penalty_box_data
        if _v is not None:
            _d["penalty_box_data"] = None if _v is _t.NULL else _v.to_dict()
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
        _obj = _new(_cls)
        try:
            _v = _d.get("url")
            if _v is None and "url" not in _d:
                _t.missing(_d, "url")
            _obj.url = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("name")
            if _v is None and "name" not in _d:
                _t.missing(_d, "name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("reference")
            if _v is None and "reference" not in _d:
                _t.missing(_d, "reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("username")
            _obj.username = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("password")
            _obj.password = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("api_header_field")
            _obj.api_header_field = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("api_key")
            _obj.api_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("included_actions")
            _obj.included_actions = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("excluded_actions")
            _obj.excluded_actions = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("active")
            _obj.active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("penalty_box")
            _obj.penalty_box = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("secret_key")
            _obj.secret_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("signing_protocol")
            _obj.signing_protocol = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("previous_secret_key")
            _obj.previous_secret_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("previous_signing_protocol")
            _obj.previous_signing_protocol = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("secret_rolled_at")
            _obj.secret_rolled_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("include_previous_data")
            _obj.include_previous_data = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("authentication_type")
            _obj.authentication_type = (
                None
                if _v is None
                else (
                    (_e_webhook_authentication_type.BY_VALUE.get(_v) or WebhookAuthenticationType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("penalty_box_data")
            _obj.penalty_box_data = None if _v is None else (_models.PenaltyBoxData.from_dict(_v))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
