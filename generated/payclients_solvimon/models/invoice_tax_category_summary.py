from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.invoice_tax_amounts import InvoiceTaxAmounts
    from ..models.invoice_tax_category_summary_rate import InvoiceTaxCategorySummaryRate


T = TypeVar("T", bound="InvoiceTaxCategorySummary")


@_attrs_define
class InvoiceTaxCategorySummary:
    """Tax totals for one tax category.

    Attributes:
        base_amount (Amount | Unset): Money: a decimal quantity in a currency.
        tax_amount (Amount | Unset): Money: a decimal quantity in a currency.
        total_amount (Amount | Unset): Money: a decimal quantity in a currency.
        percentage (str | Unset):
        name (str | Unset):
        category (str | Unset):
        local_amounts (InvoiceTaxAmounts | Unset): Tax amounts converted to a local currency.
        notes (list[str] | None | Unset):
        rates (list[InvoiceTaxCategorySummaryRate] | None | Unset):
    """

    base_amount: Amount | Unset = UNSET
    tax_amount: Amount | Unset = UNSET
    total_amount: Amount | Unset = UNSET
    percentage: str | Unset = UNSET
    name: str | Unset = UNSET
    category: str | Unset = UNSET
    local_amounts: InvoiceTaxAmounts | Unset = UNSET
    notes: list[str] | None | Unset = UNSET
    rates: list[InvoiceTaxCategorySummaryRate] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_amount, Unset):
            base_amount = self.base_amount.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        percentage = self.percentage

        name = self.name

        category = self.category

        local_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_amounts, Unset):
            local_amounts = self.local_amounts.to_dict()

        notes: list[str] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, list):
            notes = self.notes

        else:
            notes = self.notes

        rates: list[dict[str, Any]] | None | Unset
        if isinstance(self.rates, Unset):
            rates = UNSET
        elif isinstance(self.rates, list):
            rates = []
            for rates_type_0_item_data in self.rates:
                rates_type_0_item = rates_type_0_item_data.to_dict()
                rates.append(rates_type_0_item)

        else:
            rates = self.rates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if local_amounts is not UNSET:
            field_dict["local_amounts"] = local_amounts
        if notes is not UNSET:
            field_dict["notes"] = notes
        if rates is not UNSET:
            field_dict["rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.invoice_tax_amounts import InvoiceTaxAmounts
        from ..models.invoice_tax_category_summary_rate import InvoiceTaxCategorySummaryRate

        d = dict(src_dict)
        _base_amount = d.pop("base_amount", UNSET)
        base_amount: Amount | Unset
        if isinstance(_base_amount, Unset):
            base_amount = UNSET
        else:
            base_amount = Amount.from_dict(_base_amount)

        _tax_amount = d.pop("tax_amount", UNSET)
        tax_amount: Amount | Unset
        if isinstance(_tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = Amount.from_dict(_tax_amount)

        _total_amount = d.pop("total_amount", UNSET)
        total_amount: Amount | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = Amount.from_dict(_total_amount)

        percentage = d.pop("percentage", UNSET)

        name = d.pop("name", UNSET)

        category = d.pop("category", UNSET)

        _local_amounts = d.pop("local_amounts", UNSET)
        local_amounts: InvoiceTaxAmounts | Unset
        if isinstance(_local_amounts, Unset):
            local_amounts = UNSET
        else:
            local_amounts = InvoiceTaxAmounts.from_dict(_local_amounts)

        def _parse_notes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notes_type_0 = cast(list[str], data)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_rates(data: object) -> list[InvoiceTaxCategorySummaryRate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rates_type_0 = []
                _rates_type_0 = data
                for rates_type_0_item_data in _rates_type_0:
                    rates_type_0_item = InvoiceTaxCategorySummaryRate.from_dict(rates_type_0_item_data)

                    rates_type_0.append(rates_type_0_item)

                return rates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceTaxCategorySummaryRate] | None | Unset, data)

        rates = _parse_rates(d.pop("rates", UNSET))

        invoice_tax_category_summary = cls(
            base_amount=base_amount,
            tax_amount=tax_amount,
            total_amount=total_amount,
            percentage=percentage,
            name=name,
            category=category,
            local_amounts=local_amounts,
            notes=notes,
            rates=rates,
        )

        invoice_tax_category_summary.additional_properties = d
        return invoice_tax_category_summary

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
