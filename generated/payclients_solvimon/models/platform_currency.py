from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.short import Short


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PlatformCurrency:
    """PlatformCurrency

    Attributes:
        currency_code (str | None):
        code (str | None):
        currency_id (Short | None):
        numeric (Short | None):
        sign (str | None):
        exponent (Short | None):
        country_codes (list[str] | None):
        countries (list[str] | None):
        currency_name (str | None):
        name (str | None):
    """

    _FIELDS = (
        "currency_code",
        "code",
        "currency_id",
        "numeric",
        "sign",
        "exponent",
        "country_codes",
        "countries",
        "currency_name",
        "name",
    )
    _KEYS = frozenset(
        (
            "currencyCode",
            "code",
            "currencyId",
            "numeric",
            "sign",
            "exponent",
            "countryCodes",
            "countries",
            "currencyName",
            "name",
        )
    )

    currency_code: str | None = None
    code: str | None = None
    currency_id: Short | None = None
    numeric: Short | None = None
    sign: str | None = None
    exponent: Short | None = None
    country_codes: list[str] | None = None
    countries: list[str] | None = None
    currency_name: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.currency_code
        if _v is not None:
            _d["currencyCode"] = _v
        _v = self.code
        if _v is not None:
            _d["code"] = _v
        _v = self.currency_id
        if _v is not None:
            _d["currencyId"] = _v.to_dict()
        _v = self.numeric
        if _v is not None:
            _d["numeric"] = _v.to_dict()
        _v = self.sign
        if _v is not None:
            _d["sign"] = _v
        _v = self.exponent
        if _v is not None:
            _d["exponent"] = _v.to_dict()
        _v = self.country_codes
        if _v is not None:
            _d["countryCodes"] = list(_v)
        _v = self.countries
        if _v is not None:
            _d["countries"] = list(_v)
        _v = self.currency_name
        if _v is not None:
            _d["currencyName"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
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
            _key = "currencyCode"
            _v = _d.get("currencyCode")
            _obj.currency_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "code"
            _v = _d.get("code")
            _obj.code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "currencyId"
            _v = _d.get("currencyId")
            _obj.currency_id = None if _v is None else (_models.Short.from_dict(_v))
            _key = "numeric"
            _v = _d.get("numeric")
            _obj.numeric = None if _v is None else (_models.Short.from_dict(_v))
            _key = "sign"
            _v = _d.get("sign")
            _obj.sign = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "exponent"
            _v = _d.get("exponent")
            _obj.exponent = None if _v is None else (_models.Short.from_dict(_v))
            _key = "countryCodes"
            _v = _d.get("countryCodes")
            _obj.country_codes = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "countries"
            _v = _d.get("countries")
            _obj.countries = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "currencyName"
            _v = _d.get("currencyName")
            _obj.currency_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
