from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class TeamRequest:
    """Team membership for create and full update. Inferred from the n8n node's Team Create / Partial Update inputs
    (the Create page is cut off, so more flags may exist); wire names proposed.

    Attributes:
        user (int): Id of the user to add to the team.
        admin_permission (bool | None): Grants administrator rights.
        teacher_permission (bool | None): Grants teacher rights.
        team_permission (bool | None): Grants team management.
        courses_permission (bool | None): Grants course management.
        gurupay_permission (bool | None): Grants MindzPay (ex-GuruPay) access.
        statistics_permission (bool | None): Grants statistics.
        marketing_permission (bool | None): Grants marketing tools.
        editor_permission (bool | None): Grants content editor.
        integration_permission (bool | None): Grants integrations.
    """

    _FIELDS = (
        "user",
        "admin_permission",
        "teacher_permission",
        "team_permission",
        "courses_permission",
        "gurupay_permission",
        "statistics_permission",
        "marketing_permission",
        "editor_permission",
        "integration_permission",
    )
    _KEYS = frozenset(
        (
            "user",
            "admin_permission",
            "teacher_permission",
            "team_permission",
            "courses_permission",
            "gurupay_permission",
            "statistics_permission",
            "marketing_permission",
            "editor_permission",
            "integration_permission",
        )
    )

    user: int
    admin_permission: bool | None = None
    teacher_permission: bool | None = None
    team_permission: bool | None = None
    courses_permission: bool | None = None
    gurupay_permission: bool | None = None
    statistics_permission: bool | None = None
    marketing_permission: bool | None = None
    editor_permission: bool | None = None
    integration_permission: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["user"] = self.user
        _v = self.admin_permission
        if _v is not None:
            _d["admin_permission"] = _v
        _v = self.teacher_permission
        if _v is not None:
            _d["teacher_permission"] = _v
        _v = self.team_permission
        if _v is not None:
            _d["team_permission"] = _v
        _v = self.courses_permission
        if _v is not None:
            _d["courses_permission"] = _v
        _v = self.gurupay_permission
        if _v is not None:
            _d["gurupay_permission"] = _v
        _v = self.statistics_permission
        if _v is not None:
            _d["statistics_permission"] = _v
        _v = self.marketing_permission
        if _v is not None:
            _d["marketing_permission"] = _v
        _v = self.editor_permission
        if _v is not None:
            _d["editor_permission"] = _v
        _v = self.integration_permission
        if _v is not None:
            _d["integration_permission"] = _v
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
            _key = "user"
            _v = _d.get("user")
            if _v is None:
                _t.missing(_d, _key)
            _obj.user = _v if type(_v) is int else _t.integer(_v)
            _key = "admin_permission"
            _v = _d.get("admin_permission")
            _obj.admin_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "teacher_permission"
            _v = _d.get("teacher_permission")
            _obj.teacher_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "team_permission"
            _v = _d.get("team_permission")
            _obj.team_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "courses_permission"
            _v = _d.get("courses_permission")
            _obj.courses_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "gurupay_permission"
            _v = _d.get("gurupay_permission")
            _obj.gurupay_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "statistics_permission"
            _v = _d.get("statistics_permission")
            _obj.statistics_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "marketing_permission"
            _v = _d.get("marketing_permission")
            _obj.marketing_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "editor_permission"
            _v = _d.get("editor_permission")
            _obj.editor_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "integration_permission"
            _v = _d.get("integration_permission")
            _obj.integration_permission = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
