from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineCouponData")


@_attrs_define
class InvoiceLineCouponData:
    """Coupon behind a discount line.

    Attributes:
        coupon_id (str | Unset):
        promotion_code_id (None | str | Unset):
    """

    coupon_id: str | Unset = UNSET
    promotion_code_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_id = self.coupon_id

        promotion_code_id: None | str | Unset
        if isinstance(self.promotion_code_id, Unset):
            promotion_code_id = UNSET
        else:
            promotion_code_id = self.promotion_code_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if promotion_code_id is not UNSET:
            field_dict["promotion_code_id"] = promotion_code_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_id = d.pop("coupon_id", UNSET)

        def _parse_promotion_code_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotion_code_id = _parse_promotion_code_id(d.pop("promotion_code_id", UNSET))

        invoice_line_coupon_data = cls(
            coupon_id=coupon_id,
            promotion_code_id=promotion_code_id,
        )

        invoice_line_coupon_data.additional_properties = d
        return invoice_line_coupon_data

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
