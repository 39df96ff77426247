from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_discount_type import CouponDiscountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.coupon_discount_usage import CouponDiscountUsage
    from ..models.discount_condition import DiscountCondition


T = TypeVar("T", bound="CouponDiscount")


@_attrs_define
class CouponDiscount:
    """
    Attributes:
        type_ (CouponDiscountType | Unset):
        percentage (None | str | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        usage (CouponDiscountUsage | Unset):
        condition (DiscountCondition | Unset):
    """

    type_: CouponDiscountType | Unset = UNSET
    percentage: None | str | Unset = UNSET
    amount: Amount | Unset = UNSET
    usage: CouponDiscountUsage | Unset = UNSET
    condition: DiscountCondition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        percentage: None | str | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount
        if usage is not UNSET:
            field_dict["usage"] = usage
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.coupon_discount_usage import CouponDiscountUsage
        from ..models.discount_condition import DiscountCondition

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: CouponDiscountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CouponDiscountType(_type_)

        def _parse_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        _usage = d.pop("usage", UNSET)
        usage: CouponDiscountUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CouponDiscountUsage.from_dict(_usage)

        _condition = d.pop("condition", UNSET)
        condition: DiscountCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = DiscountCondition.from_dict(_condition)

        coupon_discount = cls(
            type_=type_,
            percentage=percentage,
            amount=amount,
            usage=usage,
            condition=condition,
        )

        coupon_discount.additional_properties = d
        return coupon_discount

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
