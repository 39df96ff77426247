from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import statement_entry_type as _e_statement_entry_type
from ..models import subaccount_operation_type as _e_subaccount_operation_type
from ..models.statement_entry_type import StatementEntryType
from ..models.subaccount_operation_type import SubaccountOperationType


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class StatementEntry:
    """One ledger entry; `operationType` is sent for subaccounts only.

    Attributes:
        id (str | None):
        time (datetime.datetime | None):
        value (int | None):
        balance (int | None): Balance after the entry, in cents.
        description (str | None): What the entry was for.
        type_ (StatementEntryType | None):
        transaction_id (str | None):
        operation_type (SubaccountOperationType | None):
    """

    _FIELDS = (
        "id",
        "time",
        "value",
        "balance",
        "description",
        "type_",
        "transaction_id",
        "operation_type",
    )
    _KEYS = frozenset(
        (
            "id",
            "time",
            "value",
            "balance",
            "description",
            "type",
            "transactionId",
            "operationType",
        )
    )

    id: str | None = None
    time: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    value: int | None = None
    balance: int | None = None
    description: str | None = None
    type_: StatementEntryType | None = _attrs_field(default=None, converter=_e_statement_entry_type.coerce_optional)
    transaction_id: str | None = None
    operation_type: SubaccountOperationType | None = _attrs_field(
        default=None, converter=_e_subaccount_operation_type.coerce_optional
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.time
        if _v is not None:
            _d["time"] = _t.iso(_v)
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.balance
        if _v is not None:
            _d["balance"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.transaction_id
        if _v is not None:
            _d["transactionId"] = _v
        _v = self.operation_type
        if _v is not None:
            _d["operationType"] = None if _v is _t.NULL else _v
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
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "time"
            _v = _d.get("time")
            _obj.time = None if _v is None else (_t.date_time(_v))
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "balance"
            _v = _d.get("balance")
            _obj.balance = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_statement_entry_type.BY_VALUE.get(_v) or StatementEntryType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "transactionId"
            _v = _d.get("transactionId")
            _obj.transaction_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "operationType"
            _v = _d.get("operationType")
            _obj.operation_type = (
                None
                if _v is None
                else (
                    (_e_subaccount_operation_type.BY_VALUE.get(_v) or SubaccountOperationType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
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
