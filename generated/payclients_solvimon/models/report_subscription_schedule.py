from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_subscription_schedule_day_of_week import ReportSubscriptionScheduleDayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportSubscriptionSchedule")


@_attrs_define
class ReportSubscriptionSchedule:
    """
    Attributes:
        time_of_day (int | None | Unset):
        day_of_week (None | ReportSubscriptionScheduleDayOfWeek | Unset):
        day_of_month (int | None | Unset):
    """

    time_of_day: int | None | Unset = UNSET
    day_of_week: None | ReportSubscriptionScheduleDayOfWeek | Unset = UNSET
    day_of_month: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_of_day: int | None | Unset
        if isinstance(self.time_of_day, Unset):
            time_of_day = UNSET
        else:
            time_of_day = self.time_of_day

        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        elif isinstance(self.day_of_week, ReportSubscriptionScheduleDayOfWeek):
            day_of_week = self.day_of_week.value
        else:
            day_of_week = self.day_of_week

        day_of_month: int | None | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_of_day is not UNSET:
            field_dict["time_of_day"] = time_of_day
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_time_of_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_of_day = _parse_time_of_day(d.pop("time_of_day", UNSET))

        def _parse_day_of_week(data: object) -> None | ReportSubscriptionScheduleDayOfWeek | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_of_week_type_0 = ReportSubscriptionScheduleDayOfWeek(data)

                return day_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSubscriptionScheduleDayOfWeek | Unset, data)

        day_of_week = _parse_day_of_week(d.pop("day_of_week", UNSET))

        def _parse_day_of_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_month = _parse_day_of_month(d.pop("day_of_month", UNSET))

        report_subscription_schedule = cls(
            time_of_day=time_of_day,
            day_of_week=day_of_week,
            day_of_month=day_of_month,
        )

        report_subscription_schedule.additional_properties = d
        return report_subscription_schedule

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
