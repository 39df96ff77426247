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
    from ..models.installment_cobr_try import InstallmentCobrTry


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InstallmentCobr:
    """Pix Automatico collection (CobR) of an installment.

    Attributes:
        identifier_id (str | None):
        recurrency_id (str | None):
        installment_id (str | None):
        end_to_end_id (str | None):
        reject_code (str | None):
        status (str | None):
        value (int | None):
        description (str | None):
        tries (list[InstallmentCobrTry] | None):
        payment_date (datetime.date | None): Day the collection is to be paid.
        charge_date (datetime.date | None): Day the collection is sent to the payer's bank.
        expiry_date (datetime.date | None): Last day the collection can be paid.
        created_at (datetime.datetime | None):
    """

    _FIELDS = (
        "identifier_id",
        "recurrency_id",
        "installment_id",
        "end_to_end_id",
        "reject_code",
        "status",
        "value",
        "description",
        "tries",
        "payment_date",
        "charge_date",
        "expiry_date",
        "created_at",
    )
    _KEYS = frozenset(
        (
            "identifierId",
            "recurrencyId",
            "installmentId",
            "endToEndId",
            "rejectCode",
            "status",
            "value",
            "description",
            "tries",
            "paymentDate",
            "chargeDate",
            "expiryDate",
            "createdAt",
        )
    )

    identifier_id: str | None = None
    recurrency_id: str | None = None
    installment_id: str | None = None
    end_to_end_id: str | None = None
    reject_code: str | None = None
    status: str | None = None
    value: int | None = None
    description: str | None = None
    tries: list[InstallmentCobrTry] | None = None
    payment_date: datetime.date | None = _attrs_field(default=None, converter=_t.to_date_or_none)
    charge_date: datetime.date | None = _attrs_field(default=None, converter=_t.to_date_or_none)
    expiry_date: datetime.date | None = _attrs_field(default=None, converter=_t.to_date_or_none)
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.identifier_id
        if _v is not None:
            _d["identifierId"] = _v
        _v = self.recurrency_id
        if _v is not None:
            _d["recurrencyId"] = _v
        _v = self.installment_id
        if _v is not None:
            _d["installmentId"] = _v
        _v = self.end_to_end_id
        if _v is not None:
            _d["endToEndId"] = _v
        _v = self.reject_code
        if _v is not None:
            _d["rejectCode"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.tries
        if _v is not None:
            _d["tries"] = [_x.to_dict() for _x in _v]
        _v = self.payment_date
        if _v is not None:
            _d["paymentDate"] = _t.iso(_v)
        _v = self.charge_date
        if _v is not None:
            _d["chargeDate"] = _t.iso(_v)
        _v = self.expiry_date
        if _v is not None:
            _d["expiryDate"] = _t.iso(_v)
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
            _key = "identifierId"
            _v = _d.get("identifierId")
            _obj.identifier_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "recurrencyId"
            _v = _d.get("recurrencyId")
            _obj.recurrency_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "installmentId"
            _v = _d.get("installmentId")
            _obj.installment_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "endToEndId"
            _v = _d.get("endToEndId")
            _obj.end_to_end_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "rejectCode"
            _v = _d.get("rejectCode")
            _obj.reject_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "tries"
            _v = _d.get("tries")
            _obj.tries = None if _v is None else (_t.list_of(_v, _models.InstallmentCobrTry.from_dict))
            _key = "paymentDate"
            _v = _d.get("paymentDate")
            _obj.payment_date = None if _v is None else (_t.date(_v))
            _key = "chargeDate"
            _v = _d.get("chargeDate")
            _obj.charge_date = None if _v is None else (_t.date(_v))
            _key = "expiryDate"
            _v = _d.get("expiryDate")
            _obj.expiry_date = None if _v is None else (_t.date(_v))
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
