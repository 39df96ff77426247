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


if TYPE_CHECKING:
    from ..models.quote_version_action_accept import QuoteVersionActionAccept
    from ..models.quote_version_action_create_subscription import QuoteVersionActionCreateSubscription
    from ..models.quote_version_action_reject import QuoteVersionActionReject
    from ..models.quote_version_action_request_signature import QuoteVersionActionRequestSignature
    from ..models.quote_version_action_send import QuoteVersionActionSend
    from ..models.quote_version_action_sign import QuoteVersionActionSign


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class QuoteVersionAction:
    """QuoteVersionAction

    Attributes:
        created_at (datetime.datetime | None):
        type_ (str | None):
        status (str | None):
        send (QuoteVersionActionSend | None):
        accept (QuoteVersionActionAccept | None):
        reject (QuoteVersionActionReject | None):
        create_subscription (QuoteVersionActionCreateSubscription | None):
        request_signature (QuoteVersionActionRequestSignature | None):
        sign (QuoteVersionActionSign | None):
    """

    _FIELDS = (
        "created_at",
        "type_",
        "status",
        "send",
        "accept",
        "reject",
        "create_subscription",
        "request_signature",
        "sign",
    )
    _KEYS_IN_ORDER = (
        "created_at",
        "type",
        "status",
        "send",
        "accept",
        "reject",
        "create_subscription",
        "request_signature",
        "sign",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    type_: str | None = None
    status: str | None = None
    send: QuoteVersionActionSend | None = None
    accept: QuoteVersionActionAccept | None = None
    reject: QuoteVersionActionReject | None = None
    create_subscription: QuoteVersionActionCreateSubscription | None = None
    request_signature: QuoteVersionActionRequestSignature | None = None
    sign: QuoteVersionActionSign | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.send
        if _v is not None:
            _d["send"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.accept
        if _v is not None:
            _d["accept"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.reject
        if _v is not None:
            _d["reject"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.create_subscription
        if _v is not None:
            _d["create_subscription"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.request_signature
        if _v is not None:
            _d["request_signature"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.sign
        if _v is not None:
            _d["sign"] = None if _v is _t.NULL else _v.to_dict()
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
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("type")
            _obj.type_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("send")
            _obj.send = None if _v is None else (_models.QuoteVersionActionSend.from_dict(_v))
            _v = _d.get("accept")
            _obj.accept = None if _v is None else (_models.QuoteVersionActionAccept.from_dict(_v))
            _v = _d.get("reject")
            _obj.reject = None if _v is None else (_models.QuoteVersionActionReject.from_dict(_v))
            _v = _d.get("create_subscription")
            _obj.create_subscription = (
                None if _v is None else (_models.QuoteVersionActionCreateSubscription.from_dict(_v))
            )
            _v = _d.get("request_signature")
            _obj.request_signature = None if _v is None else (_models.QuoteVersionActionRequestSignature.from_dict(_v))
            _v = _d.get("sign")
            _obj.sign = None if _v is None else (_models.QuoteVersionActionSign.from_dict(_v))
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
