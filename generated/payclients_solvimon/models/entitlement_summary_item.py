from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.amount import Amount


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EntitlementSummaryItem:
    """EntitlementSummaryItem

    Attributes:
        feature_reference (str | None):
        feature_id (str | None):
        overwrite (bool | None):
        override (bool | None):
        number (Decimal | None):
        switch (bool | None):
        amount (Amount | None): Money: a decimal quantity in a currency.
        enums (list[str] | None):
        strings (list[str] | None):
    """

    _FIELDS = (
        "feature_reference",
        "feature_id",
        "overwrite",
        "override",
        "number",
        "switch",
        "amount",
        "enums",
        "strings",
    )
    _KEYS = frozenset(
        (
            "feature_reference",
            "feature_id",
            "overwrite",
            "override",
            "number",
            "switch",
            "amount",
            "enums",
            "strings",
        )
    )

    feature_reference: str | None = None
    feature_id: str | None = None
    overwrite: bool | None = None
    override: bool | None = None
    number: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    switch: bool | None = None
    amount: Amount | None = None
    enums: list[str] | None = None
    strings: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.feature_reference
        if _v is not None:
            _d["feature_reference"] = None if _v is _t.NULL else _v
        _v = self.feature_id
        if _v is not None:
            _d["feature_id"] = None if _v is _t.NULL else _v
        _v = self.overwrite
        if _v is not None:
            _d["overwrite"] = None if _v is _t.NULL else _v
        _v = self.override
        if _v is not None:
            _d["override"] = None if _v is _t.NULL else _v
        _v = self.number
        if _v is not None:
            _d["number"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.switch
        if _v is not None:
            _d["switch"] = None if _v is _t.NULL else _v
        _v = self.amount
        if _v is not None:
            _d["amount"] = _v.to_dict()
        _v = self.enums
        if _v is not None:
            _d["enums"] = None if _v is _t.NULL else list(_v)
        _v = self.strings
        if _v is not None:
            _d["strings"] = None if _v is _t.NULL else list(_v)
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
            _key = "feature_reference"
            _v = _d.get("feature_reference")
            _obj.feature_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "feature_id"
            _v = _d.get("feature_id")
            _obj.feature_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "overwrite"
            _v = _d.get("overwrite")
            _obj.overwrite = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "override"
            _v = _d.get("override")
            _obj.override = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "number"
            _v = _d.get("number")
            _obj.number = None if _v is None else (_t.decimal(_v))
            _key = "switch"
            _v = _d.get("switch")
            _obj.switch = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "amount"
            _v = _d.get("amount")
            _obj.amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "enums"
            _v = _d.get("enums")
            _obj.enums = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "strings"
            _v = _d.get("strings")
            _obj.strings = None if _v is None else (_t.list_of(_v, _t.string))
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
