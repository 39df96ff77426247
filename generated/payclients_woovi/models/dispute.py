from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import dispute_status as _e_dispute_status
from ..models import dispute_type as _e_dispute_type
from ..models.dispute_status import DisputeStatus
from ..models.dispute_type import DisputeType


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Dispute:
    """Dispute

    Attributes:
        status (DisputeStatus | None):
        type_ (DisputeType | None):
        name (str | None):
        email (str | None):
        phone_number (str | None):
        value (int | None):
        dispute_reason (str | None):
        end_to_end_id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "status",
        "type_",
        "name",
        "email",
        "phone_number",
        "value",
        "dispute_reason",
        "end_to_end_id",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "status",
            "type",
            "name",
            "email",
            "phoneNumber",
            "value",
            "disputeReason",
            "endToEndId",
            "createdAt",
            "updatedAt",
        )
    )

    status: DisputeStatus | None = _attrs_field(default=None, converter=_e_dispute_status.coerce_optional)
    type_: DisputeType | None = _attrs_field(default=None, converter=_e_dispute_type.coerce_optional)
    name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    value: int | None = None
    dispute_reason: str | None = None
    end_to_end_id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.phone_number
        if _v is not None:
            _d["phoneNumber"] = _v
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.dispute_reason
        if _v is not None:
            _d["disputeReason"] = _v
        _v = self.end_to_end_id
        if _v is not None:
            _d["endToEndId"] = _v
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
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_dispute_status.BY_VALUE.get(_v) or DisputeStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_dispute_type.BY_VALUE.get(_v) or DisputeType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "email"
            _v = _d.get("email")
            _obj.email = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "phoneNumber"
            _v = _d.get("phoneNumber")
            _obj.phone_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "disputeReason"
            _v = _d.get("disputeReason")
            _obj.dispute_reason = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "endToEndId"
            _v = _d.get("endToEndId")
            _obj.end_to_end_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
