from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.customer import Customer


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PixWithdrawTransaction:
    """PixWithdrawTransaction

    Attributes:
        value (int | None):
        time (datetime.datetime | None):
        end_to_end_id (str | None):
        transaction_id (str | None):
        info_pagador (str | None):
        payer (Customer | None):
        type_ (str | None):
        created_at (datetime.datetime | None):
    """

    _FIELDS = (
        "value",
        "time",
        "end_to_end_id",
        "transaction_id",
        "info_pagador",
        "payer",
        "type_",
        "created_at",
    )
    _KEYS = frozenset(
        (
            "value",
            "time",
            "endToEndId",
            "transactionID",
            "infoPagador",
            "payer",
            "type",
            "createdAt",
        )
    )

    value: int | None = None
    time: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_to_end_id: str | None = None
    transaction_id: str | None = None
    info_pagador: str | None = None
    payer: Customer | None = None
    type_: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.time
        if _v is not None:
            _d["time"] = _t.iso(_v)
        _v = self.end_to_end_id
        if _v is not None:
            _d["endToEndId"] = _v
        _v = self.transaction_id
        if _v is not None:
            _d["transactionID"] = _v
        _v = self.info_pagador
        if _v is not None:
            _d["infoPagador"] = _v
        _v = self.payer
        if _v is not None:
            _d["payer"] = _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.created_at
        if _v is not None:
            _d["createdAt"] = _t.iso(_v)
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
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "time"
            _v = _d.get("time")
            _obj.time = None if _v is None else (_t.date_time(_v))
            _key = "endToEndId"
            _v = _d.get("endToEndId")
            _obj.end_to_end_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "transactionID"
            _v = _d.get("transactionID")
            _obj.transaction_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "infoPagador"
            _v = _d.get("infoPagador")
            _obj.info_pagador = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "payer"
            _v = _d.get("payer")
            _obj.payer = None if _v is None else (_models.Customer.from_dict(_v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "createdAt"
            _v = _d.get("createdAt")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
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
