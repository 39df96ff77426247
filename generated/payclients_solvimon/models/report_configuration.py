from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_report_code import ReportReportCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_custom_field_column import AvailableCustomFieldColumn
    from ..models.report_definition import ReportDefinition


T = TypeVar("T", bound="ReportConfiguration")


@_attrs_define
class ReportConfiguration:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        report_code (ReportReportCode | Unset):
        report_definition (None | ReportDefinition | Unset):
        override_columns (list[str] | Unset):
        available_custom_field_columns (list[AvailableCustomFieldColumn] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    report_code: ReportReportCode | Unset = UNSET
    report_definition: None | ReportDefinition | Unset = UNSET
    override_columns: list[str] | Unset = UNSET
    available_custom_field_columns: list[AvailableCustomFieldColumn] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_definition import ReportDefinition

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

        report_code: str | Unset = UNSET
        if not isinstance(self.report_code, Unset):
            report_code = self.report_code.value

        report_definition: dict[str, Any] | None | Unset
        if isinstance(self.report_definition, Unset):
            report_definition = UNSET
        elif isinstance(self.report_definition, ReportDefinition):
            report_definition = self.report_definition.to_dict()
        else:
            report_definition = self.report_definition

        override_columns: list[str] | Unset = UNSET
        if not isinstance(self.override_columns, Unset):
            override_columns = self.override_columns

        available_custom_field_columns: list[dict[str, Any]] | None | Unset
        if isinstance(self.available_custom_field_columns, Unset):
            available_custom_field_columns = UNSET
        elif isinstance(self.available_custom_field_columns, list):
            available_custom_field_columns = []
            for available_custom_field_columns_type_0_item_data in self.available_custom_field_columns:
                available_custom_field_columns_type_0_item = available_custom_field_columns_type_0_item_data.to_dict()
                available_custom_field_columns.append(available_custom_field_columns_type_0_item)

        else:
            available_custom_field_columns = self.available_custom_field_columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if report_code is not UNSET:
            field_dict["report_code"] = report_code
        if report_definition is not UNSET:
            field_dict["report_definition"] = report_definition
        if override_columns is not UNSET:
            field_dict["override_columns"] = override_columns
        if available_custom_field_columns is not UNSET:
            field_dict["available_custom_field_columns"] = available_custom_field_columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.available_custom_field_column import AvailableCustomFieldColumn
        from ..models.report_definition import ReportDefinition

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

        _report_code = d.pop("report_code", UNSET)
        report_code: ReportReportCode | Unset
        if isinstance(_report_code, Unset):
            report_code = UNSET
        else:
            report_code = ReportReportCode(_report_code)

        def _parse_report_definition(data: object) -> None | ReportDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_definition_type_0 = ReportDefinition.from_dict(data)

                return report_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportDefinition | Unset, data)

        report_definition = _parse_report_definition(d.pop("report_definition", UNSET))

        override_columns = cast(list[str], d.pop("override_columns", UNSET))

        def _parse_available_custom_field_columns(data: object) -> list[AvailableCustomFieldColumn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_custom_field_columns_type_0 = []
                _available_custom_field_columns_type_0 = data
                for available_custom_field_columns_type_0_item_data in _available_custom_field_columns_type_0:
                    available_custom_field_columns_type_0_item = AvailableCustomFieldColumn.from_dict(
                        available_custom_field_columns_type_0_item_data
                    )

                    available_custom_field_columns_type_0.append(available_custom_field_columns_type_0_item)

                return available_custom_field_columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AvailableCustomFieldColumn] | None | Unset, data)

        available_custom_field_columns = _parse_available_custom_field_columns(
            d.pop("available_custom_field_columns", UNSET)
        )

        report_configuration = cls(
            object_type=object_type,
            id=id,
            report_code=report_code,
            report_definition=report_definition,
            override_columns=override_columns,
            available_custom_field_columns=available_custom_field_columns,
        )

        report_configuration.additional_properties = d
        return report_configuration

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
