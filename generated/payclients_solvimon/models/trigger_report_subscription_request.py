from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_parameter_value import ReportParameterValue


T = TypeVar("T", bound="TriggerReportSubscriptionRequest")


@_attrs_define
class TriggerReportSubscriptionRequest:
    """
    Attributes:
        parameter_values (list[ReportParameterValue] | Unset):
    """

    parameter_values: list[ReportParameterValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameter_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter_values, Unset):
            parameter_values = []
            for parameter_values_item_data in self.parameter_values:
                parameter_values_item = parameter_values_item_data.to_dict()
                parameter_values.append(parameter_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameter_values is not UNSET:
            field_dict["parameter_values"] = parameter_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_parameter_value import ReportParameterValue

        d = dict(src_dict)
        _parameter_values = d.pop("parameter_values", UNSET)
        parameter_values: list[ReportParameterValue] | Unset = UNSET
        if _parameter_values is not UNSET:
            parameter_values = []
            for parameter_values_item_data in _parameter_values:
                parameter_values_item = ReportParameterValue.from_dict(parameter_values_item_data)

                parameter_values.append(parameter_values_item)

        trigger_report_subscription_request = cls(
            parameter_values=parameter_values,
        )

        trigger_report_subscription_request.additional_properties = d
        return trigger_report_subscription_request

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
