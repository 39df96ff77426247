from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.document_number_configuration_reset_period import DocumentNumberConfigurationResetPeriod


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class DocumentNumberConfiguration:
    """DocumentNumberConfiguration

    Attributes:
        prefix (str | None):
        dynamic_prefix (list[str] | None):
        separator (str | None):
        increment_by (int | None):
        first_number (int | None):
        minimum_number_of_digits (int | None):
        reset_period (DocumentNumberConfigurationResetPeriod | None):
    """

    _FIELDS = (
        "prefix",
        "dynamic_prefix",
        "separator",
        "increment_by",
        "first_number",
        "minimum_number_of_digits",
        "reset_period",
    )
    _KEYS = frozenset(
        (
            "prefix",
            "dynamic_prefix",
            "separator",
            "increment_by",
            "first_number",
            "minimum_number_of_digits",
            "reset_period",
        )
    )

    prefix: str | None = None
    dynamic_prefix: list[str] | None = None
    separator: str | None = None
    increment_by: int | None = None
    first_number: int | None = None
    minimum_number_of_digits: int | None = None
    reset_period: DocumentNumberConfigurationResetPeriod | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.prefix
        if _v is not None:
            _d["prefix"] = _v
        _v = self.dynamic_prefix
        if _v is not None:
            _d["dynamic_prefix"] = list(_v)
        _v = self.separator
        if _v is not None:
            _d["separator"] = _v
        _v = self.increment_by
        if _v is not None:
            _d["increment_by"] = _v
        _v = self.first_number
        if _v is not None:
            _d["first_number"] = _v
        _v = self.minimum_number_of_digits
        if _v is not None:
            _d["minimum_number_of_digits"] = _v
        _v = self.reset_period
        if _v is not None:
            _d["reset_period"] = _v.to_dict()
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
            _key = "prefix"
            _v = _d.get("prefix")
            _obj.prefix = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "dynamic_prefix"
            _v = _d.get("dynamic_prefix")
            _obj.dynamic_prefix = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "separator"
            _v = _d.get("separator")
            _obj.separator = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "increment_by"
            _v = _d.get("increment_by")
            _obj.increment_by = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "first_number"
            _v = _d.get("first_number")
            _obj.first_number = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "minimum_number_of_digits"
            _v = _d.get("minimum_number_of_digits")
            _obj.minimum_number_of_digits = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "reset_period"
            _v = _d.get("reset_period")
            _obj.reset_period = None if _v is None else (_models.DocumentNumberConfigurationResetPeriod.from_dict(_v))
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
