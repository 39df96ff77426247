from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import funds_recovery_direction as _e_funds_recovery_direction
from ..models import funds_recovery_situation_type as _e_funds_recovery_situation_type
from ..models import funds_recovery_status as _e_funds_recovery_status
from ..models.funds_recovery_direction import FundsRecoveryDirection
from ..models.funds_recovery_situation_type import FundsRecoverySituationType
from ..models.funds_recovery_status import FundsRecoveryStatus

if TYPE_CHECKING:
    from ..models.funds_recovery_event import FundsRecoveryEvent


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class FundsRecovery:
    """FundsRecovery

    Attributes:
        dict_id (UUID | None):
        root_transaction_id (str | None):
        situation_type (FundsRecoverySituationType | None):
        report_details (str | None):
        status (FundsRecoveryStatus | None):
        direction (FundsRecoveryDirection | None):
        reporter_participant (str | None):
        creation_time (datetime.datetime | None):
        last_modified (datetime.datetime | None):
        events (list[FundsRecoveryEvent] | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "dict_id",
        "root_transaction_id",
        "situation_type",
        "report_details",
        "status",
        "direction",
        "reporter_participant",
        "creation_time",
        "last_modified",
        "events",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "dictId",
            "rootTransactionId",
            "situationType",
            "reportDetails",
            "status",
            "direction",
            "reporterParticipant",
            "creationTime",
            "lastModified",
            "events",
            "createdAt",
            "updatedAt",
        )
    )

    dict_id: UUID | None = None
    root_transaction_id: str | None = None
    situation_type: FundsRecoverySituationType | None = _attrs_field(
        default=None, converter=_e_funds_recovery_situation_type.coerce_optional
    )
    report_details: str | None = None
    status: FundsRecoveryStatus | None = _attrs_field(default=None, converter=_e_funds_recovery_status.coerce_optional)
    direction: FundsRecoveryDirection | None = _attrs_field(
        default=None, converter=_e_funds_recovery_direction.coerce_optional
    )
    reporter_participant: str | None = None
    creation_time: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    last_modified: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    events: list[FundsRecoveryEvent] | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.dict_id
        if _v is not None:
            _d["dictId"] = str(_v)
        _v = self.root_transaction_id
        if _v is not None:
            _d["rootTransactionId"] = _v
        _v = self.situation_type
        if _v is not None:
            _d["situationType"] = _v
        _v = self.report_details
        if _v is not None:
            _d["reportDetails"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.direction
        if _v is not None:
            _d["direction"] = _v
        _v = self.reporter_participant
        if _v is not None:
            _d["reporterParticipant"] = _v
        _v = self.creation_time
        if _v is not None:
            _d["creationTime"] = _t.iso(_v)
        _v = self.last_modified
        if _v is not None:
            _d["lastModified"] = _t.iso(_v)
        _v = self.events
        if _v is not None:
            _d["events"] = [_x.to_dict() for _x in _v]
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
            _key = "dictId"
            _v = _d.get("dictId")
            _obj.dict_id = None if _v is None else (_t.uuid(_v))
            _key = "rootTransactionId"
            _v = _d.get("rootTransactionId")
            _obj.root_transaction_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "situationType"
            _v = _d.get("situationType")
            _obj.situation_type = (
                None
                if _v is None
                else (
                    (_e_funds_recovery_situation_type.BY_VALUE.get(_v) or FundsRecoverySituationType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "reportDetails"
            _v = _d.get("reportDetails")
            _obj.report_details = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_funds_recovery_status.BY_VALUE.get(_v) or FundsRecoveryStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "direction"
            _v = _d.get("direction")
            _obj.direction = (
                None
                if _v is None
                else (
                    (_e_funds_recovery_direction.BY_VALUE.get(_v) or FundsRecoveryDirection(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "reporterParticipant"
            _v = _d.get("reporterParticipant")
            _obj.reporter_participant = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "creationTime"
            _v = _d.get("creationTime")
            _obj.creation_time = None if _v is None else (_t.date_time(_v))
            _key = "lastModified"
            _v = _d.get("lastModified")
            _obj.last_modified = None if _v is None else (_t.date_time(_v))
            _key = "events"
            _v = _d.get("events")
            _obj.events = None if _v is None else (_t.list_of(_v, _models.FundsRecoveryEvent.from_dict))
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
