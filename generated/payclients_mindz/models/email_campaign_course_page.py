from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.email_campaign_course import EmailCampaignCourse


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EmailCampaignCoursePage:
    """One page of campaign courses in the Django REST Framework limit/offset envelope (inferred: the node's
    Limit/Offset inputs match DRF `LimitOffsetPagination`). The facade also accepts a bare JSON list.

    Attributes:
        results (list[EmailCampaignCourse]): The campaign courses on this page.
        count (int | None): Total number of results across all pages.
        next_ (str | None): URL of the next page; null on the last page.
        previous (str | None): URL of the previous page; null on the first page.
    """

    _FIELDS = (
        "results",
        "count",
        "next_",
        "previous",
    )
    _KEYS = frozenset(
        (
            "results",
            "count",
            "next",
            "previous",
        )
    )

    results: list[EmailCampaignCourse]
    count: int | None = None
    next_: str | None = None
    previous: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["results"] = [_x.to_dict() for _x in self.results]
        _v = self.count
        if _v is not None:
            _d["count"] = _v
        _v = self.next_
        if _v is not None:
            _d["next"] = None if _v is _t.NULL else _v
        _v = self.previous
        if _v is not None:
            _d["previous"] = None if _v is _t.NULL else _v
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
            _key = "results"
            _v = _d.get("results")
            if _v is None:
                _t.missing(_d, _key)
            _obj.results = _t.list_of(_v, _models.EmailCampaignCourse.from_dict)
            _key = "count"
            _v = _d.get("count")
            _obj.count = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "next"
            _v = _d.get("next")
            _obj.next_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "previous"
            _v = _d.get("previous")
            _obj.previous = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
