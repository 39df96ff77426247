from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.pricing_plan_subscription import PricingPlanSubscription
    from ..models.promotion_code_details import PromotionCodeDetails


T = TypeVar("T", bound="CouponRedemption")


@_attrs_define
class CouponRedemption:
    """
    Attributes:
        coupon_id (None | str | Unset):
        promotion_code_details (None | PromotionCodeDetails | Unset):
        redeemed_at (None | str | Unset):
        customer_id (None | str | Unset):
        customer (Customer | None | Unset):
        pricing_plan_subscription_id (None | str | Unset):
        pricing_plan_subscription (None | PricingPlanSubscription | Unset):
    """

    coupon_id: None | str | Unset = UNSET
    promotion_code_details: None | PromotionCodeDetails | Unset = UNSET
    redeemed_at: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    pricing_plan_subscription_id: None | str | Unset = UNSET
    pricing_plan_subscription: None | PricingPlanSubscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer
        from ..models.pricing_plan_subscription import PricingPlanSubscription
        from ..models.promotion_code_details import PromotionCodeDetails

        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = self.coupon_id

        promotion_code_details: dict[str, Any] | None | Unset
        if isinstance(self.promotion_code_details, Unset):
            promotion_code_details = UNSET
        elif isinstance(self.promotion_code_details, PromotionCodeDetails):
            promotion_code_details = self.promotion_code_details.to_dict()
        else:
            promotion_code_details = self.promotion_code_details

        redeemed_at: None | str | Unset
        if isinstance(self.redeemed_at, Unset):
            redeemed_at = UNSET
        else:
            redeemed_at = self.redeemed_at

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        pricing_plan_subscription: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        elif isinstance(self.pricing_plan_subscription, PricingPlanSubscription):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()
        else:
            pricing_plan_subscription = self.pricing_plan_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if promotion_code_details is not UNSET:
            field_dict["promotion_code_details"] = promotion_code_details
        if redeemed_at is not UNSET:
            field_dict["redeemed_at"] = redeemed_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.pricing_plan_subscription import PricingPlanSubscription
        from ..models.promotion_code_details import PromotionCodeDetails

        d = dict(src_dict)

        def _parse_coupon_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_id = _parse_coupon_id(d.pop("coupon_id", UNSET))

        def _parse_promotion_code_details(data: object) -> None | PromotionCodeDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promotion_code_details_type_0 = PromotionCodeDetails.from_dict(data)

                return promotion_code_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionCodeDetails | Unset, data)

        promotion_code_details = _parse_promotion_code_details(d.pop("promotion_code_details", UNSET))

        def _parse_redeemed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redeemed_at = _parse_redeemed_at(d.pop("redeemed_at", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        def _parse_pricing_plan_subscription(data: object) -> None | PricingPlanSubscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_subscription_type_0 = PricingPlanSubscription.from_dict(data)

                return pricing_plan_subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscription | Unset, data)

        pricing_plan_subscription = _parse_pricing_plan_subscription(d.pop("pricing_plan_subscription", UNSET))

        coupon_redemption = cls(
            coupon_id=coupon_id,
            promotion_code_details=promotion_code_details,
            redeemed_at=redeemed_at,
            customer_id=customer_id,
            customer=customer,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            pricing_plan_subscription=pricing_plan_subscription,
        )

        coupon_redemption.additional_properties = d
        return coupon_redemption

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
