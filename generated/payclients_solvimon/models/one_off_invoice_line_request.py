from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import pricing_type as _e_pricing_type
from ..models import product_item_type as _e_product_item_type
from ..models.pricing_type import PricingType
from ..models.product_item_type import ProductItemType

if TYPE_CHECKING:
    from ..models.pricing_item_config_band import PricingItemConfigBand
    from ..models.volume import Volume


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class OneOffInvoiceLineRequest:
    """A one-off line to add to an invoice, or to put in place of an existing line.

    Attributes:
        pricing_type (PricingType): Pricing model of a line.
        product_item_id (str | None):
        product_item_type (ProductItemType | None):
        pricing_name (str | None):
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        pricing_band (PricingItemConfigBand | None): Price settings of a one-off line.
        volume (Volume | None): Quantity of a one-off line.
        pricing_plan_subscription_id (str | None):
    """

    _FIELDS = (
        "pricing_type",
        "product_item_id",
        "product_item_type",
        "pricing_name",
        "start_at",
        "end_at",
        "pricing_band",
        "volume",
        "pricing_plan_subscription_id",
    )
    _KEYS = frozenset(
        (
            "pricing_type",
            "product_item_id",
            "product_item_type",
            "pricing_name",
            "start_at",
            "end_at",
            "pricing_band",
            "volume",
            "pricing_plan_subscription_id",
        )
    )

    pricing_type: PricingType = _attrs_field(converter=_e_pricing_type.coerce)
    product_item_id: str | None = None
    product_item_type: ProductItemType | None = _attrs_field(
        default=None, converter=_e_product_item_type.coerce_optional
    )
    pricing_name: str | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    pricing_band: PricingItemConfigBand | None = None
    volume: Volume | None = None
    pricing_plan_subscription_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["pricing_type"] = self.pricing_type
        _v = self.product_item_id
        if _v is not None:
            _d["product_item_id"] = None if _v is _t.NULL else _v
        _v = self.product_item_type
        if _v is not None:
            _d["product_item_type"] = None if _v is _t.NULL else _v
        _v = self.pricing_name
        if _v is not None:
            _d["pricing_name"] = None if _v is _t.NULL else _v
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = _t.iso(_v)
        _v = self.end_at
        if _v is not None:
            _d["end_at"] = _t.iso(_v)
        _v = self.pricing_band
        if _v is not None:
            _d["pricing_band"] = _v.to_dict()
        _v = self.volume
        if _v is not None:
            _d["volume"] = _v.to_dict()
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = None if _v is _t.NULL else _v
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
            _key = "pricing_type"
            _v = _d.get("pricing_type")
            if _v is None:
                _t.missing(_d, _key)
            _obj.pricing_type = (
                (_e_pricing_type.BY_VALUE.get(_v) or PricingType(_v)) if type(_v) is str else _t.wrong("string", _v)
            )
            _key = "product_item_id"
            _v = _d.get("product_item_id")
            _obj.product_item_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "product_item_type"
            _v = _d.get("product_item_type")
            _obj.product_item_type = (
                None
                if _v is None
                else (
                    (_e_product_item_type.BY_VALUE.get(_v) or ProductItemType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "pricing_name"
            _v = _d.get("pricing_name")
            _obj.pricing_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "start_at"
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _key = "end_at"
            _v = _d.get("end_at")
            _obj.end_at = None if _v is None else (_t.date_time(_v))
            _key = "pricing_band"
            _v = _d.get("pricing_band")
            _obj.pricing_band = None if _v is None else (_models.PricingItemConfigBand.from_dict(_v))
            _key = "volume"
            _v = _d.get("volume")
            _obj.volume = None if _v is None else (_models.Volume.from_dict(_v))
            _key = "pricing_plan_subscription_id"
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
