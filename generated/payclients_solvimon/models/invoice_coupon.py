from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCoupon")


@_attrs_define
class InvoiceCoupon:
    """Coupon used on the invoice.

    Attributes:
        coupon_id (None | str | Unset):
        coupon_name (None | str | Unset):
    """

    coupon_id: None | str | Unset = UNSET
    coupon_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = self.coupon_id

        coupon_name: None | str | Unset
        if isinstance(self.coupon_name, Unset):
            coupon_name = UNSET
        else:
            coupon_name = self.coupon_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_coupon_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_id = _parse_coupon_id(d.pop("coupon_id", UNSET))

        def _parse_coupon_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_name = _parse_coupon_name(d.pop("coupon_name", UNSET))

        invoice_coupon = cls(
            coupon_id=coupon_id,
            coupon_name=coupon_name,
        )

        invoice_coupon.additional_properties = d
        return invoice_coupon

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
