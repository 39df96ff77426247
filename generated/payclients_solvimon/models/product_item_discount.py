from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.discount_condition import DiscountCondition
    from ..models.promotion_code_details import PromotionCodeDetails


T = TypeVar("T", bound="ProductItemDiscount")


@_attrs_define
class ProductItemDiscount:
    """
    Attributes:
        ids (list[str] | Unset):
        start_at (None | str | Unset):
        end_at (None | str | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        percentage (None | str | Unset):
        coupon_id (None | str | Unset):
        promotion_code_details (None | PromotionCodeDetails | Unset):
        condition (DiscountCondition | Unset):
    """

    ids: list[str] | Unset = UNSET
    start_at: None | str | Unset = UNSET
    end_at: None | str | Unset = UNSET
    amount: Amount | Unset = UNSET
    percentage: None | str | Unset = UNSET
    coupon_id: None | str | Unset = UNSET
    promotion_code_details: None | PromotionCodeDetails | Unset = UNSET
    condition: DiscountCondition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.promotion_code_details import PromotionCodeDetails

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        else:
            end_at = self.end_at

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        percentage: None | str | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

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

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if promotion_code_details is not UNSET:
            field_dict["promotion_code_details"] = promotion_code_details
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.discount_condition import DiscountCondition
        from ..models.promotion_code_details import PromotionCodeDetails

        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        def _parse_start_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_end_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

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

        _condition = d.pop("condition", UNSET)
        condition: DiscountCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = DiscountCondition.from_dict(_condition)

        product_item_discount = cls(
            ids=ids,
            start_at=start_at,
            end_at=end_at,
            amount=amount,
            percentage=percentage,
            coupon_id=coupon_id,
            promotion_code_details=promotion_code_details,
            condition=condition,
        )

        product_item_discount.additional_properties = d
        return product_item_discount

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
