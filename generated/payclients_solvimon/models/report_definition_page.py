from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.page_links import PageLinks
    from ..models.report_definition import ReportDefinition


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ReportDefinitionPage:
    """ReportDefinitionPage

    Attributes:
        data (list[ReportDefinition]):
        links (PageLinks): Links to neighbouring pages of the same list; null where there is no such page.
        limit (int | None):
        page (int | None):
        total_number_of_pages (int | None):
    """

    _FIELDS = (
        "data",
        "links",
        "limit",
        "page",
        "total_number_of_pages",
    )
    _KEYS = frozenset(
        (
            "data",
            "links",
            "limit",
            "page",
            "total_number_of_pages",
        )
    )

    data: list[ReportDefinition]
    links: PageLinks
    limit: int | None = None
    page: int | None = None
    total_number_of_pages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["data"] = [_x.to_dict() for _x in self.data]
        _d["links"] = self.links.to_dict()
        _v = self.limit
        if _v is not None:
            _d["limit"] = None if _v is _t.NULL else _v
        _v = self.page
        if _v is not None:
            _d["page"] = None if _v is _t.NULL else _v
        _v = self.total_number_of_pages
        if _v is not None:
            _d["total_number_of_pages"] = None if _v is _t.NULL else _v
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
            _key = "data"
            _v = _d.get("data")
            if _v is None:
                _t.missing(_d, _key)
            _obj.data = _t.list_of(_v, _models.ReportDefinition.from_dict)
            _key = "links"
            _v = _d.get("links")
            if _v is None:
                _t.missing(_d, _key)
            _obj.links = _models.PageLinks.from_dict(_v)
            _key = "limit"
            _v = _d.get("limit")
            _obj.limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "page"
            _v = _d.get("page")
            _obj.page = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "total_number_of_pages"
            _v = _d.get("total_number_of_pages")
            _obj.total_number_of_pages = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
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
