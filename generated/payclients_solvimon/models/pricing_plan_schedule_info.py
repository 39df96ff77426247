from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan import PricingPlan
    from ..models.pricing_plan_schedule import PricingPlanSchedule
    from ..models.pricing_plan_version import PricingPlanVersion


T = TypeVar("T", bound="PricingPlanScheduleInfo")


@_attrs_define
class PricingPlanScheduleInfo:
    """
    Attributes:
        id (None | str | Unset):
        pricing_plan_schedule (None | PricingPlanSchedule | Unset):
        pricing_plan_id (None | str | Unset):
        pricing_plan (None | PricingPlan | Unset):
        pricing_plan_version_id (None | str | Unset):
        pricing_plan_version (None | PricingPlanVersion | Unset):
        start_at (None | str | Unset):
        end_at (None | str | Unset):
        realign_invoice_date_to_pricing_plan_schedule_start_at (bool | None | Unset):
    """

    id: None | str | Unset = UNSET
    pricing_plan_schedule: None | PricingPlanSchedule | Unset = UNSET
    pricing_plan_id: None | str | Unset = UNSET
    pricing_plan: None | PricingPlan | Unset = UNSET
    pricing_plan_version_id: None | str | Unset = UNSET
    pricing_plan_version: None | PricingPlanVersion | Unset = UNSET
    start_at: None | str | Unset = UNSET
    end_at: None | str | Unset = UNSET
    realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_plan import PricingPlan
        from ..models.pricing_plan_schedule import PricingPlanSchedule
        from ..models.pricing_plan_version import PricingPlanVersion

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        pricing_plan_schedule: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_schedule, Unset):
            pricing_plan_schedule = UNSET
        elif isinstance(self.pricing_plan_schedule, PricingPlanSchedule):
            pricing_plan_schedule = self.pricing_plan_schedule.to_dict()
        else:
            pricing_plan_schedule = self.pricing_plan_schedule

        pricing_plan_id: None | str | Unset
        if isinstance(self.pricing_plan_id, Unset):
            pricing_plan_id = UNSET
        else:
            pricing_plan_id = self.pricing_plan_id

        pricing_plan: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan, Unset):
            pricing_plan = UNSET
        elif isinstance(self.pricing_plan, PricingPlan):
            pricing_plan = self.pricing_plan.to_dict()
        else:
            pricing_plan = self.pricing_plan

        pricing_plan_version_id: None | str | Unset
        if isinstance(self.pricing_plan_version_id, Unset):
            pricing_plan_version_id = UNSET
        else:
            pricing_plan_version_id = self.pricing_plan_version_id

        pricing_plan_version: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_version, Unset):
            pricing_plan_version = UNSET
        elif isinstance(self.pricing_plan_version, PricingPlanVersion):
            pricing_plan_version = self.pricing_plan_version.to_dict()
        else:
            pricing_plan_version = self.pricing_plan_version

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        else:
            end_at = self.end_at

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
        if id is not UNSET:
            field_dict["id"] = id
        if pricing_plan_schedule is not UNSET:
            field_dict["pricing_plan_schedule"] = pricing_plan_schedule
        if pricing_plan_id is not UNSET:
            field_dict["pricing_plan_id"] = pricing_plan_id
        if pricing_plan is not UNSET:
            field_dict["pricing_plan"] = pricing_plan
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if pricing_plan_version is not UNSET:
            field_dict["pricing_plan_version"] = pricing_plan_version
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if realign_invoice_date_to_pricing_plan_schedule_start_at is not UNSET:
            field_dict["realign_invoice_date_to_pricing_plan_schedule_start_at"] = (
                realign_invoice_date_to_pricing_plan_schedule_start_at
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_plan import PricingPlan
        from ..models.pricing_plan_schedule import PricingPlanSchedule
        from ..models.pricing_plan_version import PricingPlanVersion

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_pricing_plan_schedule(data: object) -> None | PricingPlanSchedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_schedule_type_0 = PricingPlanSchedule.from_dict(data)

                return pricing_plan_schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSchedule | Unset, data)

        pricing_plan_schedule = _parse_pricing_plan_schedule(d.pop("pricing_plan_schedule", UNSET))

        def _parse_pricing_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_id = _parse_pricing_plan_id(d.pop("pricing_plan_id", UNSET))

        def _parse_pricing_plan(data: object) -> None | PricingPlan | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_type_0 = PricingPlan.from_dict(data)

                return pricing_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlan | Unset, data)

        pricing_plan = _parse_pricing_plan(d.pop("pricing_plan", UNSET))

        def _parse_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_version_id = _parse_pricing_plan_version_id(d.pop("pricing_plan_version_id", UNSET))

        def _parse_pricing_plan_version(data: object) -> None | PricingPlanVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_version_type_0 = PricingPlanVersion.from_dict(data)

                return pricing_plan_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanVersion | Unset, data)

        pricing_plan_version = _parse_pricing_plan_version(d.pop("pricing_plan_version", UNSET))

        def _parse_start_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_end_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

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

        pricing_plan_schedule_info = cls(
            id=id,
            pricing_plan_schedule=pricing_plan_schedule,
            pricing_plan_id=pricing_plan_id,
            pricing_plan=pricing_plan,
            pricing_plan_version_id=pricing_plan_version_id,
            pricing_plan_version=pricing_plan_version,
            start_at=start_at,
            end_at=end_at,
            realign_invoice_date_to_pricing_plan_schedule_start_at=realign_invoice_date_to_pricing_plan_schedule_start_at,
        )

        pricing_plan_schedule_info.additional_properties = d
        return pricing_plan_schedule_info

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
