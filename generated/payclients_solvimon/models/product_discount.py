from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__


if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.discount_condition import DiscountCondition
    from ..models.promotion_code_details import PromotionCodeDetails


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ProductDiscount:
    """ProductDiscount

    Attributes:
        ids (list[str] | None):
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        amount (Amount | None): Money: a decimal quantity in a currency.
        percentage (Decimal | None):
        coupon_id (str | None):
        promotion_code_details (PromotionCodeDetails | None):
        condition (DiscountCondition | None):
    """

    _FIELDS = (
        "ids",
        "start_at",
        "end_at",
        "amount",
        "percentage",
        "coupon_id",
        "promotion_code_details",
        "condition",
    )
    _KEYS_IN_ORDER = (
        "ids",
        "start_at",
        "end_at",
        "amount",
        "percentage",
        "coupon_id",
        "promotion_code_details",
        "condition",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    ids: list[str] | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    amount: Amount | None = None
    percentage: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    coupon_id: str | None = None
    promotion_code_details: PromotionCodeDetails | None = None
    condition: DiscountCondition | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.ids
        if _v is not None:
            _d["ids"] = list(_v)
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.end_at
        if _v is not None:
            _d["end_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.amount
        if _v is not None:
            _d["amount"] = _v.to_dict()
        _v = self.percentage
        if _v is not None:
            _d["percentage"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.coupon_id
        if _v is not None:
            _d["coupon_id"] = None if _v is _t.NULL else _v
        _v = self.promotion_code_details
        if _v is not None:
            _d["promotion_code_details"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.condition
        if _v is not None:
            _d["condition"] = _v.to_dict()
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
        _obj = _new(_cls)
        try:
            _v = _d.get("ids")
            _obj.ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("end_at")
            _obj.end_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("amount")
            _obj.amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("percentage")
            _obj.percentage = None if _v is None else (_t.decimal(_v))
            _v = _d.get("coupon_id")
            _obj.coupon_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("promotion_code_details")
            _obj.promotion_code_details = None if _v is None else (_models.PromotionCodeDetails.from_dict(_v))
            _v = _d.get("condition")
            _obj.condition = None if _v is None else (_models.DiscountCondition.from_dict(_v))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
