from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import invoice_status as _e_invoice_status
from ..models.invoice_status import InvoiceStatus

if TYPE_CHECKING:
    from ..models.invoice_charge import InvoiceCharge
    from ..models.invoice_customer import InvoiceCustomer


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Invoice:
    """Invoice

    Attributes:
        id (str):
        correlation_id (str):
        value (int):
        date (datetime.datetime):
        billing_date (datetime.datetime):
        status (InvoiceStatus):
        description (str | None):
        status_raw (str | None): Status reported by NFe.io.
        customer (InvoiceCustomer | None):
        charge (InvoiceCharge | None):
    """

    _FIELDS = (
        "id",
        "correlation_id",
        "value",
        "date",
        "billing_date",
        "status",
        "description",
        "status_raw",
        "customer",
        "charge",
    )
    _KEYS = frozenset(
        (
            "id",
            "correlationID",
            "value",
            "date",
            "billingDate",
            "status",
            "description",
            "statusRaw",
            "customer",
            "charge",
        )
    )

    id: str
    correlation_id: str
    value: int
    date: datetime.datetime = _attrs_field(converter=_t.to_datetime)
    billing_date: datetime.datetime = _attrs_field(converter=_t.to_datetime)
    status: InvoiceStatus = _attrs_field(converter=_e_invoice_status.coerce)
    description: str | None = None
    status_raw: str | None = None
    customer: InvoiceCustomer | None = None
    charge: InvoiceCharge | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["id"] = self.id
        _d["correlationID"] = self.correlation_id
        _d["value"] = self.value
        _d["date"] = _t.iso(self.date)
        _d["billingDate"] = _t.iso(self.billing_date)
        _d["status"] = self.status
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.status_raw
        if _v is not None:
            _d["statusRaw"] = None if _v is _t.NULL else _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = _v.to_dict()
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
            _key = "id"
            _v = _d.get("id")
            if _v is None:
                _t.missing(_d, _key)
            _obj.id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "value"
            _v = _d.get("value")
            if _v is None:
                _t.missing(_d, _key)
            _obj.value = _v if type(_v) is int else _t.integer(_v)
            _key = "date"
            _v = _d.get("date")
            if _v is None:
                _t.missing(_d, _key)
            _obj.date = _t.date_time(_v)
            _key = "billingDate"
            _v = _d.get("billingDate")
            if _v is None:
                _t.missing(_d, _key)
            _obj.billing_date = _t.date_time(_v)
            _key = "status"
            _v = _d.get("status")
            if _v is None:
                _t.missing(_d, _key)
            _obj.status = (
                (_e_invoice_status.BY_VALUE.get(_v) or InvoiceStatus(_v)) if type(_v) is str else _t.wrong("string", _v)
            )
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "statusRaw"
            _v = _d.get("statusRaw")
            _obj.status_raw = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer"
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.InvoiceCustomer.from_dict(_v))
            _key = "charge"
            _v = _d.get("charge")
            _obj.charge = None if _v is None else (_models.InvoiceCharge.from_dict(_v))
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
