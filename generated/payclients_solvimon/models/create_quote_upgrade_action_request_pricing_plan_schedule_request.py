from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest")


@_attrs_define
class CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest:
    """
    Attributes:
        pricing_plan_version_id (None | str | Unset):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | None | Unset):
    """

    pricing_plan_version_id: None | str | Unset = UNSET
    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_version_id: None | str | Unset
        if isinstance(self.pricing_plan_version_id, Unset):
            pricing_plan_version_id = UNSET
        else:
            pricing_plan_version_id = self.pricing_plan_version_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_version_id is not UNSET:
            field_dict["pricing_plan_version_id"] = pricing_plan_version_id
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_version_id = _parse_pricing_plan_version_id(d.pop("pricing_plan_version_id", UNSET))

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

        create_quote_upgrade_action_request_pricing_plan_schedule_request = cls(
            pricing_plan_version_id=pricing_plan_version_id,
            start_at=start_at,
            end_at=end_at,
        )

        create_quote_upgrade_action_request_pricing_plan_schedule_request.additional_properties = d
        return create_quote_upgrade_action_request_pricing_plan_schedule_request

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
