from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import pix_key_token_operation as _e_pix_key_token_operation
from ..models.pix_key_token_operation import PixKeyTokenOperation


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PixKeyTokenLog:
    """PixKeyTokenLog

    Attributes:
        operation (PixKeyTokenOperation | None):
        reason (str | None):
        tokens (int | None):
        tokens_before (int | None):
        tokens_after (int | None):
        end_to_end_id (str | None):
        pix_key (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "operation",
        "reason",
        "tokens",
        "tokens_before",
        "tokens_after",
        "end_to_end_id",
        "pix_key",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "operation",
            "reason",
            "tokens",
            "tokensBefore",
            "tokensAfter",
            "endToEndId",
            "pixKey",
            "createdAt",
            "updatedAt",
        )
    )

    operation: PixKeyTokenOperation | None = _attrs_field(
        default=None, converter=_e_pix_key_token_operation.coerce_optional
    )
    reason: str | None = None
    tokens: int | None = None
    tokens_before: int | None = None
    tokens_after: int | None = None
    end_to_end_id: str | None = None
    pix_key: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.operation
        if _v is not None:
            _d["operation"] = _v
        _v = self.reason
        if _v is not None:
            _d["reason"] = _v
        _v = self.tokens
        if _v is not None:
            _d["tokens"] = _v
        _v = self.tokens_before
        if _v is not None:
            _d["tokensBefore"] = _v
        _v = self.tokens_after
        if _v is not None:
            _d["tokensAfter"] = _v
        _v = self.end_to_end_id
        if _v is not None:
            _d["endToEndId"] = _v
        _v = self.pix_key
        if _v is not None:
            _d["pixKey"] = _v
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
            _key = "operation"
            _v = _d.get("operation")
            _obj.operation = (
                None
                if _v is None
                else (
                    (_e_pix_key_token_operation.BY_VALUE.get(_v) or PixKeyTokenOperation(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "reason"
            _v = _d.get("reason")
            _obj.reason = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "tokens"
            _v = _d.get("tokens")
            _obj.tokens = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "tokensBefore"
            _v = _d.get("tokensBefore")
            _obj.tokens_before = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "tokensAfter"
            _v = _d.get("tokensAfter")
            _obj.tokens_after = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "endToEndId"
            _v = _d.get("endToEndId")
            _obj.end_to_end_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pixKey"
            _v = _d.get("pixKey")
            _obj.pix_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
