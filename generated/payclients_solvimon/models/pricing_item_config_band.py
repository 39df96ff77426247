from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credits_ import Credits
    from ..models.pricing_item_config_meter_value import PricingItemConfigMeterValue


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingItemConfigBand:
    """Price settings of a one-off line.

    Attributes:
        amount (Amount | None): Money: a decimal quantity in a currency.
        percentage (Decimal | None):
        credits_ (Credits | None): A quantity of credits of one credit type.
        fixed_amount (Amount | None): Money: a decimal quantity in a currency.
        maximum_amount (Amount | None): Money: a decimal quantity in a currency.
        minimum_amount (Amount | None): Money: a decimal quantity in a currency.
        maximum_number (Decimal | None):
        minimum_number (Decimal | None):
        block_size (PricingItemConfigMeterValue | None): A meter value in a price configuration.
        tier_top_bound (PricingItemConfigMeterValue | None): A meter value in a price configuration.
    """

    _FIELDS = (
        "amount",
        "percentage",
        "credits_",
        "fixed_amount",
        "maximum_amount",
        "minimum_amount",
        "maximum_number",
        "minimum_number",
        "block_size",
        "tier_top_bound",
    )
    _KEYS = frozenset(
        (
            "amount",
            "percentage",
            "credits",
            "fixed_amount",
            "maximum_amount",
            "minimum_amount",
            "maximum_number",
            "minimum_number",
            "block_size",
            "tier_top_bound",
        )
    )

    amount: Amount | None = None
    percentage: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    credits_: Credits | None = None
    fixed_amount: Amount | None = None
    maximum_amount: Amount | None = None
    minimum_amount: Amount | None = None
    maximum_number: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    minimum_number: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    block_size: PricingItemConfigMeterValue | None = None
    tier_top_bound: PricingItemConfigMeterValue | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.amount
        if _v is not None:
            _d["amount"] = _v.to_dict()
        _v = self.percentage
        if _v is not None:
            _d["percentage"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.credits_
        if _v is not None:
            _d["credits"] = _v.to_dict()
        _v = self.fixed_amount
        if _v is not None:
            _d["fixed_amount"] = _v.to_dict()
        _v = self.maximum_amount
        if _v is not None:
            _d["maximum_amount"] = _v.to_dict()
        _v = self.minimum_amount
        if _v is not None:
            _d["minimum_amount"] = _v.to_dict()
        _v = self.maximum_number
        if _v is not None:
            _d["maximum_number"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.minimum_number
        if _v is not None:
            _d["minimum_number"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.block_size
        if _v is not None:
            _d["block_size"] = _v.to_dict()
        _v = self.tier_top_bound
        if _v is not None:
            _d["tier_top_bound"] = _v.to_dict()
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
            _key = "amount"
            _v = _d.get("amount")
            _obj.amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "percentage"
            _v = _d.get("percentage")
            _obj.percentage = None if _v is None else (_t.decimal(_v))
            _key = "credits"
            _v = _d.get("credits")
            _obj.credits_ = None if _v is None else (_models.Credits.from_dict(_v))
            _key = "fixed_amount"
            _v = _d.get("fixed_amount")
            _obj.fixed_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "maximum_amount"
            _v = _d.get("maximum_amount")
            _obj.maximum_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "minimum_amount"
            _v = _d.get("minimum_amount")
            _obj.minimum_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "maximum_number"
            _v = _d.get("maximum_number")
            _obj.maximum_number = None if _v is None else (_t.decimal(_v))
            _key = "minimum_number"
            _v = _d.get("minimum_number")
            _obj.minimum_number = None if _v is None else (_t.decimal(_v))
            _key = "block_size"
            _v = _d.get("block_size")
            _obj.block_size = None if _v is None else (_models.PricingItemConfigMeterValue.from_dict(_v))
            _key = "tier_top_bound"
            _v = _d.get("tier_top_bound")
            _obj.tier_top_bound = None if _v is None else (_models.PricingItemConfigMeterValue.from_dict(_v))
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
