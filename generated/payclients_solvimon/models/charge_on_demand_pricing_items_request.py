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
    from ..models.charge_on_demand_pricing_item import ChargeOnDemandPricingItem


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ChargeOnDemandPricingItemsRequest:
    """Body for invoicing on-demand pricing items of a pricing plan schedule.

    Attributes:
        pricing_plan_schedule_id (str): Schedule the pricing items belong to.
        pricing_items (list[ChargeOnDemandPricingItem]): Pricing items to charge.
        start_at (datetime.datetime | None):
        finalize_immediately (bool | None): Finalise the invoice straight away.
        payment_method_id (str | None): Stored payment method to charge.
        preview (bool | None): Only preview the resulting invoice.
    """

    _FIELDS = (
        "pricing_plan_schedule_id",
        "pricing_items",
        "start_at",
        "finalize_immediately",
        "payment_method_id",
        "preview",
    )
    _KEYS = frozenset(
        (
            "pricing_plan_schedule_id",
            "pricing_items",
            "start_at",
            "finalize_immediately",
            "payment_method_id",
            "preview",
        )
    )

    pricing_plan_schedule_id: str
    pricing_items: list[ChargeOnDemandPricingItem]
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    finalize_immediately: bool | None = None
    payment_method_id: str | None = None
    preview: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["pricing_plan_schedule_id"] = self.pricing_plan_schedule_id
        _d["pricing_items"] = [_x.to_dict() for _x in self.pricing_items]
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.finalize_immediately
        if _v is not None:
            _d["finalize_immediately"] = None if _v is _t.NULL else _v
        _v = self.payment_method_id
        if _v is not None:
            _d["payment_method_id"] = None if _v is _t.NULL else _v
        _v = self.preview
        if _v is not None:
            _d["preview"] = None if _v is _t.NULL else _v
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
            _key = "pricing_plan_schedule_id"
            _v = _d.get("pricing_plan_schedule_id")
            if _v is None:
                _t.missing(_d, _key)
            _obj.pricing_plan_schedule_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "pricing_items"
            _v = _d.get("pricing_items")
            if _v is None:
                _t.missing(_d, _key)
            _obj.pricing_items = _t.list_of(_v, _models.ChargeOnDemandPricingItem.from_dict)
            _key = "start_at"
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _key = "finalize_immediately"
            _v = _d.get("finalize_immediately")
            _obj.finalize_immediately = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "payment_method_id"
            _v = _d.get("payment_method_id")
            _obj.payment_method_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "preview"
            _v = _d.get("preview")
            _obj.preview = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
