from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_subscription_format import ReportSubscriptionFormat
from ..models.report_subscription_trigger import ReportSubscriptionTrigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_report_location import ExportReportLocation
    from ..models.report_parameter_value import ReportParameterValue
    from ..models.report_subscription_schedule import ReportSubscriptionSchedule


T = TypeVar("T", bound="UpdateReportSubscriptionRequest")


@_attrs_define
class UpdateReportSubscriptionRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        report_configuration_id (str | Unset):
        report_code (None | str | Unset):
        format_ (ReportSubscriptionFormat | Unset):
        trigger (None | ReportSubscriptionTrigger | Unset):
        schedule (ReportSubscriptionSchedule | Unset):
        active (bool | Unset):
        export_location (ExportReportLocation | Unset):
        parameter_values (list[ReportParameterValue] | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    report_configuration_id: str | Unset = UNSET
    report_code: None | str | Unset = UNSET
    format_: ReportSubscriptionFormat | Unset = UNSET
    trigger: None | ReportSubscriptionTrigger | Unset = UNSET
    schedule: ReportSubscriptionSchedule | Unset = UNSET
    active: bool | Unset = UNSET
    export_location: ExportReportLocation | Unset = UNSET
    parameter_values: list[ReportParameterValue] | Unset = UNSET
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

        report_configuration_id = self.report_configuration_id

        report_code: None | str | Unset
        if isinstance(self.report_code, Unset):
            report_code = UNSET
        else:
            report_code = self.report_code

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        trigger: None | str | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, ReportSubscriptionTrigger):
            trigger = self.trigger.value
        else:
            trigger = self.trigger

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        active = self.active

        export_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_location, Unset):
            export_location = self.export_location.to_dict()

        parameter_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter_values, Unset):
            parameter_values = []
            for parameter_values_item_data in self.parameter_values:
                parameter_values_item = parameter_values_item_data.to_dict()
                parameter_values.append(parameter_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if report_configuration_id is not UNSET:
            field_dict["report_configuration_id"] = report_configuration_id
        if report_code is not UNSET:
            field_dict["report_code"] = report_code
        if format_ is not UNSET:
            field_dict["format"] = format_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if active is not UNSET:
            field_dict["active"] = active
        if export_location is not UNSET:
            field_dict["export_location"] = export_location
        if parameter_values is not UNSET:
            field_dict["parameter_values"] = parameter_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_report_location import ExportReportLocation
        from ..models.report_parameter_value import ReportParameterValue
        from ..models.report_subscription_schedule import ReportSubscriptionSchedule

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

        report_configuration_id = d.pop("report_configuration_id", UNSET)

        def _parse_report_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_code = _parse_report_code(d.pop("report_code", UNSET))

        _format_ = d.pop("format", UNSET)
        format_: ReportSubscriptionFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ReportSubscriptionFormat(_format_)

        def _parse_trigger(data: object) -> None | ReportSubscriptionTrigger | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_0 = ReportSubscriptionTrigger(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSubscriptionTrigger | Unset, data)

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        _schedule = d.pop("schedule", UNSET)
        schedule: ReportSubscriptionSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = ReportSubscriptionSchedule.from_dict(_schedule)

        active = d.pop("active", UNSET)

        _export_location = d.pop("export_location", UNSET)
        export_location: ExportReportLocation | Unset
        if isinstance(_export_location, Unset):
            export_location = UNSET
        else:
            export_location = ExportReportLocation.from_dict(_export_location)

        _parameter_values = d.pop("parameter_values", UNSET)
        parameter_values: list[ReportParameterValue] | Unset = UNSET
        if _parameter_values is not UNSET:
            parameter_values = []
            for parameter_values_item_data in _parameter_values:
                parameter_values_item = ReportParameterValue.from_dict(parameter_values_item_data)

                parameter_values.append(parameter_values_item)

        update_report_subscription_request = cls(
            object_type=object_type,
            id=id,
            report_configuration_id=report_configuration_id,
            report_code=report_code,
            format_=format_,
            trigger=trigger,
            schedule=schedule,
            active=active,
            export_location=export_location,
            parameter_values=parameter_values,
        )

        update_report_subscription_request.additional_properties = d
        return update_report_subscription_request

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
