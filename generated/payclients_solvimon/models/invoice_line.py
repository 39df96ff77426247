from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.invoice_line_coupon_data import InvoiceLineCouponData
    from ..models.invoice_line_meter_value import InvoiceLineMeterValue
    from ..models.invoice_sub_line import InvoiceSubLine
    from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
    from ..models.meter_conditions import MeterConditions
    from ..models.pricing_item_summary_price_details import PricingItemSummaryPriceDetails
    from ..models.product_item import ProductItem


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoiceLine:
    """One line of an invoice.

    Attributes:
        id (str | None):
        line_order (int | None):
        description (str | None):
        pricing_item_id (str | None):
        pricing_item_config_id (str | None):
        product_items (list[ProductItem] | None):
        type_ (str | None): Kind of line; REVENUE, COMMITMENT and DISCOUNT are known.
        pricing_type (str | None): Pricing model, for REVENUE lines.
        commitment_type (str | None): Commitment kind, for COMMITMENT lines.
        discount_type (str | None): Discount kind, for DISCOUNT lines.
        coupon_data (InvoiceLineCouponData | None):
        tax_categories (list[InvoiceTaxCategorySummary] | None):
        amount_excluding_tax (Amount | None):
        amount_including_tax (Amount | None):
        conditions (MeterConditions | None):
        meter_value (InvoiceLineMeterValue | None):
        details (PricingItemSummaryPriceDetails | None): How the line's price was worked out.
        sub_lines (list[InvoiceSubLine] | None):
    """

    _FIELDS = (
        "id",
        "line_order",
        "description",
        "pricing_item_id",
        "pricing_item_config_id",
        "product_items",
        "type_",
        "pricing_type",
        "commitment_type",
        "discount_type",
        "coupon_data",
        "tax_categories",
        "amount_excluding_tax",
        "amount_including_tax",
        "conditions",
        "meter_value",
        "details",
        "sub_lines",
    )
    _KEYS = frozenset(
        (
            "id",
            "line_order",
            "description",
            "pricing_item_id",
            "pricing_item_config_id",
            "product_items",
            "type",
            "pricing_type",
            "commitment_type",
            "discount_type",
            "coupon_data",
            "tax_categories",
            "amount_excluding_tax",
            "amount_including_tax",
            "conditions",
            "meter_value",
            "details",
            "sub_lines",
        )
    )

    id: str | None = None
    line_order: int | None = None
    description: str | None = None
    pricing_item_id: str | None = None
    pricing_item_config_id: str | None = None
    product_items: list[ProductItem] | None = None
    type_: str | None = None
    pricing_type: str | None = None
    commitment_type: str | None = None
    discount_type: str | None = None
    coupon_data: InvoiceLineCouponData | None = None
    tax_categories: list[InvoiceTaxCategorySummary] | None = None
    amount_excluding_tax: Amount | None = None
    amount_including_tax: Amount | None = None
    conditions: MeterConditions | None = None
    meter_value: InvoiceLineMeterValue | None = None
    details: PricingItemSummaryPriceDetails | None = None
    sub_lines: list[InvoiceSubLine] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.line_order
        if _v is not None:
            _d["line_order"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.pricing_item_id
        if _v is not None:
            _d["pricing_item_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_item_config_id
        if _v is not None:
            _d["pricing_item_config_id"] = None if _v is _t.NULL else _v
        _v = self.product_items
        if _v is not None:
            _d["product_items"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.pricing_type
        if _v is not None:
            _d["pricing_type"] = None if _v is _t.NULL else _v
        _v = self.commitment_type
        if _v is not None:
            _d["commitment_type"] = None if _v is _t.NULL else _v
        _v = self.discount_type
        if _v is not None:
            _d["discount_type"] = None if _v is _t.NULL else _v
        _v = self.coupon_data
        if _v is not None:
            _d["coupon_data"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.tax_categories
        if _v is not None:
            _d["tax_categories"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.amount_excluding_tax
        if _v is not None:
            _d["amount_excluding_tax"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.amount_including_tax
        if _v is not None:
            _d["amount_including_tax"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.conditions
        if _v is not None:
            _d["conditions"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.meter_value
        if _v is not None:
            _d["meter_value"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.details
        if _v is not None:
            _d["details"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.sub_lines
        if _v is not None:
            _d["sub_lines"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "line_order"
            _v = _d.get("line_order")
            _obj.line_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_item_id"
            _v = _d.get("pricing_item_id")
            _obj.pricing_item_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_item_config_id"
            _v = _d.get("pricing_item_config_id")
            _obj.pricing_item_config_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "product_items"
            _v = _d.get("product_items")
            _obj.product_items = None if _v is None else (_t.list_of(_v, _models.ProductItem.from_dict))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_type"
            _v = _d.get("pricing_type")
            _obj.pricing_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "commitment_type"
            _v = _d.get("commitment_type")
            _obj.commitment_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "discount_type"
            _v = _d.get("discount_type")
            _obj.discount_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "coupon_data"
            _v = _d.get("coupon_data")
            _obj.coupon_data = None if _v is None else (_models.InvoiceLineCouponData.from_dict(_v))
            _key = "tax_categories"
            _v = _d.get("tax_categories")
            _obj.tax_categories = None if _v is None else (_t.list_of(_v, _models.InvoiceTaxCategorySummary.from_dict))
            _key = "amount_excluding_tax"
            _v = _d.get("amount_excluding_tax")
            _obj.amount_excluding_tax = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "amount_including_tax"
            _v = _d.get("amount_including_tax")
            _obj.amount_including_tax = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "conditions"
            _v = _d.get("conditions")
            _obj.conditions = None if _v is None else (_models.MeterConditions.from_dict(_v))
            _key = "meter_value"
            _v = _d.get("meter_value")
            _obj.meter_value = None if _v is None else (_models.InvoiceLineMeterValue.from_dict(_v))
            _key = "details"
            _v = _d.get("details")
            _obj.details = None if _v is None else (_models.PricingItemSummaryPriceDetails.from_dict(_v))
            _key = "sub_lines"
            _v = _d.get("sub_lines")
            _obj.sub_lines = None if _v is None else (_t.list_of(_v, _models.InvoiceSubLine.from_dict))
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
