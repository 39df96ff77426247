from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class BundleRequest:
    """Writable bundle fields for create and full update. Fields inferred from the n8n node's Subscription Update
    inputs, assumed shared by courses, bundles and plans; snake_case wire names are proposed.

    Attributes:
        name (str): Display name.
        slug (str | None): URL slug of the product page.
        description (str | None): Long description (may contain HTML).
        short_description (str | None): One-paragraph summary.
        syllabus (str | None): Programme / syllabus text shown on the product page.
        image (str | None): Cover image (URL in responses; how uploads work is not known).
        video (str | None): Presentation video URL.
        video_id (str | None): Id of the presentation video at its host.
        launch_date (datetime.date | None): Launch date.
        redirect (str | None): Redirect URL used by the product page.
        price (Decimal | None): Price in BRL as a decimal string, e.g. `"197.00"`.
        password (str | None): Password protecting the product page, if any.
        access_days (int | None): Days of access granted after purchase.
        faq_active (bool | None): Whether the product page shows its FAQ.
        faq_base_questions (bool | None): Whether the platform's standard FAQ questions are included.
        client_limit_count (int | None): Maximum number of buyers / students.
        courses (list[int] | None): Ids of the courses in the bundle (proposed).
    """

    _FIELDS = (
        "name",
        "slug",
        "description",
        "short_description",
        "syllabus",
        "image",
        "video",
        "video_id",
        "launch_date",
        "redirect",
        "price",
        "password",
        "access_days",
        "faq_active",
        "faq_base_questions",
        "client_limit_count",
        "courses",
    )
    _KEYS = frozenset(
        (
            "name",
            "slug",
            "description",
            "short_description",
            "syllabus",
            "image",
            "video",
            "video_id",
            "launch_date",
            "redirect",
            "price",
            "password",
            "access_days",
            "faq_active",
            "faq_base_questions",
            "client_limit_count",
            "courses",
        )
    )

    name: str
    slug: str | None = None
    description: str | None = None
    short_description: str | None = None
    syllabus: str | None = None
    image: str | None = None
    video: str | None = None
    video_id: str | None = None
    launch_date: datetime.date | None = _attrs_field(default=None, converter=_t.to_date_or_none)
    redirect: str | None = None
    price: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    password: str | None = None
    access_days: int | None = None
    faq_active: bool | None = None
    faq_base_questions: bool | None = None
    client_limit_count: int | None = None
    courses: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["name"] = self.name
        _v = self.slug
        if _v is not None:
            _d["slug"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.short_description
        if _v is not None:
            _d["short_description"] = None if _v is _t.NULL else _v
        _v = self.syllabus
        if _v is not None:
            _d["syllabus"] = None if _v is _t.NULL else _v
        _v = self.image
        if _v is not None:
            _d["image"] = None if _v is _t.NULL else _v
        _v = self.video
        if _v is not None:
            _d["video"] = None if _v is _t.NULL else _v
        _v = self.video_id
        if _v is not None:
            _d["video_id"] = None if _v is _t.NULL else _v
        _v = self.launch_date
        if _v is not None:
            _d["launch_date"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.redirect
        if _v is not None:
            _d["redirect"] = None if _v is _t.NULL else _v
        _v = self.price
        if _v is not None:
            _d["price"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.password
        if _v is not None:
            _d["password"] = None if _v is _t.NULL else _v
        _v = self.access_days
        if _v is not None:
            _d["access_days"] = None if _v is _t.NULL else _v
        _v = self.faq_active
        if _v is not None:
            _d["faq_active"] = _v
        _v = self.faq_base_questions
        if _v is not None:
            _d["faq_base_questions"] = _v
        _v = self.client_limit_count
        if _v is not None:
            _d["client_limit_count"] = None if _v is _t.NULL else _v
        _v = self.courses
        if _v is not None:
            _d["courses"] = list(_v)
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
            _key = "name"
            _v = _d.get("name")
            if _v is None:
                _t.missing(_d, _key)
            _obj.name = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "slug"
            _v = _d.get("slug")
            _obj.slug = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "short_description"
            _v = _d.get("short_description")
            _obj.short_description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "syllabus"
            _v = _d.get("syllabus")
            _obj.syllabus = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "image"
            _v = _d.get("image")
            _obj.image = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "video"
            _v = _d.get("video")
            _obj.video = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "video_id"
            _v = _d.get("video_id")
            _obj.video_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "launch_date"
            _v = _d.get("launch_date")
            _obj.launch_date = None if _v is None else (_t.date(_v))
            _key = "redirect"
            _v = _d.get("redirect")
            _obj.redirect = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "price"
            _v = _d.get("price")
            _obj.price = None if _v is None else (_t.decimal(_v))
            _key = "password"
            _v = _d.get("password")
            _obj.password = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "access_days"
            _v = _d.get("access_days")
            _obj.access_days = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "faq_active"
            _v = _d.get("faq_active")
            _obj.faq_active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "faq_base_questions"
            _v = _d.get("faq_base_questions")
            _obj.faq_base_questions = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "client_limit_count"
            _v = _d.get("client_limit_count")
            _obj.client_limit_count = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "courses"
            _v = _d.get("courses")
            _obj.courses = None if _v is None else (_t.list_of(_v, _t.integer))
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
