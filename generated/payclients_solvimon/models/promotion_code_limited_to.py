from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="PromotionCodeLimitedTo")


@_attrs_define
class PromotionCodeLimitedTo:
    """
    Attributes:
        customer_ids (list[str] | None | Unset):
        customers (list[Customer] | None | Unset):
    """

    customer_ids: list[str] | None | Unset = UNSET
    customers: list[Customer] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_ids: list[str] | None | Unset
        if isinstance(self.customer_ids, Unset):
            customer_ids = UNSET
        elif isinstance(self.customer_ids, list):
            customer_ids = self.customer_ids

        else:
            customer_ids = self.customer_ids

        customers: list[dict[str, Any]] | None | Unset
        if isinstance(self.customers, Unset):
            customers = UNSET
        elif isinstance(self.customers, list):
            customers = []
            for customers_type_0_item_data in self.customers:
                customers_type_0_item = customers_type_0_item_data.to_dict()
                customers.append(customers_type_0_item)

        else:
            customers = self.customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_ids is not UNSET:
            field_dict["customer_ids"] = customer_ids
        if customers is not UNSET:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer

        d = dict(src_dict)

        def _parse_customer_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_ids_type_0 = cast(list[str], data)

                return customer_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        customer_ids = _parse_customer_ids(d.pop("customer_ids", UNSET))

        def _parse_customers(data: object) -> list[Customer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customers_type_0 = []
                _customers_type_0 = data
                for customers_type_0_item_data in _customers_type_0:
                    customers_type_0_item = Customer.from_dict(customers_type_0_item_data)

                    customers_type_0.append(customers_type_0_item)

                return customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Customer] | None | Unset, data)

        customers = _parse_customers(d.pop("customers", UNSET))

        promotion_code_limited_to = cls(
            customer_ids=customer_ids,
            customers=customers,
        )

        promotion_code_limited_to.additional_properties = d
        return promotion_code_limited_to

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
