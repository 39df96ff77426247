from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import credit_details_source as _e_credit_details_source
from ..models.credit_details_source import CreditDetailsSource

if TYPE_CHECKING:
    from ..models.credit_invoice_group import CreditInvoiceGroup
    from ..models.credit_invoice_period import CreditInvoicePeriod


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreditInvoiceRequest:
    """Body for crediting an invoice, in full or in part.

    Attributes:
        note (str | None): Reason for the credit.
        groups (list[CreditInvoiceGroup] | None): Groups to credit.
        periods (list[CreditInvoicePeriod] | None): Periods to credit.
        force_init_on_hold (bool | None): Create the credit invoice on hold.
        delivery_date (datetime.datetime | None): Delivery date of the credit invoice.
        credit_details_source (CreditDetailsSource | None):
    """

    _FIELDS = (
        "note",
        "groups",
        "periods",
        "force_init_on_hold",
        "delivery_date",
        "credit_details_source",
    )
    _KEYS = frozenset(
        (
            "note",
            "groups",
            "periods",
            "force_init_on_hold",
            "delivery_date",
            "credit_details_source",
        )
    )

    note: str | None = None
    groups: list[CreditInvoiceGroup] | None = None
    periods: list[CreditInvoicePeriod] | None = None
    force_init_on_hold: bool | None = None
    delivery_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    credit_details_source: CreditDetailsSource | None = _attrs_field(
        default=None, converter=_e_credit_details_source.coerce_optional
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.note
        if _v is not None:
            _d["note"] = None if _v is _t.NULL else _v
        _v = self.groups
        if _v is not None:
            _d["groups"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.periods
        if _v is not None:
            _d["periods"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.force_init_on_hold
        if _v is not None:
            _d["force_init_on_hold"] = None if _v is _t.NULL else _v
        _v = self.delivery_date
        if _v is not None:
            _d["delivery_date"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.credit_details_source
        if _v is not None:
            _d["credit_details_source"] = None if _v is _t.NULL else _v
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
            _key = "note"
            _v = _d.get("note")
            _obj.note = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "groups"
            _v = _d.get("groups")
            _obj.groups = None if _v is None else (_t.list_of(_v, _models.CreditInvoiceGroup.from_dict))
            _key = "periods"
            _v = _d.get("periods")
            _obj.periods = None if _v is None else (_t.list_of(_v, _models.CreditInvoicePeriod.from_dict))
            _key = "force_init_on_hold"
            _v = _d.get("force_init_on_hold")
            _obj.force_init_on_hold = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "delivery_date"
            _v = _d.get("delivery_date")
            _obj.delivery_date = None if _v is None else (_t.date_time(_v))
            _key = "credit_details_source"
            _v = _d.get("credit_details_source")
            _obj.credit_details_source = (
                None
                if _v is None
                else (
                    (_e_credit_details_source.BY_VALUE.get(_v) or CreditDetailsSource(_v))
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
