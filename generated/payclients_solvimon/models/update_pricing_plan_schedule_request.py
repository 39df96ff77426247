from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.pricing_plan_schedule_type import PricingPlanScheduleType
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="UpdatePricingPlanScheduleRequest")


@_attrs_define
class UpdatePricingPlanScheduleRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        type_ (None | PricingPlanScheduleType | Unset):
        pricing_plan_subscription_id (str | Unset):
        pricing_plan_id (None | str | Unset):
        pricing_plan_version_id (None | str | Unset):
        pricing_plan_version_selector (PricingPlanVersionSelector | Unset):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | None | Unset):
        pricing_currency (Currency | None | Unset):
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
        entitlements (list[Entitlement] | None | Unset):
        discount (Discount | Unset):
        markup (Markup | Unset):
        commitment (Commitment | Unset):
        promotion_codes (list[str] | None | Unset):
        coupon_ids (list[str] | None | Unset):
        coupon_discount (Discount | None | Unset):
        coupons (list[AppliedCoupon] | None | Unset):
        seats_values (list[ConfiguredMeterValue] | None | Unset):
        included_volumes (list[ConfiguredMeterValueIncludedVolume] | None | Unset):
        enabled_pricings (list[EnabledPricing] | None | Unset):
        override_pricings (list[UpdatePricingRequest] | None | Unset):
        pricing_categories (list[PricingCategory] | None | Unset):
        combined_pricing_plan_version (None | Unset | UpdatePricingPlanVersionRequest):
        realign_invoice_date_to_pricing_plan_schedule_start_at (bool | None | Unset):
        created_at (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    type_: None | PricingPlanScheduleType | Unset = UNSET
    pricing_plan_subscription_id: str | Unset = UNSET
    pricing_plan_id: None | str | Unset = UNSET
    pricing_plan_version_id: None | str | Unset = UNSET
    pricing_plan_version_selector: PricingPlanVersionSelector | Unset = UNSET
    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    pricing_currency: Currency | None | Unset = UNSET
    billing_period: Period | Unset = UNSET
    entitlements: list[Entitlement] | None | Unset = UNSET
    discount: Discount | Unset = UNSET
    markup: Markup | Unset = UNSET
    commitment: Commitment | Unset = UNSET
    promotion_codes: list[str] | None | Unset = UNSET
    coupon_ids: list[str] | None | Unset = UNSET
    coupon_discount: Discount | None | Unset = UNSET
    coupons: list[AppliedCoupon] | None | Unset = UNSET
    seats_values: list[ConfiguredMeterValue] | None | Unset = UNSET
    included_volumes: list[ConfiguredMeterValueIncludedVolume] | None | Unset = UNSET
    enabled_pricings: list[EnabledPricing] | None | Unset = UNSET
    override_pricings: list[UpdatePricingRequest] | None | Unset = UNSET
    pricing_categories: list[PricingCategory] | None | Unset = UNSET
    combined_pricing_plan_version: None | Unset | UpdatePricingPlanVersionRequest = UNSET
    realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount import Discount
        from ..models.update_pricing_plan_version_request import UpdatePricingPlanVersionRequest

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PricingPlanScheduleType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        pricing_plan_subscription_id = self.pricing_plan_subscription_id

        pricing_plan_id: None | str | Unset
        if isinstance(self.pricing_plan_id, Unset):
            pricing_plan_id = UNSET
        else:
            pricing_plan_id = self.pricing_plan_id

        pricing_plan_version_id: None | str | Unset
        if isinstance(self.pricing_plan_version_id, Unset):
            pricing_plan_version_id = UNSET
        else:
            pricing_plan_version_id = self.pricing_plan_version_id

        pricing_plan_version_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_version_selector, Unset):
            pricing_plan_version_selector = self.pricing_plan_version_selector.to_dict()

        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        pricing_currency: None | str | Unset
        if isinstance(self.pricing_currency, Unset):
            pricing_currency = UNSET
        elif isinstance(self.pricing_currency, Currency):
            pricing_currency = self.pricing_currency.value
        else:
            pricing_currency = self.pricing_currency

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        entitlements: list[dict[str, Any]] | None | Unset
        if isinstance(self.entitlements, Unset):
            entitlements = UNSET
        elif isinstance(self.entitlements, list):
            entitlements = []
            for entitlements_type_0_item_data in self.entitlements:
                entitlements_type_0_item = entitlements_type_0_item_data.to_dict()
                entitlements.append(entitlements_type_0_item)

        else:
            entitlements = self.entitlements

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        markup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.markup, Unset):
            markup = self.markup.to_dict()

        commitment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commitment, Unset):
            commitment = self.commitment.to_dict()

        promotion_codes: list[str] | None | Unset
        if isinstance(self.promotion_codes, Unset):
            promotion_codes = UNSET
        elif isinstance(self.promotion_codes, list):
            promotion_codes = self.promotion_codes

        else:
            promotion_codes = self.promotion_codes

        coupon_ids: list[str] | None | Unset
        if isinstance(self.coupon_ids, Unset):
            coupon_ids = UNSET
        elif isinstance(self.coupon_ids, list):
            coupon_ids = self.coupon_ids

        else:
            coupon_ids = self.coupon_ids

        coupon_discount: dict[str, Any] | None | Unset
        if isinstance(self.coupon_discount, Unset):
            coupon_discount = UNSET
        elif isinstance(self.coupon_discount, Discount):
            coupon_discount = self.coupon_discount.to_dict()
        else:
            coupon_discount = self.coupon_discount

        coupons: list[dict[str, Any]] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

        seats_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.seats_values, Unset):
            seats_values = UNSET
        elif isinstance(self.seats_values, list):
            seats_values = []
            for seats_values_type_0_item_data in self.seats_values:
                seats_values_type_0_item = seats_values_type_0_item_data.to_dict()
                seats_values.append(seats_values_type_0_item)

        else:
            seats_values = self.seats_values

        included_volumes: list[dict[str, Any]] | None | Unset
        if isinstance(self.included_volumes, Unset):
            included_volumes = UNSET
        elif isinstance(self.included_volumes, list):
            included_volumes = []
            for included_volumes_type_0_item_data in self.included_volumes:
                included_volumes_type_0_item = included_volumes_type_0_item_data.to_dict()
                included_volumes.append(included_volumes_type_0_item)

        else:
            included_volumes = self.included_volumes

        enabled_pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_pricings, Unset):
            enabled_pricings = UNSET
        elif isinstance(self.enabled_pricings, list):
            enabled_pricings = []
            for enabled_pricings_type_0_item_data in self.enabled_pricings:
                enabled_pricings_type_0_item = enabled_pricings_type_0_item_data.to_dict()
                enabled_pricings.append(enabled_pricings_type_0_item)

        else:
            enabled_pricings = self.enabled_pricings

        override_pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.override_pricings, Unset):
            override_pricings = UNSET
        elif isinstance(self.override_pricings, list):
            override_pricings = []
            for override_pricings_type_0_item_data in self.override_pricings:
                override_pricings_type_0_item = override_pricings_type_0_item_data.to_dict()
                override_pricings.append(override_pricings_type_0_item)

        else:
            override_pricings = self.override_pricings

        pricing_categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_categories, Unset):
            pricing_categories = UNSET
        elif isinstance(self.pricing_categories, list):
            pricing_categories = []
            for pricing_categories_type_0_item_data in self.pricing_categories:
                pricing_categories_type_0_item = pricing_categories_type_0_item_data.to_dict()
                pricing_categories.append(pricing_categories_type_0_item)

        else:
            pricing_categories = self.pricing_categories

        combined_pricing_plan_version: dict[str, Any] | None | Unset
        if isinstance(self.combined_pricing_plan_version, Unset):
            combined_pricing_plan_version = UNSET
        elif isinstance(self.combined_pricing_plan_version, UpdatePricingPlanVersionRequest):
            combined_pricing_plan_version = self.combined_pricing_plan_version.to_dict()
        else:
            combined_pricing_plan_version = self.combined_pricing_plan_version

        realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None | Unset
        if isinstance(self.realign_invoice_date_to_pricing_plan_schedule_start_at, Unset):
            realign_invoice_date_to_pricing_plan_schedule_start_at = UNSET
        else:
            realign_invoice_date_to_pricing_plan_schedule_start_at = (
                self.realign_invoice_date_to_pricing_plan_schedule_start_at
            )

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if pricing_plan_id is not UNSET:
            field_dict["pricing_plan_id"] = pricing_plan_id
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if pricing_plan_version_selector is not UNSET:
            field_dict["pricing_plan_version_selector"] = pricing_plan_version_selector
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if pricing_currency is not UNSET:
            field_dict["pricing_currency"] = pricing_currency
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if discount is not UNSET:
            field_dict["discount"] = discount
        if markup is not UNSET:
            field_dict["markup"] = markup
        if commitment is not UNSET:
            field_dict["commitment"] = commitment
        if promotion_codes is not UNSET:
            field_dict["promotion_codes"] = promotion_codes
        if coupon_ids is not UNSET:
            field_dict["coupon_ids"] = coupon_ids
        if coupon_discount is not UNSET:
            field_dict["coupon_discount"] = coupon_discount
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if seats_values is not UNSET:
            field_dict["seats_values"] = seats_values
        if included_volumes is not UNSET:
            field_dict["included_volumes"] = included_volumes
        if enabled_pricings is not UNSET:
            field_dict["enabled_pricings"] = enabled_pricings
        if override_pricings is not UNSET:
            field_dict["override_pricings"] = override_pricings
        if pricing_categories is not UNSET:
            field_dict["pricing_categories"] = pricing_categories
        if combined_pricing_plan_version is not UNSET:
            field_dict["combined_pricing_plan_version"] = combined_pricing_plan_version
        if realign_invoice_date_to_pricing_plan_schedule_start_at is not UNSET:
            field_dict["realign_invoice_date_to_pricing_plan_schedule_start_at"] = (
                realign_invoice_date_to_pricing_plan_schedule_start_at
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> None | PricingPlanScheduleType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PricingPlanScheduleType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanScheduleType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        pricing_plan_subscription_id = d.pop("pricing_plan_subscription_id", UNSET)

        def _parse_pricing_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_id = _parse_pricing_plan_id(d.pop("pricing_plan_id", UNSET))

        def _parse_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_version_id = _parse_pricing_plan_version_id(d.pop("pricing_plan_version_id", UNSET))

        _pricing_plan_version_selector = d.pop("pricing_plan_version_selector", UNSET)
        pricing_plan_version_selector: PricingPlanVersionSelector | Unset
        if isinstance(_pricing_plan_version_selector, Unset):
            pricing_plan_version_selector = UNSET
        else:
            pricing_plan_version_selector = PricingPlanVersionSelector.from_dict(_pricing_plan_version_selector)

        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        def _parse_end_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        def _parse_pricing_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pricing_currency_type_0 = Currency(data)

                return pricing_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        pricing_currency = _parse_pricing_currency(d.pop("pricing_currency", UNSET))

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: Period | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = Period.from_dict(_billing_period)

        def _parse_entitlements(data: object) -> list[Entitlement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entitlements_type_0 = []
                _entitlements_type_0 = data
                for entitlements_type_0_item_data in _entitlements_type_0:
                    entitlements_type_0_item = Entitlement.from_dict(entitlements_type_0_item_data)

                    entitlements_type_0.append(entitlements_type_0_item)

                return entitlements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Entitlement] | None | Unset, data)

        entitlements = _parse_entitlements(d.pop("entitlements", UNSET))

        _discount = d.pop("discount", UNSET)
        discount: Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Discount.from_dict(_discount)

        _markup = d.pop("markup", UNSET)
        markup: Markup | Unset
        if isinstance(_markup, Unset):
            markup = UNSET
        else:
            markup = Markup.from_dict(_markup)

        _commitment = d.pop("commitment", UNSET)
        commitment: Commitment | Unset
        if isinstance(_commitment, Unset):
            commitment = UNSET
        else:
            commitment = Commitment.from_dict(_commitment)

        def _parse_promotion_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotion_codes_type_0 = cast(list[str], data)

                return promotion_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        promotion_codes = _parse_promotion_codes(d.pop("promotion_codes", UNSET))

        def _parse_coupon_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coupon_ids_type_0 = cast(list[str], data)

                return coupon_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        coupon_ids = _parse_coupon_ids(d.pop("coupon_ids", UNSET))

        def _parse_coupon_discount(data: object) -> Discount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_discount_type_0 = Discount.from_dict(data)

                return coupon_discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None | Unset, data)

        coupon_discount = _parse_coupon_discount(d.pop("coupon_discount", UNSET))

        def _parse_coupons(data: object) -> list[AppliedCoupon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coupons_type_0 = []
                _coupons_type_0 = data
                for coupons_type_0_item_data in _coupons_type_0:
                    coupons_type_0_item = AppliedCoupon.from_dict(coupons_type_0_item_data)

                    coupons_type_0.append(coupons_type_0_item)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppliedCoupon] | None | Unset, data)

        coupons = _parse_coupons(d.pop("coupons", UNSET))

        def _parse_seats_values(data: object) -> list[ConfiguredMeterValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                seats_values_type_0 = []
                _seats_values_type_0 = data
                for seats_values_type_0_item_data in _seats_values_type_0:
                    seats_values_type_0_item = ConfiguredMeterValue.from_dict(seats_values_type_0_item_data)

                    seats_values_type_0.append(seats_values_type_0_item)

                return seats_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfiguredMeterValue] | None | Unset, data)

        seats_values = _parse_seats_values(d.pop("seats_values", UNSET))

        def _parse_included_volumes(data: object) -> list[ConfiguredMeterValueIncludedVolume] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_volumes_type_0 = []
                _included_volumes_type_0 = data
                for included_volumes_type_0_item_data in _included_volumes_type_0:
                    included_volumes_type_0_item = ConfiguredMeterValueIncludedVolume.from_dict(
                        included_volumes_type_0_item_data
                    )

                    included_volumes_type_0.append(included_volumes_type_0_item)

                return included_volumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfiguredMeterValueIncludedVolume] | None | Unset, data)

        included_volumes = _parse_included_volumes(d.pop("included_volumes", UNSET))

        def _parse_enabled_pricings(data: object) -> list[EnabledPricing] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_pricings_type_0 = []
                _enabled_pricings_type_0 = data
                for enabled_pricings_type_0_item_data in _enabled_pricings_type_0:
                    enabled_pricings_type_0_item = EnabledPricing.from_dict(enabled_pricings_type_0_item_data)

                    enabled_pricings_type_0.append(enabled_pricings_type_0_item)

                return enabled_pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnabledPricing] | None | Unset, data)

        enabled_pricings = _parse_enabled_pricings(d.pop("enabled_pricings", UNSET))

        def _parse_override_pricings(data: object) -> list[UpdatePricingRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                override_pricings_type_0 = []
                _override_pricings_type_0 = data
                for override_pricings_type_0_item_data in _override_pricings_type_0:
                    override_pricings_type_0_item = UpdatePricingRequest.from_dict(override_pricings_type_0_item_data)

                    override_pricings_type_0.append(override_pricings_type_0_item)

                return override_pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdatePricingRequest] | None | Unset, data)

        override_pricings = _parse_override_pricings(d.pop("override_pricings", UNSET))

        def _parse_pricing_categories(data: object) -> list[PricingCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_categories_type_0 = []
                _pricing_categories_type_0 = data
                for pricing_categories_type_0_item_data in _pricing_categories_type_0:
                    pricing_categories_type_0_item = PricingCategory.from_dict(pricing_categories_type_0_item_data)

                    pricing_categories_type_0.append(pricing_categories_type_0_item)

                return pricing_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingCategory] | None | Unset, data)

        pricing_categories = _parse_pricing_categories(d.pop("pricing_categories", UNSET))

        def _parse_combined_pricing_plan_version(data: object) -> None | Unset | UpdatePricingPlanVersionRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                combined_pricing_plan_version_type_0 = UpdatePricingPlanVersionRequest.from_dict(data)

                return combined_pricing_plan_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdatePricingPlanVersionRequest, data)

        combined_pricing_plan_version = _parse_combined_pricing_plan_version(
            d.pop("combined_pricing_plan_version", UNSET)
        )

        def _parse_realign_invoice_date_to_pricing_plan_schedule_start_at(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        realign_invoice_date_to_pricing_plan_schedule_start_at = (
            _parse_realign_invoice_date_to_pricing_plan_schedule_start_at(
                d.pop("realign_invoice_date_to_pricing_plan_schedule_start_at", UNSET)
            )
        )

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        update_pricing_plan_schedule_request = cls(
            object_type=object_type,
            id=id,
            type_=type_,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            pricing_plan_id=pricing_plan_id,
            pricing_plan_version_id=pricing_plan_version_id,
            pricing_plan_version_selector=pricing_plan_version_selector,
            start_at=start_at,
            end_at=end_at,
            pricing_currency=pricing_currency,
            billing_period=billing_period,
            entitlements=entitlements,
            discount=discount,
            markup=markup,
            commitment=commitment,
            promotion_codes=promotion_codes,
            coupon_ids=coupon_ids,
            coupon_discount=coupon_discount,
            coupons=coupons,
            seats_values=seats_values,
            included_volumes=included_volumes,
            enabled_pricings=enabled_pricings,
            override_pricings=override_pricings,
            pricing_categories=pricing_categories,
            combined_pricing_plan_version=combined_pricing_plan_version,
            realign_invoice_date_to_pricing_plan_schedule_start_at=realign_invoice_date_to_pricing_plan_schedule_start_at,
            created_at=created_at,
        )

        update_pricing_plan_schedule_request.additional_properties = d
        return update_pricing_plan_schedule_request

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
