from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PatchedCourseTeacherRequest:
    """Teacher permission changes for a partial update. Inferred from the n8n node's Course Teacher Update inputs;
    wire names proposed.

    Attributes:
        teacher_visualization (bool | None): Whether the teacher is shown to students as a teacher of the course.
        tutor (bool | None): Whether the teacher acts as a tutor (answers students).
        grader (bool | None): Whether the teacher grades students' work.
        profile_viewer (bool | None): Whether the teacher may view students' profiles.
        news (bool | None): Whether the teacher may post course news.
        financial (bool | None): Whether the teacher may see the course's financial data.
        community_notification (bool | None): Whether the teacher receives community notifications.
    """

    _FIELDS = (
        "teacher_visualization",
        "tutor",
        "grader",
        "profile_viewer",
        "news",
        "financial",
        "community_notification",
    )
    _KEYS = frozenset(
        (
            "teacher_visualization",
            "tutor",
            "grader",
            "profile_viewer",
            "news",
            "financial",
            "community_notification",
        )
    )

    teacher_visualization: bool | None = None
    tutor: bool | None = None
    grader: bool | None = None
    profile_viewer: bool | None = None
    news: bool | None = None
    financial: bool | None = None
    community_notification: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.teacher_visualization
        if _v is not None:
            _d["teacher_visualization"] = _v
        _v = self.tutor
        if _v is not None:
            _d["tutor"] = _v
        _v = self.grader
        if _v is not None:
            _d["grader"] = _v
        _v = self.profile_viewer
        if _v is not None:
            _d["profile_viewer"] = _v
        _v = self.news
        if _v is not None:
            _d["news"] = _v
        _v = self.financial
        if _v is not None:
            _d["financial"] = _v
        _v = self.community_notification
        if _v is not None:
            _d["community_notification"] = _v
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
            _key = "teacher_visualization"
            _v = _d.get("teacher_visualization")
            _obj.teacher_visualization = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "tutor"
            _v = _d.get("tutor")
            _obj.tutor = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "grader"
            _v = _d.get("grader")
            _obj.grader = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "profile_viewer"
            _v = _d.get("profile_viewer")
            _obj.profile_viewer = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "news"
            _v = _d.get("news")
            _obj.news = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "financial"
            _v = _d.get("financial")
            _obj.financial = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "community_notification"
            _v = _d.get("community_notification")
            _obj.community_notification = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
