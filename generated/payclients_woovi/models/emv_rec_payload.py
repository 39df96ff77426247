from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.emv_rec_calendar import EmvRecCalendar
    from ..models.emv_rec_link import EmvRecLink
    from ..models.emv_rec_receiver import EmvRecReceiver
    from ..models.emv_rec_update import EmvRecUpdate
    from ..models.emv_rec_value import EmvRecValue


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EmvRecPayload:
    """EmvRecPayload

    Attributes:
        updates (list[EmvRecUpdate] | None):
        calendar (EmvRecCalendar | None):
        id_rec (str | None):
        retry_policy (str | None):
        receiver (EmvRecReceiver | None):
        value (EmvRecValue | None):
        link (EmvRecLink | None):
    """

    _FIELDS = (
        "updates",
        "calendar",
        "id_rec",
        "retry_policy",
        "receiver",
        "value",
        "link",
    )
    _KEYS = frozenset(
        (
            "updates",
            "calendar",
            "idRec",
            "retryPolicy",
            "receiver",
            "value",
            "link",
        )
    )

    updates: list[EmvRecUpdate] | None = None
    calendar: EmvRecCalendar | None = None
    id_rec: str | None = None
    retry_policy: str | None = None
    receiver: EmvRecReceiver | None = None
    value: EmvRecValue | None = None
    link: EmvRecLink | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.updates
        if _v is not None:
            _d["updates"] = [_x.to_dict() for _x in _v]
        _v = self.calendar
        if _v is not None:
            _d["calendar"] = _v.to_dict()
        _v = self.id_rec
        if _v is not None:
            _d["idRec"] = _v
        _v = self.retry_policy
        if _v is not None:
            _d["retryPolicy"] = _v
        _v = self.receiver
        if _v is not None:
            _d["receiver"] = _v.to_dict()
        _v = self.value
        if _v is not None:
            _d["value"] = _v.to_dict()
        _v = self.link
        if _v is not None:
            _d["link"] = _v.to_dict()
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
            _key = "updates"
            _v = _d.get("updates")
            _obj.updates = None if _v is None else (_t.list_of(_v, _models.EmvRecUpdate.from_dict))
            _key = "calendar"
            _v = _d.get("calendar")
            _obj.calendar = None if _v is None else (_models.EmvRecCalendar.from_dict(_v))
            _key = "idRec"
            _v = _d.get("idRec")
            _obj.id_rec = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "retryPolicy"
            _v = _d.get("retryPolicy")
            _obj.retry_policy = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "receiver"
            _v = _d.get("receiver")
            _obj.receiver = None if _v is None else (_models.EmvRecReceiver.from_dict(_v))
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_models.EmvRecValue.from_dict(_v))
            _key = "link"
            _v = _d.get("link")
            _obj.link = None if _v is None else (_models.EmvRecLink.from_dict(_v))
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
