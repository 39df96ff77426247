from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuotePDFConfiguration")


@_attrs_define
class QuotePDFConfiguration:
    """
    Attributes:
        display_customer_details (bool | None | Unset):
        display_billing_entity_details (bool | None | Unset):
    """

    display_customer_details: bool | None | Unset = UNSET
    display_billing_entity_details: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_customer_details: bool | None | Unset
        if isinstance(self.display_customer_details, Unset):
            display_customer_details = UNSET
        else:
            display_customer_details = self.display_customer_details

        display_billing_entity_details: bool | None | Unset
        if isinstance(self.display_billing_entity_details, Unset):
            display_billing_entity_details = UNSET
        else:
            display_billing_entity_details = self.display_billing_entity_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_customer_details is not UNSET:
            field_dict["display_customer_details"] = display_customer_details
        if display_billing_entity_details is not UNSET:
            field_dict["display_billing_entity_details"] = display_billing_entity_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_display_customer_details(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        display_customer_details = _parse_display_customer_details(d.pop("display_customer_details", UNSET))

        def _parse_display_billing_entity_details(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        display_billing_entity_details = _parse_display_billing_entity_details(
            d.pop("display_billing_entity_details", UNSET)
        )

        quote_pdf_configuration = cls(
            display_customer_details=display_customer_details,
            display_billing_entity_details=display_billing_entity_details,
        )

        quote_pdf_configuration.additional_properties = d
        return quote_pdf_configuration

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
