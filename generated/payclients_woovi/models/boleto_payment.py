from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import boleto_payment_status as _e_boleto_payment_status
from ..models.boleto_payment_status import BoletoPaymentStatus


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class BoletoPayment:
    """Boleto side of a charge; also the `boleto` block of boleto webhooks.

    Attributes:
        method (str | None):
        correlation_id (str | None):
        boleto_transaction_id (str | None):
        status (BoletoPaymentStatus | None):
        value (int | None):
        fee (int | None):
        fines_value (int | None):
        interests_value (int | None):
        settled_at (datetime.datetime | None):
        boleto_barcode (str | None):
        boleto_digitable (str | None):
    """

    _FIELDS = (
        "method",
        "correlation_id",
        "boleto_transaction_id",
        "status",
        "value",
        "fee",
        "fines_value",
        "interests_value",
        "settled_at",
        "boleto_barcode",
        "boleto_digitable",
    )
    _KEYS = frozenset(
        (
            "method",
            "correlationID",
            "boletoTransactionID",
            "status",
            "value",
            "fee",
            "finesValue",
            "interestsValue",
            "settledAt",
            "boletoBarcode",
            "boletoDigitable",
        )
    )

    method: str | None = None
    correlation_id: str | None = None
    boleto_transaction_id: str | None = None
    status: BoletoPaymentStatus | None = _attrs_field(default=None, converter=_e_boleto_payment_status.coerce_optional)
    value: int | None = None
    fee: int | None = None
    fines_value: int | None = None
    interests_value: int | None = None
    settled_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    boleto_barcode: str | None = None
    boleto_digitable: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.method
        if _v is not None:
            _d["method"] = _v
        _v = self.correlation_id
        if _v is not None:
            _d["correlationID"] = _v
        _v = self.boleto_transaction_id
        if _v is not None:
            _d["boletoTransactionID"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.fee
        if _v is not None:
            _d["fee"] = _v
        _v = self.fines_value
        if _v is not None:
            _d["finesValue"] = _v
        _v = self.interests_value
        if _v is not None:
            _d["interestsValue"] = _v
        _v = self.settled_at
        if _v is not None:
            _d["settledAt"] = _t.iso(_v)
        _v = self.boleto_barcode
        if _v is not None:
            _d["boletoBarcode"] = _v
        _v = self.boleto_digitable
        if _v is not None:
            _d["boletoDigitable"] = _v
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
            _key = "method"
            _v = _d.get("method")
            _obj.method = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "correlationID"
            _v = _d.get("correlationID")
            _obj.correlation_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "boletoTransactionID"
            _v = _d.get("boletoTransactionID")
            _obj.boleto_transaction_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_boleto_payment_status.BY_VALUE.get(_v) or BoletoPaymentStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "fee"
            _v = _d.get("fee")
            _obj.fee = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "finesValue"
            _v = _d.get("finesValue")
            _obj.fines_value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "interestsValue"
            _v = _d.get("interestsValue")
            _obj.interests_value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "settledAt"
            _v = _d.get("settledAt")
            _obj.settled_at = None if _v is None else (_t.date_time(_v))
            _key = "boletoBarcode"
            _v = _d.get("boletoBarcode")
            _obj.boleto_barcode = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "boletoDigitable"
            _v = _d.get("boletoDigitable")
            _obj.boleto_digitable = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
