from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import currency as _e_currency
from ..models import pricing_plan_schedule_type as _e_pricing_plan_schedule_type
from ..models.currency import Currency
from ..models.pricing_plan_schedule_type import PricingPlanScheduleType

if TYPE_CHECKING:
    from ..models.applied_coupon import AppliedCoupon
    from ..models.commitment import Commitment
    from ..models.configured_meter_value import ConfiguredMeterValue
    from ..models.configured_meter_value_included_volume import ConfiguredMeterValueIncludedVolume
    from ..models.discount import Discount
    from ..models.enabled_pricing import EnabledPricing
    from ..models.entitlement import Entitlement
    from ..models.markup import Markup
    from ..models.period import Period
    from ..models.pricing_category import PricingCategory
    from ..models.pricing_plan_version_selector import PricingPlanVersionSelector
    from ..models.update_pricing_plan_version_request import UpdatePricingPlanVersionRequest
    from ..models.update_pricing_request import UpdatePricingRequest


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdatePricingPlanScheduleRequest:
    """UpdatePricingPlanScheduleRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        type_ (PricingPlanScheduleType | None):
        pricing_plan_subscription_id (str | None):
        pricing_plan_id (str | None):
        pricing_plan_version_id (str | None):
        pricing_plan_version_selector (PricingPlanVersionSelector | None):
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        pricing_currency (Currency | None):
        billing_period (Period | None): A length of time, such as 1 MONTH.
        entitlements (list[Entitlement] | None):
        discount (Discount | None):
        markup (Markup | None):
        commitment (Commitment | None):
        promotion_codes (list[str] | None):
        coupon_ids (list[str] | None):
        coupon_discount (Discount | None):
        coupons (list[AppliedCoupon] | None):
        seats_values (list[ConfiguredMeterValue] | None):
        included_volumes (list[ConfiguredMeterValueIncludedVolume] | None):
        enabled_pricings (list[EnabledPricing] | None):
        override_pricings (list[UpdatePricingRequest] | None):
        pricing_categories (list[PricingCategory] | None):
        combined_pricing_plan_version (UpdatePricingPlanVersionRequest | None):
        realign_invoice_date_to_pricing_plan_schedule_start_at (bool | None):
        created_at (datetime.datetime | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "type_",
        "pricing_plan_subscription_id",
        "pricing_plan_id",
        "pricing_plan_version_id",
        "pricing_plan_version_selector",
        "start_at",
        "end_at",
        "pricing_currency",
        "billing_period",
        "entitlements",
        "discount",
        "markup",
        "commitment",
        "promotion_codes",
        "coupon_ids",
        "coupon_discount",
        "coupons",
        "seats_values",
        "included_volumes",
        "enabled_pricings",
        "override_pricings",
        "pricing_categories",
        "combined_pricing_plan_version",
        "realign_invoice_date_to_pricing_plan_schedule_start_at",
        "created_at",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "type",
        "pricing_plan_subscription_id",
        "pricing_plan_id",
        "pricing_plan_version_id",
        "pricing_plan_version_selector",
        "start_at",
        "end_at",
        "pricing_currency",
        "billing_period",
        "entitlements",
        "discount",
        "markup",
        "commitment",
        "promotion_codes",
        "coupon_ids",
        "coupon_discount",
        "coupons",
        "seats_values",
        "included_volumes",
        "enabled_pricings",
        "override_pricings",
        "pricing_categories",
        "combined_pricing_plan_version",
        "realign_invoice_date_to_pricing_plan_schedule_start_at",
        "created_at",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    type_: PricingPlanScheduleType | None = _attrs_field(
        default=None, converter=_e_pricing_plan_schedule_type.coerce_optional
    )
    pricing_plan_subscription_id: str | None = None
    pricing_plan_id: str | None = None
    pricing_plan_version_id: str | None = None
    pricing_plan_version_selector: PricingPlanVersionSelector | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    pricing_currency: Currency | None = _attrs_field(default=None, converter=_e_currency.coerce_optional)
    billing_period: Period | None = None
    entitlements: list[Entitlement] | None = None
    discount: Discount | None = None
    markup: Markup | None = None
    commitment: Commitment | None = None
    promotion_codes: list[str] | None = None
    coupon_ids: list[str] | None = None
    coupon_discount: Discount | None = None
    coupons: list[AppliedCoupon] | None = None
    seats_values: list[ConfiguredMeterValue] | None = None
    included_volumes: list[ConfiguredMeterValueIncludedVolume] | None = None
    enabled_pricings: list[EnabledPricing] | None = None
    override_pricings: list[UpdatePricingRequest] | None = None
    pricing_categories: list[PricingCategory] | None = None
    combined_pricing_plan_version: UpdatePricingPlanVersionRequest | None = None
    realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
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
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = _v
        _v = self.pricing_plan_id
        if _v is not None:
            _d["pricing_plan_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_version_id
        if _v is not None:
            _d["pricing_plan_version_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_version_selector
        if _v is not None:
            _d["pricing_plan_version_selector"] = _v.to_dict()
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = _t.iso(_v)
        _v = self.end_at
        if _v is not None:
            _d["end_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.pricing_currency
        if _v is not None:
            _d["pricing_currency"] = None if _v is _t.NULL else _v
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = _v.to_dict()
        _v = self.entitlements
        if _v is not None:
            _d["entitlements"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.discount
        if _v is not None:
            _d["discount"] = _v.to_dict()
        _v = self.markup
        if _v is not None:
            _d["markup"] = _v.to_dict()
        _v = self.commitment
        if _v is not None:
            _d["commitment"] = _v.to_dict()
        _v = self.promotion_codes
        if _v is not None:
            _d["promotion_codes"] = None if _v is _t.NULL else list(_v)
        _v = self.coupon_ids
        if _v is not None:
            _d["coupon_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.coupon_discount
        if _v is not None:
            _d["coupon_discount"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.coupons
        if _v is not None:
            _d["coupons"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.seats_values
        if _v is not None:
            _d["seats_values"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.included_volumes
        if _v is not None:
            _d["included_volumes"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.enabled_pricings
        if _v is not None:
            _d["enabled_pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.override_pricings
        if _v is not None:
            _d["override_pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_categories
        if _v is not None:
            _d["pricing_categories"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.combined_pricing_plan_version
        if _v is not None:
            _d["combined_pricing_plan_version"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.realign_invoice_date_to_pricing_plan_schedule_start_at
        if _v is not None:
            _d["realign_invoice_date_to_pricing_plan_schedule_start_at"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
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
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_pricing_plan_schedule_type.BY_VALUE.get(_v) or PricingPlanScheduleType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("pricing_plan_id")
            _obj.pricing_plan_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("pricing_plan_version_id")
            _obj.pricing_plan_version_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("pricing_plan_version_selector")
            _obj.pricing_plan_version_selector = (
                None if _v is None else (_models.PricingPlanVersionSelector.from_dict(_v))
            )
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("end_at")
            _obj.end_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("pricing_currency")
            _obj.pricing_currency = (
                None
                if _v is None
                else ((_e_currency.BY_VALUE.get(_v) or Currency(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.Period.from_dict(_v))
            _v = _d.get("entitlements")
            _obj.entitlements = None if _v is None else (_t.list_of(_v, _models.Entitlement.from_dict))
            _v = _d.get("discount")
            _obj.discount = None if _v is None else (_models.Discount.from_dict(_v))
            _v = _d.get("markup")
            _obj.markup = None if _v is None else (_models.Markup.from_dict(_v))
            _v = _d.get("commitment")
            _obj.commitment = None if _v is None else (_models.Commitment.from_dict(_v))
            _v = _d.get("promotion_codes")
            _obj.promotion_codes = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("coupon_ids")
            _obj.coupon_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("coupon_discount")
            _obj.coupon_discount = None if _v is None else (_models.Discount.from_dict(_v))
            _v = _d.get("coupons")
            _obj.coupons = None if _v is None else (_t.list_of(_v, _models.AppliedCoupon.from_dict))
            _v = _d.get("seats_values")
            _obj.seats_values = None if _v is None else (_t.list_of(_v, _models.ConfiguredMeterValue.from_dict))
            _v = _d.get("included_volumes")
            _obj.included_volumes = (
                None if _v is None else (_t.list_of(_v, _models.ConfiguredMeterValueIncludedVolume.from_dict))
            )
            _v = _d.get("enabled_pricings")
            _obj.enabled_pricings = None if _v is None else (_t.list_of(_v, _models.EnabledPricing.from_dict))
            _v = _d.get("override_pricings")
            _obj.override_pricings = None if _v is None else (_t.list_of(_v, _models.UpdatePricingRequest.from_dict))
            _v = _d.get("pricing_categories")
            _obj.pricing_categories = None if _v is None else (_t.list_of(_v, _models.PricingCategory.from_dict))
            _v = _d.get("combined_pricing_plan_version")
            _obj.combined_pricing_plan_version = (
                None if _v is None else (_models.UpdatePricingPlanVersionRequest.from_dict(_v))
            )
            _v = _d.get("realign_invoice_date_to_pricing_plan_schedule_start_at")
            _obj.realign_invoice_date_to_pricing_plan_schedule_start_at = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
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
