from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="UpdatePricingPlanSubscriptionGroupRequest")


@_attrs_define
class UpdatePricingPlanSubscriptionGroupRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        owner_customer_id (None | str | Unset):
        owner_customer (Customer | None | Unset):
        pricing_plan_subscription_ids (list[str] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    owner_customer_id: None | str | Unset = UNSET
    owner_customer: Customer | None | Unset = UNSET
    pricing_plan_subscription_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer

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

        reference = self.reference

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner_customer_id: None | str | Unset
        if isinstance(self.owner_customer_id, Unset):
            owner_customer_id = UNSET
        else:
            owner_customer_id = self.owner_customer_id

        owner_customer: dict[str, Any] | None | Unset
        if isinstance(self.owner_customer, Unset):
            owner_customer = UNSET
        elif isinstance(self.owner_customer, Customer):
            owner_customer = self.owner_customer.to_dict()
        else:
            owner_customer = self.owner_customer

        pricing_plan_subscription_ids: list[str] | None | Unset
        if isinstance(self.pricing_plan_subscription_ids, Unset):
            pricing_plan_subscription_ids = UNSET
        elif isinstance(self.pricing_plan_subscription_ids, list):
            pricing_plan_subscription_ids = self.pricing_plan_subscription_ids

        else:
            pricing_plan_subscription_ids = self.pricing_plan_subscription_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if owner_customer_id is not UNSET:
            field_dict["owner_customer_id"] = owner_customer_id
        if owner_customer is not UNSET:
            field_dict["owner_customer"] = owner_customer
        if pricing_plan_subscription_ids is not UNSET:
            field_dict["pricing_plan_subscription_ids"] = pricing_plan_subscription_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer

        d = dict(src_dict)

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

        reference = d.pop("reference", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_owner_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_customer_id = _parse_owner_customer_id(d.pop("owner_customer_id", UNSET))

        def _parse_owner_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_customer_type_0 = Customer.from_dict(data)

                return owner_customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        owner_customer = _parse_owner_customer(d.pop("owner_customer", UNSET))

        def _parse_pricing_plan_subscription_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plan_subscription_ids_type_0 = cast(list[str], data)

                return pricing_plan_subscription_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pricing_plan_subscription_ids = _parse_pricing_plan_subscription_ids(
            d.pop("pricing_plan_subscription_ids", UNSET)
        )

        update_pricing_plan_subscription_group_request = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            name=name,
            description=description,
            owner_customer_id=owner_customer_id,
            owner_customer=owner_customer,
            pricing_plan_subscription_ids=pricing_plan_subscription_ids,
        )

        update_pricing_plan_subscription_group_request.additional_properties = d
        return update_pricing_plan_subscription_group_request

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
