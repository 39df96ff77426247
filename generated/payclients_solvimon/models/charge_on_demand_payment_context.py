from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_on_demand_pricing_item import ChargeOnDemandPricingItem


T = TypeVar("T", bound="ChargeOnDemandPaymentContext")


@_attrs_define
class ChargeOnDemandPaymentContext:
    """Payment for on-demand pricing items.

    Attributes:
        pricing_plan_schedule_id (str | Unset):
        pricing_items (list[ChargeOnDemandPricingItem] | Unset):
        start_at (datetime.datetime | None | Unset):
    """

    pricing_plan_schedule_id: str | Unset = UNSET
    pricing_items: list[ChargeOnDemandPricingItem] | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_schedule_id = self.pricing_plan_schedule_id

        pricing_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing_items, Unset):
            pricing_items = []
            for pricing_items_item_data in self.pricing_items:
                pricing_items_item = pricing_items_item_data.to_dict()
                pricing_items.append(pricing_items_item)

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if pricing_items is not UNSET:
            field_dict["pricing_items"] = pricing_items
        if start_at is not UNSET:
            field_dict["start_at"] = start_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_on_demand_pricing_item import ChargeOnDemandPricingItem

        d = dict(src_dict)
        pricing_plan_schedule_id = d.pop("pricing_plan_schedule_id", UNSET)

        _pricing_items = d.pop("pricing_items", UNSET)
        pricing_items: list[ChargeOnDemandPricingItem] | Unset = UNSET
        if _pricing_items is not UNSET:
            pricing_items = []
            for pricing_items_item_data in _pricing_items:
                pricing_items_item = ChargeOnDemandPricingItem.from_dict(pricing_items_item_data)

                pricing_items.append(pricing_items_item)

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

        charge_on_demand_payment_context = cls(
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            pricing_items=pricing_items,
            start_at=start_at,
        )

        charge_on_demand_payment_context.additional_properties = d
        return charge_on_demand_payment_context

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
