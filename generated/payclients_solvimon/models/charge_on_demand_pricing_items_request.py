from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_on_demand_pricing_item import ChargeOnDemandPricingItem


T = TypeVar("T", bound="ChargeOnDemandPricingItemsRequest")


@_attrs_define
class ChargeOnDemandPricingItemsRequest:
    """Body for invoicing on-demand pricing items of a pricing plan schedule.

    Attributes:
        pricing_plan_schedule_id (str): Schedule the pricing items belong to.
        pricing_items (list[ChargeOnDemandPricingItem]): Pricing items to charge.
        start_at (datetime.datetime | None | Unset):
        finalize_immediately (bool | None | Unset): Finalise the invoice straight away.
        payment_method_id (None | str | Unset): Stored payment method to charge.
        preview (bool | None | Unset): Only preview the resulting invoice.
    """

    pricing_plan_schedule_id: str
    pricing_items: list[ChargeOnDemandPricingItem]
    start_at: datetime.datetime | None | Unset = UNSET
    finalize_immediately: bool | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    preview: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_schedule_id = self.pricing_plan_schedule_id

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

        finalize_immediately: bool | None | Unset
        if isinstance(self.finalize_immediately, Unset):
            finalize_immediately = UNSET
        else:
            finalize_immediately = self.finalize_immediately

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        preview: bool | None | Unset
        if isinstance(self.preview, Unset):
            preview = UNSET
        else:
            preview = self.preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pricing_plan_schedule_id": pricing_plan_schedule_id,
                "pricing_items": pricing_items,
            }
        )
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if finalize_immediately is not UNSET:
            field_dict["finalize_immediately"] = finalize_immediately
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_on_demand_pricing_item import ChargeOnDemandPricingItem

        d = dict(src_dict)
        pricing_plan_schedule_id = d.pop("pricing_plan_schedule_id")

        pricing_items = []
        _pricing_items = d.pop("pricing_items")
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

        def _parse_finalize_immediately(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        finalize_immediately = _parse_finalize_immediately(d.pop("finalize_immediately", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_preview(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preview = _parse_preview(d.pop("preview", UNSET))

        charge_on_demand_pricing_items_request = cls(
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            pricing_items=pricing_items,
            start_at=start_at,
            finalize_immediately=finalize_immediately,
            payment_method_id=payment_method_id,
            preview=preview,
        )

        charge_on_demand_pricing_items_request.additional_properties = d
        return charge_on_demand_pricing_items_request

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
