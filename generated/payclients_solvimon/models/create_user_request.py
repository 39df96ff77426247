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

from ..models import user_status as _e_user_status
from ..models.user_status import UserStatus

if TYPE_CHECKING:
    from ..models.create_account_membership_representation_request import CreateAccountMembershipRepresentationRequest
    from ..models.create_team_member_representation_request import CreateTeamMemberRepresentationRequest


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateUserRequest:
    """CreateUserRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        entity_id (str | None):
        created_at (datetime.datetime | None):
        active (bool | None):
        status (UserStatus | None):
        account_memberships (list[CreateAccountMembershipRepresentationRequest] | None):
        team_memberships (list[CreateTeamMemberRepresentationRequest] | None):
        username (str | None):
        password (str | None):
        invite_expired (bool | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "entity_id",
        "created_at",
        "active",
        "status",
        "account_memberships",
        "team_memberships",
        "username",
        "password",
        "invite_expired",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "entity_id",
        "created_at",
        "active",
        "status",
        "account_memberships",
        "team_memberships",
        "username",
        "password",
        "invite_expired",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    entity_id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    active: bool | None = None
    status: UserStatus | None = _attrs_field(default=None, converter=_e_user_status.coerce_optional)
    account_memberships: list[CreateAccountMembershipRepresentationRequest] | None = None
    team_memberships: list[CreateTeamMemberRepresentationRequest] | None = None
    username: str | None = None
    password: str | None = None
    invite_expired: bool | None = None
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
        _v = self.entity_id
        if _v is not None:
            _d["entity_id"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.active
        if _v is not None:
            _d["active"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.account_memberships
        if _v is not None:
            _d["account_memberships"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.team_memberships
        if _v is not None:
            _d["team_memberships"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.username
        if _v is not None:
            _d["username"] = _v
        _v = self.password
        if _v is not None:
            _d["password"] = None if _v is _t.NULL else _v
        _v = self.invite_expired
        if _v is not None:
            _d["invite_expired"] = None if _v is _t.NULL else _v
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
            _v = _d.get("entity_id")
            _obj.entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("active")
            _obj.active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_user_status.BY_VALUE.get(_v) or UserStatus(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _v = _d.get("account_memberships")
            _obj.account_memberships = (
                None if _v is None else (_t.list_of(_v, _models.CreateAccountMembershipRepresentationRequest.from_dict))
            )
            _v = _d.get("team_memberships")
            _obj.team_memberships = (
                None if _v is None else (_t.list_of(_v, _models.CreateTeamMemberRepresentationRequest.from_dict))
            )
            _v = _d.get("username")
            _obj.username = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("password")
            _obj.password = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("invite_expired")
            _obj.invite_expired = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
