from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan_version_selector import PricingPlanVersionSelector


T = TypeVar("T", bound="MigratePricingPlanScheduleRequest")


@_attrs_define
class MigratePricingPlanScheduleRequest:
    """
    Attributes:
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | None | Unset):
        pricing_plan_version_id (None | str | Unset):
        pricing_plan_version_selector (PricingPlanVersionSelector | Unset):
        realign_invoice_date_to_pricing_plan_schedule_start_at (bool | None | Unset):
    """

    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    pricing_plan_version_id: None | str | Unset = UNSET
    pricing_plan_version_selector: PricingPlanVersionSelector | Unset = UNSET
    realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        pricing_plan_version_id: None | str | Unset
        if isinstance(self.pricing_plan_version_id, Unset):
            pricing_plan_version_id = UNSET
        else:
            pricing_plan_version_id = self.pricing_plan_version_id

        pricing_plan_version_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_version_selector, Unset):
            pricing_plan_version_selector = self.pricing_plan_version_selector.to_dict()

        realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None | Unset
        if isinstance(self.realign_invoice_date_to_pricing_plan_schedule_start_at, Unset):
            realign_invoice_date_to_pricing_plan_schedule_start_at = UNSET
        else:
            realign_invoice_date_to_pricing_plan_schedule_start_at = (
                self.realign_invoice_date_to_pricing_plan_schedule_start_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if pricing_plan_version_selector is not UNSET:
            field_dict["pricing_plan_version_selector"] = pricing_plan_version_selector
        if realign_invoice_date_to_pricing_plan_schedule_start_at is not UNSET:
            field_dict["realign_invoice_date_to_pricing_plan_schedule_start_at"] = (
                realign_invoice_date_to_pricing_plan_schedule_start_at
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_plan_version_selector import PricingPlanVersionSelector

        d = dict(src_dict)
        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

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

        def _parse_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_version_id = _parse_pricing_plan_version_id(d.pop("pricing_plan_version_id", UNSET))

        _pricing_plan_version_selector = d.pop("pricing_plan_version_selector", UNSET)
        pricing_plan_version_selector: PricingPlanVersionSelector | Unset
        if isinstance(_pricing_plan_version_selector, Unset):
            pricing_plan_version_selector = UNSET
        else:
            pricing_plan_version_selector = PricingPlanVersionSelector.from_dict(_pricing_plan_version_selector)

        def _parse_realign_invoice_date_to_pricing_plan_schedule_start_at(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        realign_invoice_date_to_pricing_plan_schedule_start_at = (
            _parse_realign_invoice_date_to_pricing_plan_schedule_start_at(
                d.pop("realign_invoice_date_to_pricing_plan_schedule_start_at", UNSET)
            )
        )

        migrate_pricing_plan_schedule_request = cls(
            start_at=start_at,
            end_at=end_at,
            pricing_plan_version_id=pricing_plan_version_id,
            pricing_plan_version_selector=pricing_plan_version_selector,
            realign_invoice_date_to_pricing_plan_schedule_start_at=realign_invoice_date_to_pricing_plan_schedule_start_at,
        )

        migrate_pricing_plan_schedule_request.additional_properties = d
        return migrate_pricing_plan_schedule_request

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
