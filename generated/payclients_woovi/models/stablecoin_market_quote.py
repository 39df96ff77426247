from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.stablecoin_applied_fee import StablecoinAppliedFee


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class StablecoinMarketQuote:
    """StablecoinMarketQuote

    Attributes:
        base_price (float | None):
        input_amount (float | None):
        input_currency (str | None):
        output_amount (float | None):
        output_currency (str | None):
        pair_name (str | None):
        applied_fees (list[StablecoinAppliedFee] | None):
    """

    _FIELDS = (
        "base_price",
        "input_amount",
        "input_currency",
        "output_amount",
        "output_currency",
        "pair_name",
        "applied_fees",
    )
    _KEYS = frozenset(
        (
            "basePrice",
            "inputAmount",
            "inputCurrency",
            "outputAmount",
            "outputCurrency",
            "pairName",
            "appliedFees",
        )
    )

    base_price: float | None = None
    input_amount: float | None = None
    input_currency: str | None = None
    output_amount: float | None = None
    output_currency: str | None = None
    pair_name: str | None = None
    applied_fees: list[StablecoinAppliedFee] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.base_price
        if _v is not None:
            _d["basePrice"] = None if _v is _t.NULL else _v
        _v = self.input_amount
        if _v is not None:
            _d["inputAmount"] = None if _v is _t.NULL else _v
        _v = self.input_currency
        if _v is not None:
            _d["inputCurrency"] = _v
        _v = self.output_amount
        if _v is not None:
            _d["outputAmount"] = None if _v is _t.NULL else _v
        _v = self.output_currency
        if _v is not None:
            _d["outputCurrency"] = _v
        _v = self.pair_name
        if _v is not None:
            _d["pairName"] = _v
        _v = self.applied_fees
        if _v is not None:
            _d["appliedFees"] = [_x.to_dict() for _x in _v]
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
            _key = "basePrice"
            _v = _d.get("basePrice")
            _obj.base_price = None if _v is None else (_t.number(_v))
            _key = "inputAmount"
            _v = _d.get("inputAmount")
            _obj.input_amount = None if _v is None else (_t.number(_v))
            _key = "inputCurrency"
            _v = _d.get("inputCurrency")
            _obj.input_currency = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "outputAmount"
            _v = _d.get("outputAmount")
            _obj.output_amount = None if _v is None else (_t.number(_v))
            _key = "outputCurrency"
            _v = _d.get("outputCurrency")
            _obj.output_currency = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pairName"
            _v = _d.get("pairName")
            _obj.pair_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "appliedFees"
            _v = _d.get("appliedFees")
            _obj.applied_fees = None if _v is None else (_t.list_of(_v, _models.StablecoinAppliedFee.from_dict))
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
