from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.invoice_line_coupon_data import InvoiceLineCouponData
    from ..models.invoice_line_meter_value import InvoiceLineMeterValue
    from ..models.invoice_sub_line import InvoiceSubLine
    from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
    from ..models.meter_conditions import MeterConditions
    from ..models.pricing_item_summary_price_details import PricingItemSummaryPriceDetails
    from ..models.product_item import ProductItem


T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """One line of an invoice.

    Attributes:
        id (None | str | Unset):
        line_order (int | None | Unset):
        description (None | str | Unset):
        pricing_item_id (None | str | Unset):
        pricing_item_config_id (None | str | Unset):
        product_items (list[ProductItem] | None | Unset):
        type_ (None | str | Unset): Kind of line; REVENUE, COMMITMENT and DISCOUNT are known.
        pricing_type (None | str | Unset): Pricing model, for REVENUE lines.
        commitment_type (None | str | Unset): Commitment kind, for COMMITMENT lines.
        discount_type (None | str | Unset): Discount kind, for DISCOUNT lines.
        coupon_data (InvoiceLineCouponData | None | Unset):
        tax_categories (list[InvoiceTaxCategorySummary] | None | Unset):
        amount_excluding_tax (Amount | None | Unset):
        amount_including_tax (Amount | None | Unset):
        conditions (MeterConditions | None | Unset):
        meter_value (InvoiceLineMeterValue | None | Unset):
        details (None | PricingItemSummaryPriceDetails | Unset): How the line's price was worked out.
        sub_lines (list[InvoiceSubLine] | None | Unset):
    """

    id: None | str | Unset = UNSET
    line_order: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    pricing_item_id: None | str | Unset = UNSET
    pricing_item_config_id: None | str | Unset = UNSET
    product_items: list[ProductItem] | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    pricing_type: None | str | Unset = UNSET
    commitment_type: None | str | Unset = UNSET
    discount_type: None | str | Unset = UNSET
    coupon_data: InvoiceLineCouponData | None | Unset = UNSET
    tax_categories: list[InvoiceTaxCategorySummary] | None | Unset = UNSET
    amount_excluding_tax: Amount | None | Unset = UNSET
    amount_including_tax: Amount | None | Unset = UNSET
    conditions: MeterConditions | None | Unset = UNSET
    meter_value: InvoiceLineMeterValue | None | Unset = UNSET
    details: None | PricingItemSummaryPriceDetails | Unset = UNSET
    sub_lines: list[InvoiceSubLine] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amount import Amount
        from ..models.invoice_line_coupon_data import InvoiceLineCouponData
        from ..models.invoice_line_meter_value import InvoiceLineMeterValue
        from ..models.meter_conditions import MeterConditions
        from ..models.pricing_item_summary_price_details import PricingItemSummaryPriceDetails

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        line_order: int | None | Unset
        if isinstance(self.line_order, Unset):
            line_order = UNSET
        else:
            line_order = self.line_order

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pricing_item_id: None | str | Unset
        if isinstance(self.pricing_item_id, Unset):
            pricing_item_id = UNSET
        else:
            pricing_item_id = self.pricing_item_id

        pricing_item_config_id: None | str | Unset
        if isinstance(self.pricing_item_config_id, Unset):
            pricing_item_config_id = UNSET
        else:
            pricing_item_config_id = self.pricing_item_config_id

        product_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_items, Unset):
            product_items = UNSET
        elif isinstance(self.product_items, list):
            product_items = []
            for product_items_type_0_item_data in self.product_items:
                product_items_type_0_item = product_items_type_0_item_data.to_dict()
                product_items.append(product_items_type_0_item)

        else:
            product_items = self.product_items

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        pricing_type: None | str | Unset
        if isinstance(self.pricing_type, Unset):
            pricing_type = UNSET
        else:
            pricing_type = self.pricing_type

        commitment_type: None | str | Unset
        if isinstance(self.commitment_type, Unset):
            commitment_type = UNSET
        else:
            commitment_type = self.commitment_type

        discount_type: None | str | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = self.discount_type

        coupon_data: dict[str, Any] | None | Unset
        if isinstance(self.coupon_data, Unset):
            coupon_data = UNSET
        elif isinstance(self.coupon_data, InvoiceLineCouponData):
            coupon_data = self.coupon_data.to_dict()
        else:
            coupon_data = self.coupon_data

        tax_categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_categories, Unset):
            tax_categories = UNSET
        elif isinstance(self.tax_categories, list):
            tax_categories = []
            for tax_categories_type_0_item_data in self.tax_categories:
                tax_categories_type_0_item = tax_categories_type_0_item_data.to_dict()
                tax_categories.append(tax_categories_type_0_item)

        else:
            tax_categories = self.tax_categories

        amount_excluding_tax: dict[str, Any] | None | Unset
        if isinstance(self.amount_excluding_tax, Unset):
            amount_excluding_tax = UNSET
        elif isinstance(self.amount_excluding_tax, Amount):
            amount_excluding_tax = self.amount_excluding_tax.to_dict()
        else:
            amount_excluding_tax = self.amount_excluding_tax

        amount_including_tax: dict[str, Any] | None | Unset
        if isinstance(self.amount_including_tax, Unset):
            amount_including_tax = UNSET
        elif isinstance(self.amount_including_tax, Amount):
            amount_including_tax = self.amount_including_tax.to_dict()
        else:
            amount_including_tax = self.amount_including_tax

        conditions: dict[str, Any] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, MeterConditions):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions

        meter_value: dict[str, Any] | None | Unset
        if isinstance(self.meter_value, Unset):
            meter_value = UNSET
        elif isinstance(self.meter_value, InvoiceLineMeterValue):
            meter_value = self.meter_value.to_dict()
        else:
            meter_value = self.meter_value

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, PricingItemSummaryPriceDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        sub_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.sub_lines, Unset):
            sub_lines = UNSET
        elif isinstance(self.sub_lines, list):
            sub_lines = []
            for sub_lines_type_0_item_data in self.sub_lines:
                sub_lines_type_0_item = sub_lines_type_0_item_data.to_dict()
                sub_lines.append(sub_lines_type_0_item)

        else:
            sub_lines = self.sub_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if line_order is not UNSET:
            field_dict["line_order"] = line_order
        if description is not UNSET:
            field_dict["description"] = description
        if pricing_item_id is not UNSET:
            field_dict["pricing_item_id"] = pricing_item_id
        if pricing_item_config_id is not UNSET:
            field_dict["pricing_item_config_id"] = pricing_item_config_id
        if product_items is not UNSET:
            field_dict["product_items"] = product_items
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pricing_type is not UNSET:
            field_dict["pricing_type"] = pricing_type
        if commitment_type is not UNSET:
            field_dict["commitment_type"] = commitment_type
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if coupon_data is not UNSET:
            field_dict["coupon_data"] = coupon_data
        if tax_categories is not UNSET:
            field_dict["tax_categories"] = tax_categories
        if amount_excluding_tax is not UNSET:
            field_dict["amount_excluding_tax"] = amount_excluding_tax
        if amount_including_tax is not UNSET:
            field_dict["amount_including_tax"] = amount_including_tax
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if meter_value is not UNSET:
            field_dict["meter_value"] = meter_value
        if details is not UNSET:
            field_dict["details"] = details
        if sub_lines is not UNSET:
            field_dict["sub_lines"] = sub_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.invoice_line_coupon_data import InvoiceLineCouponData
        from ..models.invoice_line_meter_value import InvoiceLineMeterValue
        from ..models.invoice_sub_line import InvoiceSubLine
        from ..models.invoice_tax_category_summary import InvoiceTaxCategorySummary
        from ..models.meter_conditions import MeterConditions
        from ..models.pricing_item_summary_price_details import PricingItemSummaryPriceDetails
        from ..models.product_item import ProductItem

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_line_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line_order = _parse_line_order(d.pop("line_order", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_pricing_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_item_id = _parse_pricing_item_id(d.pop("pricing_item_id", UNSET))

        def _parse_pricing_item_config_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_item_config_id = _parse_pricing_item_config_id(d.pop("pricing_item_config_id", UNSET))

        def _parse_product_items(data: object) -> list[ProductItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_items_type_0 = []
                _product_items_type_0 = data
                for product_items_type_0_item_data in _product_items_type_0:
                    product_items_type_0_item = ProductItem.from_dict(product_items_type_0_item_data)

                    product_items_type_0.append(product_items_type_0_item)

                return product_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductItem] | None | Unset, data)

        product_items = _parse_product_items(d.pop("product_items", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_pricing_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_type = _parse_pricing_type(d.pop("pricing_type", UNSET))

        def _parse_commitment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commitment_type = _parse_commitment_type(d.pop("commitment_type", UNSET))

        def _parse_discount_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discount_type = _parse_discount_type(d.pop("discount_type", UNSET))

        def _parse_coupon_data(data: object) -> InvoiceLineCouponData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_data_type_0 = InvoiceLineCouponData.from_dict(data)

                return coupon_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceLineCouponData | None | Unset, data)

        coupon_data = _parse_coupon_data(d.pop("coupon_data", UNSET))

        def _parse_tax_categories(data: object) -> list[InvoiceTaxCategorySummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_categories_type_0 = []
                _tax_categories_type_0 = data
                for tax_categories_type_0_item_data in _tax_categories_type_0:
                    tax_categories_type_0_item = InvoiceTaxCategorySummary.from_dict(tax_categories_type_0_item_data)

                    tax_categories_type_0.append(tax_categories_type_0_item)

                return tax_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceTaxCategorySummary] | None | Unset, data)

        tax_categories = _parse_tax_categories(d.pop("tax_categories", UNSET))

        def _parse_amount_excluding_tax(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_excluding_tax_type_0 = Amount.from_dict(data)

                return amount_excluding_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        amount_excluding_tax = _parse_amount_excluding_tax(d.pop("amount_excluding_tax", UNSET))

        def _parse_amount_including_tax(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_including_tax_type_0 = Amount.from_dict(data)

                return amount_including_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        amount_including_tax = _parse_amount_including_tax(d.pop("amount_including_tax", UNSET))

        def _parse_conditions(data: object) -> MeterConditions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_type_0 = MeterConditions.from_dict(data)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterConditions | None | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        def _parse_meter_value(data: object) -> InvoiceLineMeterValue | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_value_type_0 = InvoiceLineMeterValue.from_dict(data)

                return meter_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceLineMeterValue | None | Unset, data)

        meter_value = _parse_meter_value(d.pop("meter_value", UNSET))

        def _parse_details(data: object) -> None | PricingItemSummaryPriceDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = PricingItemSummaryPriceDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingItemSummaryPriceDetails | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_sub_lines(data: object) -> list[InvoiceSubLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_lines_type_0 = []
                _sub_lines_type_0 = data
                for sub_lines_type_0_item_data in _sub_lines_type_0:
                    sub_lines_type_0_item = InvoiceSubLine.from_dict(sub_lines_type_0_item_data)

                    sub_lines_type_0.append(sub_lines_type_0_item)

                return sub_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceSubLine] | None | Unset, data)

        sub_lines = _parse_sub_lines(d.pop("sub_lines", UNSET))

        invoice_line = cls(
            id=id,
            line_order=line_order,
            description=description,
            pricing_item_id=pricing_item_id,
            pricing_item_config_id=pricing_item_config_id,
            product_items=product_items,
            type_=type_,
            pricing_type=pricing_type,
            commitment_type=commitment_type,
            discount_type=discount_type,
            coupon_data=coupon_data,
            tax_categories=tax_categories,
            amount_excluding_tax=amount_excluding_tax,
            amount_including_tax=amount_including_tax,
            conditions=conditions,
            meter_value=meter_value,
            details=details,
            sub_lines=sub_lines,
        )

        invoice_line.additional_properties = d
        return invoice_line

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
