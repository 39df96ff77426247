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
class UsedExchangeRate:
    """An exchange rate applied on the invoice.

    Attributes:
        currency (str | None):
        base_currency (str | None):
        rate_timestamp (datetime.datetime | None): Time the rate applies to.
        rate (Decimal | None): Exchange rate as a decimal string.
        source (str | None):
    """

    _FIELDS = (
        "currency",
        "base_currency",
        "rate_timestamp",
        "rate",
        "source",
    )
    _KEYS = frozenset(
        (
            "currency",
            "base_currency",
            "rate_timestamp",
            "rate",
            "source",
        )
    )

    currency: str | None = None
    base_currency: str | None = None
    rate_timestamp: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    rate: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    source: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.currency
        if _v is not None:
            _d["currency"] = _v
        _v = self.base_currency
        if _v is not None:
            _d["base_currency"] = _v
        _v = self.rate_timestamp
        if _v is not None:
            _d["rate_timestamp"] = _t.iso(_v)
        _v = self.rate
        if _v is not None:
            _d["rate"] = _t.decimal_text(_v)
        _v = self.source
        if _v is not None:
            _d["source"] = None if _v is _t.NULL else _v
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
            _key = "currency"
            _v = _d.get("currency")
            _obj.currency = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "base_currency"
            _v = _d.get("base_currency")
            _obj.base_currency = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "rate_timestamp"
            _v = _d.get("rate_timestamp")
            _obj.rate_timestamp = None if _v is None else (_t.date_time(_v))
            _key = "rate"
            _v = _d.get("rate")
            _obj.rate = None if _v is None else (_t.decimal(_v))
            _key = "source"
            _v = _d.get("source")
            _obj.source = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
