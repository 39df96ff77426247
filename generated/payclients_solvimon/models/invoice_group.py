from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.invoice_line import InvoiceLine
    from ..models.invoice_pricing import InvoicePricing
    from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
    from ..models.period import Period
    from ..models.product import Product
    from ..models.product_category import ProductCategory


T = TypeVar("T", bound="InvoiceGroup")


@_attrs_define
class InvoiceGroup:
    """A block of lines inside a period, with its own totals and taxes.

    Attributes:
        group_order (int | Unset):
        amount_excluding_tax (Amount | Unset): Money: a decimal quantity in a currency.
        amount_including_tax (Amount | Unset): Money: a decimal quantity in a currency.
        billing_period (None | Period | Unset):
        start_at (datetime.datetime | None | Unset):
        end_at (datetime.datetime | None | Unset):
        type_ (None | str | Unset):
        product_category (None | ProductCategory | Unset):
        products (list[Product] | None | Unset):
        pricing (InvoicePricing | None | Unset):
        description (None | str | Unset):
        pricing_plan_subscription_id (None | str | Unset):
        pricing_plan_schedule_id (None | str | Unset):
        billing_customer_id (None | str | Unset):
        forwarded_from_customer_id (None | str | Unset):
        tax_categories (list[InvoiceTaxCategorySummary] | Unset):
        lines (list[InvoiceLine] | None | Unset):
    """

    group_order: int | Unset = UNSET
    amount_excluding_tax: Amount | Unset = UNSET
    amount_including_tax: Amount | Unset = UNSET
    billing_period: None | Period | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    product_category: None | ProductCategory | Unset = UNSET
    products: list[Product] | None | Unset = UNSET
    pricing: InvoicePricing | None | Unset = UNSET
    description: None | str | Unset = UNSET
    pricing_plan_subscription_id: None | str | Unset = UNSET
    pricing_plan_schedule_id: None | str | Unset = UNSET
    billing_customer_id: None | str | Unset = UNSET
    forwarded_from_customer_id: None | str | Unset = UNSET
    tax_categories: list[InvoiceTaxCategorySummary] | Unset = UNSET
    lines: list[InvoiceLine] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_pricing import InvoicePricing
        from ..models.period import Period
        from ..models.product_category import ProductCategory

        group_order = self.group_order

        amount_excluding_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_excluding_tax, Unset):
            amount_excluding_tax = self.amount_excluding_tax.to_dict()

        amount_including_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_including_tax, Unset):
            amount_including_tax = self.amount_including_tax.to_dict()

        billing_period: dict[str, Any] | None | Unset
        if isinstance(self.billing_period, Unset):
            billing_period = UNSET
        elif isinstance(self.billing_period, Period):
            billing_period = self.billing_period.to_dict()
        else:
            billing_period = self.billing_period

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        product_category: dict[str, Any] | None | Unset
        if isinstance(self.product_category, Unset):
            product_category = UNSET
        elif isinstance(self.product_category, ProductCategory):
            product_category = self.product_category.to_dict()
        else:
            product_category = self.product_category

        products: list[dict[str, Any]] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = []
            for products_type_0_item_data in self.products:
                products_type_0_item = products_type_0_item_data.to_dict()
                products.append(products_type_0_item)

        else:
            products = self.products

        pricing: dict[str, Any] | None | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif isinstance(self.pricing, InvoicePricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        pricing_plan_schedule_id: None | str | Unset
        if isinstance(self.pricing_plan_schedule_id, Unset):
            pricing_plan_schedule_id = UNSET
        else:
            pricing_plan_schedule_id = self.pricing_plan_schedule_id

        billing_customer_id: None | str | Unset
        if isinstance(self.billing_customer_id, Unset):
            billing_customer_id = UNSET
        else:
            billing_customer_id = self.billing_customer_id

        forwarded_from_customer_id: None | str | Unset
        if isinstance(self.forwarded_from_customer_id, Unset):
            forwarded_from_customer_id = UNSET
        else:
            forwarded_from_customer_id = self.forwarded_from_customer_id

        tax_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_categories, Unset):
            tax_categories = []
            for tax_categories_item_data in self.tax_categories:
                tax_categories_item = tax_categories_item_data.to_dict()
                tax_categories.append(tax_categories_item)

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_order is not UNSET:
            field_dict["group_order"] = group_order
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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if products is not UNSET:
            field_dict["products"] = products
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if description is not UNSET:
            field_dict["description"] = description
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if billing_customer_id is not UNSET:
            field_dict["billing_customer_id"] = billing_customer_id
        if forwarded_from_customer_id is not UNSET:
            field_dict["forwarded_from_customer_id"] = forwarded_from_customer_id
        if tax_categories is not UNSET:
            field_dict["tax_categories"] = tax_categories
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.invoice_line import InvoiceLine
        from ..models.invoice_pricing import InvoicePricing
        from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
        from ..models.period import Period
        from ..models.product import Product
        from ..models.product_category import ProductCategory

        d = dict(src_dict)
        group_order = d.pop("group_order", UNSET)

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

        def _parse_billing_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_period_type_0 = Period.from_dict(data)

                return billing_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        billing_period = _parse_billing_period(d.pop("billing_period", UNSET))

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_end_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_product_category(data: object) -> None | ProductCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_category_type_0 = ProductCategory.from_dict(data)

                return product_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductCategory | Unset, data)

        product_category = _parse_product_category(d.pop("product_category", UNSET))

        def _parse_products(data: object) -> list[Product] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                products_type_0 = []
                _products_type_0 = data
                for products_type_0_item_data in _products_type_0:
                    products_type_0_item = Product.from_dict(products_type_0_item_data)

                    products_type_0.append(products_type_0_item)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Product] | None | Unset, data)

        products = _parse_products(d.pop("products", UNSET))

        def _parse_pricing(data: object) -> InvoicePricing | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_type_0 = InvoicePricing.from_dict(data)

                return pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePricing | None | Unset, data)

        pricing = _parse_pricing(d.pop("pricing", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        def _parse_pricing_plan_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_schedule_id = _parse_pricing_plan_schedule_id(d.pop("pricing_plan_schedule_id", UNSET))

        def _parse_billing_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_customer_id = _parse_billing_customer_id(d.pop("billing_customer_id", UNSET))

        def _parse_forwarded_from_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forwarded_from_customer_id = _parse_forwarded_from_customer_id(d.pop("forwarded_from_customer_id", UNSET))

        _tax_categories = d.pop("tax_categories", UNSET)
        tax_categories: list[InvoiceTaxCategorySummary] | Unset = UNSET
        if _tax_categories is not UNSET:
            tax_categories = []
            for tax_categories_item_data in _tax_categories:
                tax_categories_item = InvoiceTaxCategorySummary.from_dict(tax_categories_item_data)

                tax_categories.append(tax_categories_item)

        def _parse_lines(data: object) -> list[InvoiceLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = InvoiceLine.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceLine] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        invoice_group = cls(
            group_order=group_order,
            amount_excluding_tax=amount_excluding_tax,
            amount_including_tax=amount_including_tax,
            billing_period=billing_period,
            start_at=start_at,
            end_at=end_at,
            type_=type_,
            product_category=product_category,
            products=products,
            pricing=pricing,
            description=description,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            billing_customer_id=billing_customer_id,
            forwarded_from_customer_id=forwarded_from_customer_id,
            tax_categories=tax_categories,
            lines=lines,
        )

        invoice_group.additional_properties = d
        return invoice_group

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
