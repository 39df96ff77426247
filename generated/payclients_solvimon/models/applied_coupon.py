from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount import Discount


T = TypeVar("T", bound="AppliedCoupon")


@_attrs_define
class AppliedCoupon:
    """
    Attributes:
        id (str | Unset):
        coupon_name (None | str | Unset):
        promotion_code_resource_id (None | str | Unset):
        promotion_code (None | str | Unset):
        discount (Discount | None | Unset):
    """

    id: str | Unset = UNSET
    coupon_name: None | str | Unset = UNSET
    promotion_code_resource_id: None | str | Unset = UNSET
    promotion_code: None | str | Unset = UNSET
    discount: Discount | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount import Discount

        id = self.id

        coupon_name: None | str | Unset
        if isinstance(self.coupon_name, Unset):
            coupon_name = UNSET
        else:
            coupon_name = self.coupon_name

        promotion_code_resource_id: None | str | Unset
        if isinstance(self.promotion_code_resource_id, Unset):
            promotion_code_resource_id = UNSET
        else:
            promotion_code_resource_id = self.promotion_code_resource_id

        promotion_code: None | str | Unset
        if isinstance(self.promotion_code, Unset):
            promotion_code = UNSET
        else:
            promotion_code = self.promotion_code

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if promotion_code_resource_id is not UNSET:
            field_dict["promotion_code_resource_id"] = promotion_code_resource_id
        if promotion_code is not UNSET:
            field_dict["promotion_code"] = promotion_code
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discount import Discount

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_coupon_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_name = _parse_coupon_name(d.pop("coupon_name", UNSET))

        def _parse_promotion_code_resource_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotion_code_resource_id = _parse_promotion_code_resource_id(d.pop("promotion_code_resource_id", UNSET))

        def _parse_promotion_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotion_code = _parse_promotion_code(d.pop("promotion_code", UNSET))

        def _parse_discount(data: object) -> Discount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = Discount.from_dict(data)

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        applied_coupon = cls(
            id=id,
            coupon_name=coupon_name,
            promotion_code_resource_id=promotion_code_resource_id,
            promotion_code=promotion_code,
            discount=discount,
        )

        applied_coupon.additional_properties = d
        return applied_coupon

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
