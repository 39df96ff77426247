from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import boleto_transaction_status as _e_boleto_transaction_status
from ..models import boleto_transaction_type as _e_boleto_transaction_type
from ..models.boleto_transaction_status import BoletoTransactionStatus
from ..models.boleto_transaction_type import BoletoTransactionType

if TYPE_CHECKING:
    from ..models.boleto_transaction_charge import BoletoTransactionCharge


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class BoletoTransaction:
    """BoletoTransaction

    Attributes:
        boleto_transaction_id (str):
        type_ (BoletoTransactionType):
        status (BoletoTransactionStatus):
        value (int): Amount actually paid, in cents.
        created_at (datetime.datetime):
        fee (int | None):
        settled_at (datetime.datetime | None):
        fines_value (int | None):
        interests_value (int | None):
        discount_value (int | None):
        charge (BoletoTransactionCharge | None):
    """

    _FIELDS = (
        "boleto_transaction_id",
        "type_",
        "status",
        "value",
        "created_at",
        "fee",
        "settled_at",
        "fines_value",
        "interests_value",
        "discount_value",
        "charge",
    )
    _KEYS = frozenset(
        (
            "boletoTransactionID",
            "type",
            "status",
            "value",
            "createdAt",
            "fee",
            "settledAt",
            "finesValue",
            "interestsValue",
            "discountValue",
            "charge",
        )
    )

    boleto_transaction_id: str
    type_: BoletoTransactionType = _attrs_field(converter=_e_boleto_transaction_type.coerce)
    status: BoletoTransactionStatus = _attrs_field(converter=_e_boleto_transaction_status.coerce)
    value: int
    created_at: datetime.datetime = _attrs_field(converter=_t.to_datetime)
    fee: int | None = None
    settled_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    fines_value: int | None = None
    interests_value: int | None = None
    discount_value: int | None = None
    charge: BoletoTransactionCharge | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["boletoTransactionID"] = self.boleto_transaction_id
        _d["type"] = self.type_
        _d["status"] = self.status
        _d["value"] = self.value
        _d["createdAt"] = _t.iso(self.created_at)
        _v = self.fee
        if _v is not None:
            _d["fee"] = _v
        _v = self.settled_at
        if _v is not None:
            _d["settledAt"] = _t.iso(_v)
        _v = self.fines_value
        if _v is not None:
            _d["finesValue"] = _v
        _v = self.interests_value
        if _v is not None:
            _d["interestsValue"] = _v
        _v = self.discount_value
        if _v is not None:
            _d["discountValue"] = _v
        _v = self.charge
        if _v is not None:
            _d["charge"] = _v.to_dict()
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
            _key = "boletoTransactionID"
            _v = _d.get("boletoTransactionID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.boleto_transaction_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "type"
            _v = _d.get("type")
            if _v is None:
                _t.missing(_d, _key)
            _obj.type_ = (
                (_e_boleto_transaction_type.BY_VALUE.get(_v) or BoletoTransactionType(_v))
                if type(_v) is str
                else _t.wrong("string", _v)
            )
            _key = "status"
            _v = _d.get("status")
            if _v is None:
                _t.missing(_d, _key)
            _obj.status = (
                (_e_boleto_transaction_status.BY_VALUE.get(_v) or BoletoTransactionStatus(_v))
                if type(_v) is str
                else _t.wrong("string", _v)
            )
            _key = "value"
            _v = _d.get("value")
            if _v is None:
                _t.missing(_d, _key)
            _obj.value = _v if type(_v) is int else _t.integer(_v)
            _key = "createdAt"
            _v = _d.get("createdAt")
            if _v is None:
                _t.missing(_d, _key)
            _obj.created_at = _t.date_time(_v)
            _key = "fee"
            _v = _d.get("fee")
            _obj.fee = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "settledAt"
            _v = _d.get("settledAt")
            _obj.settled_at = None if _v is None else (_t.date_time(_v))
            _key = "finesValue"
            _v = _d.get("finesValue")
            _obj.fines_value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "interestsValue"
            _v = _d.get("interestsValue")
            _obj.interests_value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "discountValue"
            _v = _d.get("discountValue")
            _obj.discount_value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "charge"
            _v = _d.get("charge")
            _obj.charge = None if _v is None else (_models.BoletoTransactionCharge.from_dict(_v))
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
