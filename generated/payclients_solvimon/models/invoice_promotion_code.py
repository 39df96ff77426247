from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_code_details import PromotionCodeDetails


T = TypeVar("T", bound="InvoicePromotionCode")


@_attrs_define
class InvoicePromotionCode:
    """Promotion code used on the invoice.

    Attributes:
        promotion_code_details (None | PromotionCodeDetails | Unset):
        coupon_id (None | str | Unset):
    """

    promotion_code_details: None | PromotionCodeDetails | Unset = UNSET
    coupon_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.promotion_code_details import PromotionCodeDetails

        promotion_code_details: dict[str, Any] | None | Unset
        if isinstance(self.promotion_code_details, Unset):
            promotion_code_details = UNSET
        elif isinstance(self.promotion_code_details, PromotionCodeDetails):
            promotion_code_details = self.promotion_code_details.to_dict()
        else:
            promotion_code_details = self.promotion_code_details

        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = self.coupon_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promotion_code_details is not UNSET:
            field_dict["promotion_code_details"] = promotion_code_details
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_code_details import PromotionCodeDetails

        d = dict(src_dict)

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

        def _parse_coupon_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_id = _parse_coupon_id(d.pop("coupon_id", UNSET))

        invoice_promotion_code = cls(
            promotion_code_details=promotion_code_details,
            coupon_id=coupon_id,
        )

        invoice_promotion_code.additional_properties = d
        return invoice_promotion_code

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
