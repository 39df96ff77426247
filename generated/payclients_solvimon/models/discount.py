from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_discount import PricingDiscount
    from ..models.pricing_item_config_discount import PricingItemConfigDiscount
    from ..models.pricing_item_discount import PricingItemDiscount
    from ..models.product_category_discount import ProductCategoryDiscount
    from ..models.product_discount import ProductDiscount
    from ..models.product_item_discount import ProductItemDiscount
    from ..models.total_discount import TotalDiscount


T = TypeVar("T", bound="Discount")


@_attrs_define
class Discount:
    """
    Attributes:
        pricing_item_configs (list[PricingItemConfigDiscount] | None | Unset):
        pricing_items (list[PricingItemDiscount] | None | Unset):
        pricings (list[PricingDiscount] | None | Unset):
        totals (list[TotalDiscount] | None | Unset):
        products (list[ProductDiscount] | None | Unset):
        product_items (list[ProductItemDiscount] | None | Unset):
        product_categories (list[ProductCategoryDiscount] | None | Unset):
    """

    pricing_item_configs: list[PricingItemConfigDiscount] | None | Unset = UNSET
    pricing_items: list[PricingItemDiscount] | None | Unset = UNSET
    pricings: list[PricingDiscount] | None | Unset = UNSET
    totals: list[TotalDiscount] | None | Unset = UNSET
    products: list[ProductDiscount] | None | Unset = UNSET
    product_items: list[ProductItemDiscount] | None | Unset = UNSET
    product_categories: list[ProductCategoryDiscount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_item_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_item_configs, Unset):
            pricing_item_configs = UNSET
        elif isinstance(self.pricing_item_configs, list):
            pricing_item_configs = []
            for pricing_item_configs_type_0_item_data in self.pricing_item_configs:
                pricing_item_configs_type_0_item = pricing_item_configs_type_0_item_data.to_dict()
                pricing_item_configs.append(pricing_item_configs_type_0_item)

        else:
            pricing_item_configs = self.pricing_item_configs

        pricing_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_items, Unset):
            pricing_items = UNSET
        elif isinstance(self.pricing_items, list):
            pricing_items = []
            for pricing_items_type_0_item_data in self.pricing_items:
                pricing_items_type_0_item = pricing_items_type_0_item_data.to_dict()
                pricing_items.append(pricing_items_type_0_item)

        else:
            pricing_items = self.pricing_items

        pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricings, Unset):
            pricings = UNSET
        elif isinstance(self.pricings, list):
            pricings = []
            for pricings_type_0_item_data in self.pricings:
                pricings_type_0_item = pricings_type_0_item_data.to_dict()
                pricings.append(pricings_type_0_item)

        else:
            pricings = self.pricings

        totals: list[dict[str, Any]] | None | Unset
        if isinstance(self.totals, Unset):
            totals = UNSET
        elif isinstance(self.totals, list):
            totals = []
            for totals_type_0_item_data in self.totals:
                totals_type_0_item = totals_type_0_item_data.to_dict()
                totals.append(totals_type_0_item)

        else:
            totals = self.totals

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

        product_categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_categories, Unset):
            product_categories = UNSET
        elif isinstance(self.product_categories, list):
            product_categories = []
            for product_categories_type_0_item_data in self.product_categories:
                product_categories_type_0_item = product_categories_type_0_item_data.to_dict()
                product_categories.append(product_categories_type_0_item)

        else:
            product_categories = self.product_categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_item_configs is not UNSET:
            field_dict["pricing_item_configs"] = pricing_item_configs
        if pricing_items is not UNSET:
            field_dict["pricing_items"] = pricing_items
        if pricings is not UNSET:
            field_dict["pricings"] = pricings
        if totals is not UNSET:
            field_dict["totals"] = totals
        if products is not UNSET:
            field_dict["products"] = products
        if product_items is not UNSET:
            field_dict["product_items"] = product_items
        if product_categories is not UNSET:
            field_dict["product_categories"] = product_categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_discount import PricingDiscount
        from ..models.pricing_item_config_discount import PricingItemConfigDiscount
        from ..models.pricing_item_discount import PricingItemDiscount
        from ..models.product_category_discount import ProductCategoryDiscount
        from ..models.product_discount import ProductDiscount
        from ..models.product_item_discount import ProductItemDiscount
        from ..models.total_discount import TotalDiscount

        d = dict(src_dict)

        def _parse_pricing_item_configs(data: object) -> list[PricingItemConfigDiscount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_item_configs_type_0 = []
                _pricing_item_configs_type_0 = data
                for pricing_item_configs_type_0_item_data in _pricing_item_configs_type_0:
                    pricing_item_configs_type_0_item = PricingItemConfigDiscount.from_dict(
                        pricing_item_configs_type_0_item_data
                    )

                    pricing_item_configs_type_0.append(pricing_item_configs_type_0_item)

                return pricing_item_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemConfigDiscount] | None | Unset, data)

        pricing_item_configs = _parse_pricing_item_configs(d.pop("pricing_item_configs", UNSET))

        def _parse_pricing_items(data: object) -> list[PricingItemDiscount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_items_type_0 = []
                _pricing_items_type_0 = data
                for pricing_items_type_0_item_data in _pricing_items_type_0:
                    pricing_items_type_0_item = PricingItemDiscount.from_dict(pricing_items_type_0_item_data)

                    pricing_items_type_0.append(pricing_items_type_0_item)

                return pricing_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemDiscount] | None | Unset, data)

        pricing_items = _parse_pricing_items(d.pop("pricing_items", UNSET))

        def _parse_pricings(data: object) -> list[PricingDiscount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricings_type_0 = []
                _pricings_type_0 = data
                for pricings_type_0_item_data in _pricings_type_0:
                    pricings_type_0_item = PricingDiscount.from_dict(pricings_type_0_item_data)

                    pricings_type_0.append(pricings_type_0_item)

                return pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingDiscount] | None | Unset, data)

        pricings = _parse_pricings(d.pop("pricings", UNSET))

        def _parse_totals(data: object) -> list[TotalDiscount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                totals_type_0 = []
                _totals_type_0 = data
                for totals_type_0_item_data in _totals_type_0:
                    totals_type_0_item = TotalDiscount.from_dict(totals_type_0_item_data)

                    totals_type_0.append(totals_type_0_item)

                return totals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TotalDiscount] | None | Unset, data)

        totals = _parse_totals(d.pop("totals", UNSET))

        def _parse_products(data: object) -> list[ProductDiscount] | None | Unset:
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
                    products_type_0_item = ProductDiscount.from_dict(products_type_0_item_data)

                    products_type_0.append(products_type_0_item)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductDiscount] | None | Unset, data)

        products = _parse_products(d.pop("products", UNSET))

        def _parse_product_items(data: object) -> list[ProductItemDiscount] | None | Unset:
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
                    product_items_type_0_item = ProductItemDiscount.from_dict(product_items_type_0_item_data)

                    product_items_type_0.append(product_items_type_0_item)

                return product_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductItemDiscount] | None | Unset, data)

        product_items = _parse_product_items(d.pop("product_items", UNSET))

        def _parse_product_categories(data: object) -> list[ProductCategoryDiscount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_categories_type_0 = []
                _product_categories_type_0 = data
                for product_categories_type_0_item_data in _product_categories_type_0:
                    product_categories_type_0_item = ProductCategoryDiscount.from_dict(
                        product_categories_type_0_item_data
                    )

                    product_categories_type_0.append(product_categories_type_0_item)

                return product_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductCategoryDiscount] | None | Unset, data)

        product_categories = _parse_product_categories(d.pop("product_categories", UNSET))

        discount = cls(
            pricing_item_configs=pricing_item_configs,
            pricing_items=pricing_items,
            pricings=pricings,
            totals=totals,
            products=products,
            product_items=product_items,
            product_categories=product_categories,
        )

        discount.additional_properties = d
        return discount

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
