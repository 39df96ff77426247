from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSellerDetails")


@_attrs_define
class CustomerSellerDetails:
    """Settings for a customer that also sells.

    Attributes:
        default_billing_entity_id (None | str | Unset):
    """

    default_billing_entity_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_billing_entity_id: None | str | Unset
        if isinstance(self.default_billing_entity_id, Unset):
            default_billing_entity_id = UNSET
        else:
            default_billing_entity_id = self.default_billing_entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_billing_entity_id is not UNSET:
            field_dict["default_billing_entity_id"] = default_billing_entity_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_default_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_billing_entity_id = _parse_default_billing_entity_id(d.pop("default_billing_entity_id", UNSET))

        customer_seller_details = cls(
            default_billing_entity_id=default_billing_entity_id,
        )

        customer_seller_details.additional_properties = d
        return customer_seller_details

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
