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
    from ..models.invoice_line import InvoiceLine
    from ..models.invoice_pricing import InvoicePricing
    from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
    from ..models.period import Period
    from ..models.product import Product
    from ..models.product_category import ProductCategory


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoiceGroup:
    """A block of lines inside a period, with its own totals and taxes.

    Attributes:
        group_order (int | None):
        amount_excluding_tax (Amount | None): Money: a decimal quantity in a currency.
        amount_including_tax (Amount | None): Money: a decimal quantity in a currency.
        billing_period (Period | None):
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        type_ (str | None):
        product_category (ProductCategory | None):
        products (list[Product] | None):
        pricing (InvoicePricing | None):
        description (str | None):
        pricing_plan_subscription_id (str | None):
        pricing_plan_schedule_id (str | None):
        billing_customer_id (str | None):
        forwarded_from_customer_id (str | None):
        tax_categories (list[InvoiceTaxCategorySummary] | None):
        lines (list[InvoiceLine] | None):
    """

    _FIELDS = (
        "group_order",
        "amount_excluding_tax",
        "amount_including_tax",
        "billing_period",
        "start_at",
        "end_at",
        "type_",
        "product_category",
        "products",
        "pricing",
        "description",
        "pricing_plan_subscription_id",
        "pricing_plan_schedule_id",
        "billing_customer_id",
        "forwarded_from_customer_id",
        "tax_categories",
        "lines",
    )
    _KEYS = frozenset(
        (
            "group_order",
            "amount_excluding_tax",
            "amount_including_tax",
            "billing_period",
            "start_at",
            "end_at",
            "type",
            "product_category",
            "products",
            "pricing",
            "description",
            "pricing_plan_subscription_id",
            "pricing_plan_schedule_id",
            "billing_customer_id",
            "forwarded_from_customer_id",
            "tax_categories",
            "lines",
        )
    )

    group_order: int | None = None
    amount_excluding_tax: Amount | None = None
    amount_including_tax: Amount | None = None
    billing_period: Period | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    type_: str | None = None
    product_category: ProductCategory | None = None
    products: list[Product] | None = None
    pricing: InvoicePricing | None = None
    description: str | None = None
    pricing_plan_subscription_id: str | None = None
    pricing_plan_schedule_id: str | None = None
    billing_customer_id: str | None = None
    forwarded_from_customer_id: str | None = None
    tax_categories: list[InvoiceTaxCategorySummary] | None = None
    lines: list[InvoiceLine] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.group_order
        if _v is not None:
            _d["group_order"] = _v
        _v = self.amount_excluding_tax
        if _v is not None:
            _d["amount_excluding_tax"] = _v.to_dict()
        _v = self.amount_including_tax
        if _v is not None:
            _d["amount_including_tax"] = _v.to_dict()
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.end_at
        if _v is not None:
            _d["end_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.product_category
        if _v is not None:
            _d["product_category"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.products
        if _v is not None:
            _d["products"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing
        if _v is not None:
            _d["pricing"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_schedule_id
        if _v is not None:
            _d["pricing_plan_schedule_id"] = None if _v is _t.NULL else _v
        _v = self.billing_customer_id
        if _v is not None:
            _d["billing_customer_id"] = None if _v is _t.NULL else _v
        _v = self.forwarded_from_customer_id
        if _v is not None:
            _d["forwarded_from_customer_id"] = None if _v is _t.NULL else _v
        _v = self.tax_categories
        if _v is not None:
            _d["tax_categories"] = [_x.to_dict() for _x in _v]
        _v = self.lines
        if _v is not None:
            _d["lines"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "group_order"
            _v = _d.get("group_order")
            _obj.group_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
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
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "product_category"
            _v = _d.get("product_category")
            _obj.product_category = None if _v is None else (_models.ProductCategory.from_dict(_v))
            _key = "products"
            _v = _d.get("products")
            _obj.products = None if _v is None else (_t.list_of(_v, _models.Product.from_dict))
            _key = "pricing"
            _v = _d.get("pricing")
            _obj.pricing = None if _v is None else (_models.InvoicePricing.from_dict(_v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_plan_subscription_id"
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "pricing_plan_schedule_id"
            _v = _d.get("pricing_plan_schedule_id")
            _obj.pricing_plan_schedule_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "billing_customer_id"
            _v = _d.get("billing_customer_id")
            _obj.billing_customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "forwarded_from_customer_id"
            _v = _d.get("forwarded_from_customer_id")
            _obj.forwarded_from_customer_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "tax_categories"
            _v = _d.get("tax_categories")
            _obj.tax_categories = None if _v is None else (_t.list_of(_v, _models.InvoiceTaxCategorySummary.from_dict))
            _key = "lines"
            _v = _d.get("lines")
            _obj.lines = None if _v is None else (_t.list_of(_v, _models.InvoiceLine.from_dict))
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
