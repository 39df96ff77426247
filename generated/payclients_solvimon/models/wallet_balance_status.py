from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__


if TYPE_CHECKING:
    from ..models.wallet_balance_value import WalletBalanceValue


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WalletBalanceStatus:
    """WalletBalanceStatus

    Attributes:
        balance (WalletBalanceValue | None):
        reserved_balance (WalletBalanceValue | None):
        open_balance (WalletBalanceValue | None):
        balance_at (datetime.datetime | None):
    """

    _FIELDS = (
        "balance",
        "reserved_balance",
        "open_balance",
        "balance_at",
    )
    _KEYS_IN_ORDER = (
        "balance",
        "reserved_balance",
        "open_balance",
        "balance_at",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    balance: WalletBalanceValue | None = None
    reserved_balance: WalletBalanceValue | None = None
    open_balance: WalletBalanceValue | None = None
    balance_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.balance
        if _v is not None:
            _d["balance"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.reserved_balance
        if _v is not None:
            _d["reserved_balance"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.open_balance
        if _v is not None:
            _d["open_balance"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.balance_at
        if _v is not None:
            _d["balance_at"] = None if _v is _t.NULL else _t.iso(_v)
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
        _obj = _new(_cls)
        try:
            _v = _d.get("balance")
            _obj.balance = None if _v is None else (_models.WalletBalanceValue.from_dict(_v))
            _v = _d.get("reserved_balance")
            _obj.reserved_balance = None if _v is None else (_models.WalletBalanceValue.from_dict(_v))
            _v = _d.get("open_balance")
            _obj.open_balance = None if _v is None else (_models.WalletBalanceValue.from_dict(_v))
            _v = _d.get("balance_at")
            _obj.balance_at = None if _v is None else (_t.date_time(_v))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
