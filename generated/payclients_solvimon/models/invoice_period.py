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
    from ..models.amount import Amount
    from ..models.invoice_group import InvoiceGroup
    from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
    from ..models.period import Period


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoicePeriod:
    """One billing period on an invoice, with its totals, taxes and groups.

    Attributes:
        period_order (int | None):
        amount_excluding_tax (Amount | None): Money: a decimal quantity in a currency.
        amount_including_tax (Amount | None): Money: a decimal quantity in a currency.
        billing_period (Period | None): A length of time, such as 1 MONTH.
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        tax_categories (list[InvoiceTaxCategorySummary] | None):
        groups (list[InvoiceGroup] | None):
    """

    _FIELDS = (
        "period_order",
        "amount_excluding_tax",
        "amount_including_tax",
        "billing_period",
        "start_at",
        "end_at",
        "tax_categories",
        "groups",
    )
    _KEYS = frozenset(
        (
            "period_order",
            "amount_excluding_tax",
            "amount_including_tax",
            "billing_period",
            "start_at",
            "end_at",
            "tax_categories",
            "groups",
        )
    )

    period_order: int | None = None
    amount_excluding_tax: Amount | None = None
    amount_including_tax: Amount | None = None
    billing_period: Period | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    tax_categories: list[InvoiceTaxCategorySummary] | None = None
    groups: list[InvoiceGroup] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.period_order
        if _v is not None:
            _d["period_order"] = _v
        _v = self.amount_excluding_tax
        if _v is not None:
            _d["amount_excluding_tax"] = _v.to_dict()
        _v = self.amount_including_tax
        if _v is not None:
            _d["amount_including_tax"] = _v.to_dict()
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = _v.to_dict()
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = _t.iso(_v)
        _v = self.end_at
        if _v is not None:
            _d["end_at"] = _t.iso(_v)
        _v = self.tax_categories
        if _v is not None:
            _d["tax_categories"] = [_x.to_dict() for _x in _v]
        _v = self.groups
        if _v is not None:
            _d["groups"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "period_order"
            _v = _d.get("period_order")
            _obj.period_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "amount_excluding_tax"
            _v = _d.get("amount_excluding_tax")
            _obj.amount_excluding_tax = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "amount_including_tax"
            _v = _d.get("amount_including_tax")
            _obj.amount_including_tax = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "billing_period"
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.Period.from_dict(_v))
            _key = "start_at"
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _key = "end_at"
            _v = _d.get("end_at")
            _obj.end_at = None if _v is None else (_t.date_time(_v))
            _key = "tax_categories"
            _v = _d.get("tax_categories")
            _obj.tax_categories = None if _v is None else (_t.list_of(_v, _models.InvoiceTaxCategorySummary.from_dict))
            _key = "groups"
            _v = _d.get("groups")
            _obj.groups = None if _v is None else (_t.list_of(_v, _models.InvoiceGroup.from_dict))
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
