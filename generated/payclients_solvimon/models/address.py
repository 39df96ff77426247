from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import country_code as _e_country_code
from ..models.country_code import CountryCode


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Address:
    """A postal address.

    Attributes:
        line1 (str | None):
        line2 (str | None):
        city (str | None):
        postal_code (str | None):
        state (str | None):
        country (CountryCode | None):
    """

    _FIELDS = (
        "line1",
        "line2",
        "city",
        "postal_code",
        "state",
        "country",
    )
    _KEYS = frozenset(
        (
            "line1",
            "line2",
            "city",
            "postal_code",
            "state",
            "country",
        )
    )

    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    postal_code: str | None = None
    state: str | None = None
    country: CountryCode | None = _attrs_field(default=None, converter=_e_country_code.coerce_optional)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.line1
        if _v is not None:
            _d["line1"] = None if _v is _t.NULL else _v
        _v = self.line2
        if _v is not None:
            _d["line2"] = None if _v is _t.NULL else _v
        _v = self.city
        if _v is not None:
            _d["city"] = None if _v is _t.NULL else _v
        _v = self.postal_code
        if _v is not None:
            _d["postal_code"] = None if _v is _t.NULL else _v
        _v = self.state
        if _v is not None:
            _d["state"] = None if _v is _t.NULL else _v
        _v = self.country
        if _v is not None:
            _d["country"] = None if _v is _t.NULL else _v
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
            _key = "line1"
            _v = _d.get("line1")
            _obj.line1 = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "line2"
            _v = _d.get("line2")
            _obj.line2 = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "city"
            _v = _d.get("city")
            _obj.city = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "postal_code"
            _v = _d.get("postal_code")
            _obj.postal_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "state"
            _v = _d.get("state")
            _obj.state = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "country"
            _v = _d.get("country")
            _obj.country = (
                None
                if _v is None
                else (
                    (_e_country_code.BY_VALUE.get(_v) or CountryCode(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
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
