from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.tax_category import TaxCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletTypeCreditAmountGrant")


@_attrs_define
class WalletTypeCreditAmountGrant:
    """
    Attributes:
        default_currency (Currency | Unset): ISO 4217 currency code.
        tax_category (TaxCategory | Unset): Tax treatment of a product.
    """

    default_currency: Currency | Unset = UNSET
    tax_category: TaxCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_currency: str | Unset = UNSET
        if not isinstance(self.default_currency, Unset):
            default_currency = self.default_currency.value

        tax_category: str | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _default_currency = d.pop("default_currency", UNSET)
        default_currency: Currency | Unset
        if isinstance(_default_currency, Unset):
            default_currency = UNSET
        else:
            default_currency = Currency(_default_currency)

        _tax_category = d.pop("tax_category", UNSET)
        tax_category: TaxCategory | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = TaxCategory(_tax_category)

        wallet_type_credit_amount_grant = cls(
            default_currency=default_currency,
            tax_category=tax_category,
        )

        wallet_type_credit_amount_grant.additional_properties = d
        return wallet_type_credit_amount_grant

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
