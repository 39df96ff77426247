from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="InvoiceTaxCategorySummaryRate")


@_attrs_define
class InvoiceTaxCategorySummaryRate:
    """One tax rate inside a tax category.

    Attributes:
        name (str | Unset):
        percentage (str | Unset):
        tax_amount (Amount | Unset): Money: a decimal quantity in a currency.
    """

    name: str | Unset = UNSET
    percentage: str | Unset = UNSET
    tax_amount: Amount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        percentage = self.percentage

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        percentage = d.pop("percentage", UNSET)

        _tax_amount = d.pop("tax_amount", UNSET)
        tax_amount: Amount | Unset
        if isinstance(_tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = Amount.from_dict(_tax_amount)

        invoice_tax_category_summary_rate = cls(
            name=name,
            percentage=percentage,
            tax_amount=tax_amount,
        )

        invoice_tax_category_summary_rate.additional_properties = d
        return invoice_tax_category_summary_rate

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
