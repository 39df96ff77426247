from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SellerDetails")


@_attrs_define
class SellerDetails:
    """
    Attributes:
        seller_customer_id (None | str | Unset):
    """

    seller_customer_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_customer_id: None | str | Unset
        if isinstance(self.seller_customer_id, Unset):
            seller_customer_id = UNSET
        else:
            seller_customer_id = self.seller_customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seller_customer_id is not UNSET:
            field_dict["seller_customer_id"] = seller_customer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_seller_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seller_customer_id = _parse_seller_customer_id(d.pop("seller_customer_id", UNSET))

        seller_details = cls(
            seller_customer_id=seller_customer_id,
        )

        seller_details.additional_properties = d
        return seller_details

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
