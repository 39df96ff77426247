from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t

_new = object.__new__


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class AuditRecord:
    """AuditRecord

    Attributes:
        object_type (str | None):
        id (str | None):
        user_id (str | None):
        target_entity_id (str | None):
        target_platform_id (str | None):
        target_resource_type (str | None):
        target_id (str | None):
        target_environment (str | None):
        action (str | None):
        created_at (datetime.datetime | None):
        message (str | None):
        reference (str | None):
        idempotency_key (str | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "user_id",
        "target_entity_id",
        "target_platform_id",
        "target_resource_type",
        "target_id",
        "target_environment",
        "action",
        "created_at",
        "message",
        "reference",
        "idempotency_key",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "user_id",
        "target_entity_id",
        "target_platform_id",
        "target_resource_type",
        "target_id",
        "target_environment",
        "action",
        "created_at",
        "message",
        "reference",
        "idempotency_key",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    user_id: str | None = None
    target_entity_id: str | None = None
    target_platform_id: str | None = None
    target_resource_type: str | None = None
    target_id: str | None = None
    target_environment: str | None = None
    action: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    message: str | None = None
    reference: str | None = None
    idempotency_key: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.user_id
        if _v is not None:
            _d["user_id"] = None if _v is _t.NULL else _v
        _v = self.target_entity_id
        if _v is not None:
            _d["target_entity_id"] = None if _v is _t.NULL else _v
        _v = self.target_platform_id
        if _v is not None:
            _d["target_platform_id"] = None if _v is _t.NULL else _v
        _v = self.target_resource_type
        if _v is not None:
            _d["target_resource_type"] = None if _v is _t.NULL else _v
        _v = self.target_id
        if _v is not None:
            _d["target_id"] = None if _v is _t.NULL else _v
        _v = self.target_environment
        if _v is not None:
            _d["target_environment"] = None if _v is _t.NULL else _v
        _v = self.action
        if _v is not None:
            _d["action"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.message
        if _v is not None:
            _d["message"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = None if _v is _t.NULL else _v
        _v = self.idempotency_key
        if _v is not None:
            _d["idempotency_key"] = None if _v is _t.NULL else _v
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
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("user_id")
            _obj.user_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("target_entity_id")
            _obj.target_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("target_platform_id")
            _obj.target_platform_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("target_resource_type")
            _obj.target_resource_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("target_id")
            _obj.target_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("target_environment")
            _obj.target_environment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("action")
            _obj.action = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("message")
            _obj.message = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("idempotency_key")
            _obj.idempotency_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
