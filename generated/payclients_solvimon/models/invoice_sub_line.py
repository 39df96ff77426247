from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import invoice_sub_line_type as _e_invoice_sub_line_type
from ..models.invoice_sub_line_type import InvoiceSubLineType

if TYPE_CHECKING:
    from ..models.invoice_sub_line_usage_based_conversion import InvoiceSubLineUsageBasedConversion
    from ..models.pricing_item_summary_price_details import PricingItemSummaryPriceDetails


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoiceSubLine:
    """A breakdown entry under an invoice line.

    Attributes:
        sub_line_order (int | None):
        details (PricingItemSummaryPriceDetails | None): How the price of a line was worked out.
        description (str | None):
        processing_only_customer_resource_id (str | None):
        processing_only_customer_id (str | None):
        type_ (InvoiceSubLineType | None):
        usage_based_conversion (InvoiceSubLineUsageBasedConversion | None): Conditions of a usage-based conversion sub-line.
    """

    _FIELDS = (
        "sub_line_order",
        "details",
        "description",
        "processing_only_customer_resource_id",
        "processing_only_customer_id",
        "type_",
        "usage_based_conversion",
    )
    _KEYS = frozenset(
        (
            "sub_line_order",
            "details",
            "description",
            "processing_only_customer_resource_id",
            "processing_only_customer_id",
            "type",
            "usage_based_conversion",
        )
    )

    sub_line_order: int | None = None
    details: PricingItemSummaryPriceDetails | None = None
    description: str | None = None
    processing_only_customer_resource_id: str | None = None
    processing_only_customer_id: str | None = None
    type_: InvoiceSubLineType | None = _attrs_field(default=None, converter=_e_invoice_sub_line_type.coerce_optional)
    usage_based_conversion: InvoiceSubLineUsageBasedConversion | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.sub_line_order
        if _v is not None:
            _d["sub_line_order"] = _v
        _v = self.details
        if _v is not None:
            _d["details"] = _v.to_dict()
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.processing_only_customer_resource_id
        if _v is not None:
            _d["processing_only_customer_resource_id"] = None if _v is _t.NULL else _v
        _v = self.processing_only_customer_id
        if _v is not None:
            _d["processing_only_customer_id"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.usage_based_conversion
        if _v is not None:
            _d["usage_based_conversion"] = _v.to_dict()
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
            _key = "sub_line_order"
            _v = _d.get("sub_line_order")
            _obj.sub_line_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "details"
            _v = _d.get("details")
            _obj.details = None if _v is None else (_models.PricingItemSummaryPriceDetails.from_dict(_v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "processing_only_customer_resource_id"
            _v = _d.get("processing_only_customer_resource_id")
            _obj.processing_only_customer_resource_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "processing_only_customer_id"
            _v = _d.get("processing_only_customer_id")
            _obj.processing_only_customer_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_invoice_sub_line_type.BY_VALUE.get(_v) or InvoiceSubLineType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "usage_based_conversion"
            _v = _d.get("usage_based_conversion")
            _obj.usage_based_conversion = (
                None if _v is None else (_models.InvoiceSubLineUsageBasedConversion.from_dict(_v))
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
