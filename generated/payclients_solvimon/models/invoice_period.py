from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.invoice_group import InvoiceGroup
    from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
    from ..models.period import Period


T = TypeVar("T", bound="InvoicePeriod")


@_attrs_define
class InvoicePeriod:
    """One billing period on an invoice, with its totals, taxes and groups.

    Attributes:
        period_order (int | Unset):
        amount_excluding_tax (Amount | Unset): Money: a decimal quantity in a currency.
        amount_including_tax (Amount | Unset): Money: a decimal quantity in a currency.
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        tax_categories (list[InvoiceTaxCategorySummary] | Unset):
        groups (list[InvoiceGroup] | None | Unset):
    """

    period_order: int | Unset = UNSET
    amount_excluding_tax: Amount | Unset = UNSET
    amount_including_tax: Amount | Unset = UNSET
    billing_period: Period | Unset = UNSET
    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | Unset = UNSET
    tax_categories: list[InvoiceTaxCategorySummary] | Unset = UNSET
    groups: list[InvoiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_order = self.period_order

        amount_excluding_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_excluding_tax, Unset):
            amount_excluding_tax = self.amount_excluding_tax.to_dict()

        amount_including_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_including_tax, Unset):
            amount_including_tax = self.amount_including_tax.to_dict()

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: str | Unset = UNSET
        if not isinstance(self.end_at, Unset):
            end_at = self.end_at.isoformat()

        tax_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_categories, Unset):
            tax_categories = []
            for tax_categories_item_data in self.tax_categories:
                tax_categories_item = tax_categories_item_data.to_dict()
                tax_categories.append(tax_categories_item)

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_order is not UNSET:
            field_dict["period_order"] = period_order
        if amount_excluding_tax is not UNSET:
            field_dict["amount_excluding_tax"] = amount_excluding_tax
        if amount_including_tax is not UNSET:
            field_dict["amount_including_tax"] = amount_including_tax
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if tax_categories is not UNSET:
            field_dict["tax_categories"] = tax_categories
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.invoice_group import InvoiceGroup
        from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
        from ..models.period import Period

        d = dict(src_dict)
        period_order = d.pop("period_order", UNSET)

        _amount_excluding_tax = d.pop("amount_excluding_tax", UNSET)
        amount_excluding_tax: Amount | Unset
        if isinstance(_amount_excluding_tax, Unset):
            amount_excluding_tax = UNSET
        else:
            amount_excluding_tax = Amount.from_dict(_amount_excluding_tax)

        _amount_including_tax = d.pop("amount_including_tax", UNSET)
        amount_including_tax: Amount | Unset
        if isinstance(_amount_including_tax, Unset):
            amount_including_tax = UNSET
        else:
            amount_including_tax = Amount.from_dict(_amount_including_tax)

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: Period | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = Period.from_dict(_billing_period)

        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        _end_at = d.pop("end_at", UNSET)
        end_at: datetime.datetime | Unset
        if isinstance(_end_at, Unset):
            end_at = UNSET
        else:
            end_at = datetime.datetime.fromisoformat(_end_at)

        _tax_categories = d.pop("tax_categories", UNSET)
        tax_categories: list[InvoiceTaxCategorySummary] | Unset = UNSET
        if _tax_categories is not UNSET:
            tax_categories = []
            for tax_categories_item_data in _tax_categories:
                tax_categories_item = InvoiceTaxCategorySummary.from_dict(tax_categories_item_data)

                tax_categories.append(tax_categories_item)

        def _parse_groups(data: object) -> list[InvoiceGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = InvoiceGroup.from_dict(groups_type_0_item_data)

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceGroup] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        invoice_period = cls(
            period_order=period_order,
            amount_excluding_tax=amount_excluding_tax,
            amount_including_tax=amount_including_tax,
            billing_period=billing_period,
            start_at=start_at,
            end_at=end_at,
            tax_categories=tax_categories,
            groups=groups,
        )

        invoice_period.additional_properties = d
        return invoice_period

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
