from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_category import TaxCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductCategoryRequest")


@_attrs_define
class CreateProductCategoryRequest:
    """
    Attributes:
        name (str):
        reference (str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        description (None | str | Unset):
        tax_category (None | TaxCategory | Unset):
        display_order (int | None | Unset):
        customer_id (None | str | Unset):
    """

    name: str
    reference: str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tax_category: None | TaxCategory | Unset = UNSET
    display_order: int | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference = self.reference

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tax_category: None | str | Unset
        if isinstance(self.tax_category, Unset):
            tax_category = UNSET
        elif isinstance(self.tax_category, TaxCategory):
            tax_category = self.tax_category.value
        else:
            tax_category = self.tax_category

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "reference": reference,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        reference = d.pop("reference")

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tax_category(data: object) -> None | TaxCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_category_type_0 = TaxCategory(data)

                return tax_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxCategory | Unset, data)

        tax_category = _parse_tax_category(d.pop("tax_category", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        create_product_category_request = cls(
            name=name,
            reference=reference,
            object_type=object_type,
            id=id,
            description=description,
            tax_category=tax_category,
            display_order=display_order,
            customer_id=customer_id,
        )

        create_product_category_request.additional_properties = d
        return create_product_category_request

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
