from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import pricing_type as _e_pricing_type
from ..models.pricing_type import PricingType

if TYPE_CHECKING:
    from ..models.meter_conditions import MeterConditions
    from ..models.period import Period
    from ..models.pricing_item_config_band import PricingItemConfigBand
    from ..models.pricing_item_config_conditions import PricingItemConfigConditions
    from ..models.pricing_item_config_details import PricingItemConfigDetails
    from ..models.pricing_item_config_meter_value import PricingItemConfigMeterValue
    from ..models.pricing_item_config_meter_value_included_volume import PricingItemConfigMeterValueIncludedVolume
    from ..models.pricing_item_config_original_pricing_item_config import PricingItemConfigOriginalPricingItemConfig
    from ..models.pricing_item_config_split_pricing import PricingItemConfigSplitPricing
    from ..models.pricing_item_config_top_up import PricingItemConfigTopUp
    from ..models.pricing_item_config_wallet_grant import PricingItemConfigWalletGrant


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingItemConfig:
    """PricingItemConfig

    Attributes:
        object_type (str | None):
        id (str | None):
        original_pricing_item_config_id (str | None):
        original_pricing_item_config (PricingItemConfigOriginalPricingItemConfig | None):
        details (PricingItemConfigDetails | None):
        billing_period (Period | None): A length of time, such as 1 MONTH.
        type_ (PricingType | None):
        pricing_type (PricingType | None):
        pricing_period (Period | None): A length of time, such as 1 MONTH.
        default_included_volume (PricingItemConfigMeterValueIncludedVolume | None):
        default_seats_value (PricingItemConfigMeterValue | None): A meter value in a price configuration.
        conditions (PricingItemConfigConditions | None):
        tiering_conditions (MeterConditions | None): Conditions on meter properties.
        bands (list[PricingItemConfigBand] | None):
        order (int | None):
        billing_in_advance (bool | None):
        volume_group_reference (str | None):
        top_up (PricingItemConfigTopUp | None):
        split_pricing (PricingItemConfigSplitPricing | None): Meter properties prices are split on.
        on_demand (bool | None):
        wallet_grants (list[PricingItemConfigWalletGrant] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "original_pricing_item_config_id",
        "original_pricing_item_config",
        "details",
        "billing_period",
        "type_",
        "pricing_type",
        "pricing_period",
        "default_included_volume",
        "default_seats_value",
        "conditions",
        "tiering_conditions",
        "bands",
        "order",
        "billing_in_advance",
        "volume_group_reference",
        "top_up",
        "split_pricing",
        "on_demand",
        "wallet_grants",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "original_pricing_item_config_id",
            "original_pricing_item_config",
            "details",
            "billing_period",
            "type",
            "pricing_type",
            "pricing_period",
            "default_included_volume",
            "default_seats_value",
            "conditions",
            "tiering_conditions",
            "bands",
            "order",
            "billing_in_advance",
            "volume_group_reference",
            "top_up",
            "split_pricing",
            "on_demand",
            "wallet_grants",
        )
    )

    object_type: str | None = None
    id: str | None = None
    original_pricing_item_config_id: str | None = None
    original_pricing_item_config: PricingItemConfigOriginalPricingItemConfig | None = None
    details: PricingItemConfigDetails | None = None
    billing_period: Period | None = None
    type_: PricingType | None = _attrs_field(default=None, converter=_e_pricing_type.coerce_optional)
    pricing_type: PricingType | None = _attrs_field(default=None, converter=_e_pricing_type.coerce_optional)
    pricing_period: Period | None = None
    default_included_volume: PricingItemConfigMeterValueIncludedVolume | None = None
    default_seats_value: PricingItemConfigMeterValue | None = None
    conditions: PricingItemConfigConditions | None = None
    tiering_conditions: MeterConditions | None = None
    bands: list[PricingItemConfigBand] | None = None
    order: int | None = None
    billing_in_advance: bool | None = None
    volume_group_reference: str | None = None
    top_up: PricingItemConfigTopUp | None = None
    split_pricing: PricingItemConfigSplitPricing | None = None
    on_demand: bool | None = None
    wallet_grants: list[PricingItemConfigWalletGrant] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.original_pricing_item_config_id
        if _v is not None:
            _d["original_pricing_item_config_id"] = None if _v is _t.NULL else _v
        _v = self.original_pricing_item_config
        if _v is not None:
            _d["original_pricing_item_config"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.details
        if _v is not None:
            _d["details"] = _v.to_dict()
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.pricing_type
        if _v is not None:
            _d["pricing_type"] = None if _v is _t.NULL else _v
        _v = self.pricing_period
        if _v is not None:
            _d["pricing_period"] = _v.to_dict()
        _v = self.default_included_volume
        if _v is not None:
            _d["default_included_volume"] = _v.to_dict()
        _v = self.default_seats_value
        if _v is not None:
            _d["default_seats_value"] = _v.to_dict()
        _v = self.conditions
        if _v is not None:
            _d["conditions"] = _v.to_dict()
        _v = self.tiering_conditions
        if _v is not None:
            _d["tiering_conditions"] = _v.to_dict()
        _v = self.bands
        if _v is not None:
            _d["bands"] = [_x.to_dict() for _x in _v]
        _v = self.order
        if _v is not None:
            _d["order"] = None if _v is _t.NULL else _v
        _v = self.billing_in_advance
        if _v is not None:
            _d["billing_in_advance"] = None if _v is _t.NULL else _v
        _v = self.volume_group_reference
        if _v is not None:
            _d["volume_group_reference"] = None if _v is _t.NULL else _v
        _v = self.top_up
        if _v is not None:
            _d["top_up"] = _v.to_dict()
        _v = self.split_pricing
        if _v is not None:
            _d["split_pricing"] = _v.to_dict()
        _v = self.on_demand
        if _v is not None:
            _d["on_demand"] = None if _v is _t.NULL else _v
        _v = self.wallet_grants
        if _v is not None:
            _d["wallet_grants"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "original_pricing_item_config_id"
            _v = _d.get("original_pricing_item_config_id")
            _obj.original_pricing_item_config_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "original_pricing_item_config"
            _v = _d.get("original_pricing_item_config")
            _obj.original_pricing_item_config = (
                None if _v is None else (_models.PricingItemConfigOriginalPricingItemConfig.from_dict(_v))
            )
            _key = "details"
            _v = _d.get("details")
            _obj.details = None if _v is None else (_models.PricingItemConfigDetails.from_dict(_v))
            _key = "billing_period"
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.Period.from_dict(_v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_pricing_type.BY_VALUE.get(_v) or PricingType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "pricing_type"
            _v = _d.get("pricing_type")
            _obj.pricing_type = (
                None
                if _v is None
                else (
                    (_e_pricing_type.BY_VALUE.get(_v) or PricingType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "pricing_period"
            _v = _d.get("pricing_period")
            _obj.pricing_period = None if _v is None else (_models.Period.from_dict(_v))
            _key = "default_included_volume"
            _v = _d.get("default_included_volume")
            _obj.default_included_volume = (
                None if _v is None else (_models.PricingItemConfigMeterValueIncludedVolume.from_dict(_v))
            )
            _key = "default_seats_value"
            _v = _d.get("default_seats_value")
            _obj.default_seats_value = None if _v is None else (_models.PricingItemConfigMeterValue.from_dict(_v))
            _key = "conditions"
            _v = _d.get("conditions")
            _obj.conditions = None if _v is None else (_models.PricingItemConfigConditions.from_dict(_v))
            _key = "tiering_conditions"
            _v = _d.get("tiering_conditions")
            _obj.tiering_conditions = None if _v is None else (_models.MeterConditions.from_dict(_v))
            _key = "bands"
            _v = _d.get("bands")
            _obj.bands = None if _v is None else (_t.list_of(_v, _models.PricingItemConfigBand.from_dict))
            _key = "order"
            _v = _d.get("order")
            _obj.order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "billing_in_advance"
            _v = _d.get("billing_in_advance")
            _obj.billing_in_advance = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "volume_group_reference"
            _v = _d.get("volume_group_reference")
            _obj.volume_group_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "top_up"
            _v = _d.get("top_up")
            _obj.top_up = None if _v is None else (_models.PricingItemConfigTopUp.from_dict(_v))
            _key = "split_pricing"
            _v = _d.get("split_pricing")
            _obj.split_pricing = None if _v is None else (_models.PricingItemConfigSplitPricing.from_dict(_v))
            _key = "on_demand"
            _v = _d.get("on_demand")
            _obj.on_demand = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "wallet_grants"
            _v = _d.get("wallet_grants")
            _obj.wallet_grants = (
                None if _v is None else (_t.list_of(_v, _models.PricingItemConfigWalletGrant.from_dict))
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
