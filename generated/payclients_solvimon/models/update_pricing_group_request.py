from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_group_selection_constraint import PricingGroupSelectionConstraint
from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_pricing_request import UpdatePricingRequest


T = TypeVar("T", bound="UpdatePricingGroupRequest")


@_attrs_define
class UpdatePricingGroupRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        pricing_plan_version_id (None | str | Unset):
        pricing_plan_schedule_id (None | str | Unset):
        name (None | str | Unset):
        product_type (None | ProductType | Unset):
        selection_constraint (None | PricingGroupSelectionConstraint | Unset):
        display_order (int | None | Unset):
        pricings (list[UpdatePricingRequest] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    pricing_plan_version_id: None | str | Unset = UNSET
    pricing_plan_schedule_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    product_type: None | ProductType | Unset = UNSET
    selection_constraint: None | PricingGroupSelectionConstraint | Unset = UNSET
    display_order: int | None | Unset = UNSET
    pricings: list[UpdatePricingRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        pricing_plan_version_id: None | str | Unset
        if isinstance(self.pricing_plan_version_id, Unset):
            pricing_plan_version_id = UNSET
        else:
            pricing_plan_version_id = self.pricing_plan_version_id

        pricing_plan_schedule_id: None | str | Unset
        if isinstance(self.pricing_plan_schedule_id, Unset):
            pricing_plan_schedule_id = UNSET
        else:
            pricing_plan_schedule_id = self.pricing_plan_schedule_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, ProductType):
            product_type = self.product_type.value
        else:
            product_type = self.product_type

        selection_constraint: None | str | Unset
        if isinstance(self.selection_constraint, Unset):
            selection_constraint = UNSET
        elif isinstance(self.selection_constraint, PricingGroupSelectionConstraint):
            selection_constraint = self.selection_constraint.value
        else:
            selection_constraint = self.selection_constraint

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if name is not UNSET:
            field_dict["name"] = name
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if selection_constraint is not UNSET:
            field_dict["selection_constraint"] = selection_constraint
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if pricings is not UNSET:
            field_dict["pricings"] = pricings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_pricing_request import UpdatePricingRequest

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

        def _parse_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_version_id = _parse_pricing_plan_version_id(d.pop("pricing_plan_version_id", UNSET))

        def _parse_pricing_plan_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_schedule_id = _parse_pricing_plan_schedule_id(d.pop("pricing_plan_schedule_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_product_type(data: object) -> None | ProductType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_type_type_0 = ProductType(data)

                return product_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductType | Unset, data)

        product_type = _parse_product_type(d.pop("product_type", UNSET))

        def _parse_selection_constraint(data: object) -> None | PricingGroupSelectionConstraint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                selection_constraint_type_0 = PricingGroupSelectionConstraint(data)

                return selection_constraint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingGroupSelectionConstraint | Unset, data)

        selection_constraint = _parse_selection_constraint(d.pop("selection_constraint", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        def _parse_pricings(data: object) -> list[UpdatePricingRequest] | None | Unset:
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
                    pricings_type_0_item = UpdatePricingRequest.from_dict(pricings_type_0_item_data)

                    pricings_type_0.append(pricings_type_0_item)

                return pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdatePricingRequest] | None | Unset, data)

        pricings = _parse_pricings(d.pop("pricings", UNSET))

        update_pricing_group_request = cls(
            object_type=object_type,
            id=id,
            pricing_plan_version_id=pricing_plan_version_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            name=name,
            product_type=product_type,
            selection_constraint=selection_constraint,
            display_order=display_order,
            pricings=pricings,
        )

        update_pricing_group_request.additional_properties = d
        return update_pricing_group_request

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
