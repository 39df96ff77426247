from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product import Product
    from ..models.product_category import ProductCategory
    from ..models.product_item import ProductItem


T = TypeVar("T", bound="CouponLimitedTo")


@_attrs_define
class CouponLimitedTo:
    """
    Attributes:
        product_category_ids (list[str] | None | Unset):
        product_ids (list[str] | None | Unset):
        product_item_ids (list[str] | None | Unset):
        product_categories (list[ProductCategory] | None | Unset):
        products (list[Product] | None | Unset):
        product_items (list[ProductItem] | None | Unset):
    """

    product_category_ids: list[str] | None | Unset = UNSET
    product_ids: list[str] | None | Unset = UNSET
    product_item_ids: list[str] | None | Unset = UNSET
    product_categories: list[ProductCategory] | None | Unset = UNSET
    products: list[Product] | None | Unset = UNSET
    product_items: list[ProductItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_category_ids: list[str] | None | Unset
        if isinstance(self.product_category_ids, Unset):
            product_category_ids = UNSET
        elif isinstance(self.product_category_ids, list):
            product_category_ids = self.product_category_ids

        else:
            product_category_ids = self.product_category_ids

        product_ids: list[str] | None | Unset
        if isinstance(self.product_ids, Unset):
            product_ids = UNSET
        elif isinstance(self.product_ids, list):
            product_ids = self.product_ids

        else:
            product_ids = self.product_ids

        product_item_ids: list[str] | None | Unset
        if isinstance(self.product_item_ids, Unset):
            product_item_ids = UNSET
        elif isinstance(self.product_item_ids, list):
            product_item_ids = self.product_item_ids

        else:
            product_item_ids = self.product_item_ids

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_category_ids is not UNSET:
            field_dict["product_category_ids"] = product_category_ids
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        if product_item_ids is not UNSET:
            field_dict["product_item_ids"] = product_item_ids
        if product_categories is not UNSET:
            field_dict["product_categories"] = product_categories
        if products is not UNSET:
            field_dict["products"] = products
        if product_items is not UNSET:
            field_dict["product_items"] = product_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product import Product
        from ..models.product_category import ProductCategory
        from ..models.product_item import ProductItem

        d = dict(src_dict)

        def _parse_product_category_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_category_ids_type_0 = cast(list[str], data)

                return product_category_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        product_category_ids = _parse_product_category_ids(d.pop("product_category_ids", UNSET))

        def _parse_product_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_ids_type_0 = cast(list[str], data)

                return product_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        product_ids = _parse_product_ids(d.pop("product_ids", UNSET))

        def _parse_product_item_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_item_ids_type_0 = cast(list[str], data)

                return product_item_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        product_item_ids = _parse_product_item_ids(d.pop("product_item_ids", UNSET))

        def _parse_product_categories(data: object) -> list[ProductCategory] | None | Unset:
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
                    product_categories_type_0_item = ProductCategory.from_dict(product_categories_type_0_item_data)

                    product_categories_type_0.append(product_categories_type_0_item)

                return product_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductCategory] | None | Unset, data)

        product_categories = _parse_product_categories(d.pop("product_categories", UNSET))

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

        coupon_limited_to = cls(
            product_category_ids=product_category_ids,
            product_ids=product_ids,
            product_item_ids=product_item_ids,
            product_categories=product_categories,
            products=products,
            product_items=product_items,
        )

        coupon_limited_to.additional_properties = d
        return coupon_limited_to

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
