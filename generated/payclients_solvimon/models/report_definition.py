from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_definition_category import ReportDefinitionCategory
from ..models.report_report_code import ReportReportCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_column import ReportColumn
    from ..models.report_parameter import ReportParameter


T = TypeVar("T", bound="ReportDefinition")


@_attrs_define
class ReportDefinition:
    """
    Attributes:
        object_type (None | str | Unset):
        report_code (ReportReportCode | Unset):
        category (None | ReportDefinitionCategory | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        file_name_format (None | str | Unset):
        run_types (list[str] | None | Unset):
        target_resource_types (list[str] | None | Unset):
        columns (list[ReportColumn] | None | Unset):
        one_off_parameters (list[ReportParameter] | None | Unset):
        scheduled_parameters (list[ReportParameter] | None | Unset):
        trigger_parameters (list[ReportParameter] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    report_code: ReportReportCode | Unset = UNSET
    category: None | ReportDefinitionCategory | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    file_name_format: None | str | Unset = UNSET
    run_types: list[str] | None | Unset = UNSET
    target_resource_types: list[str] | None | Unset = UNSET
    columns: list[ReportColumn] | None | Unset = UNSET
    one_off_parameters: list[ReportParameter] | None | Unset = UNSET
    scheduled_parameters: list[ReportParameter] | None | Unset = UNSET
    trigger_parameters: list[ReportParameter] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        report_code: str | Unset = UNSET
        if not isinstance(self.report_code, Unset):
            report_code = self.report_code.value

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ReportDefinitionCategory):
            category = self.category.value
        else:
            category = self.category

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_name_format: None | str | Unset
        if isinstance(self.file_name_format, Unset):
            file_name_format = UNSET
        else:
            file_name_format = self.file_name_format

        run_types: list[str] | None | Unset
        if isinstance(self.run_types, Unset):
            run_types = UNSET
        elif isinstance(self.run_types, list):
            run_types = self.run_types

        else:
            run_types = self.run_types

        target_resource_types: list[str] | None | Unset
        if isinstance(self.target_resource_types, Unset):
            target_resource_types = UNSET
        elif isinstance(self.target_resource_types, list):
            target_resource_types = self.target_resource_types

        else:
            target_resource_types = self.target_resource_types

        columns: list[dict[str, Any]] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = []
            for columns_type_0_item_data in self.columns:
                columns_type_0_item = columns_type_0_item_data.to_dict()
                columns.append(columns_type_0_item)

        else:
            columns = self.columns

        one_off_parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.one_off_parameters, Unset):
            one_off_parameters = UNSET
        elif isinstance(self.one_off_parameters, list):
            one_off_parameters = []
            for one_off_parameters_type_0_item_data in self.one_off_parameters:
                one_off_parameters_type_0_item = one_off_parameters_type_0_item_data.to_dict()
                one_off_parameters.append(one_off_parameters_type_0_item)

        else:
            one_off_parameters = self.one_off_parameters

        scheduled_parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.scheduled_parameters, Unset):
            scheduled_parameters = UNSET
        elif isinstance(self.scheduled_parameters, list):
            scheduled_parameters = []
            for scheduled_parameters_type_0_item_data in self.scheduled_parameters:
                scheduled_parameters_type_0_item = scheduled_parameters_type_0_item_data.to_dict()
                scheduled_parameters.append(scheduled_parameters_type_0_item)

        else:
            scheduled_parameters = self.scheduled_parameters

        trigger_parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.trigger_parameters, Unset):
            trigger_parameters = UNSET
        elif isinstance(self.trigger_parameters, list):
            trigger_parameters = []
            for trigger_parameters_type_0_item_data in self.trigger_parameters:
                trigger_parameters_type_0_item = trigger_parameters_type_0_item_data.to_dict()
                trigger_parameters.append(trigger_parameters_type_0_item)

        else:
            trigger_parameters = self.trigger_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if report_code is not UNSET:
            field_dict["report_code"] = report_code
        if category is not UNSET:
            field_dict["category"] = category
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if file_name_format is not UNSET:
            field_dict["file_name_format"] = file_name_format
        if run_types is not UNSET:
            field_dict["run_types"] = run_types
        if target_resource_types is not UNSET:
            field_dict["target_resource_types"] = target_resource_types
        if columns is not UNSET:
            field_dict["columns"] = columns
        if one_off_parameters is not UNSET:
            field_dict["one_off_parameters"] = one_off_parameters
        if scheduled_parameters is not UNSET:
            field_dict["scheduled_parameters"] = scheduled_parameters
        if trigger_parameters is not UNSET:
            field_dict["trigger_parameters"] = trigger_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_column import ReportColumn
        from ..models.report_parameter import ReportParameter

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        _report_code = d.pop("report_code", UNSET)
        report_code: ReportReportCode | Unset
        if isinstance(_report_code, Unset):
            report_code = UNSET
        else:
            report_code = ReportReportCode(_report_code)

        def _parse_category(data: object) -> None | ReportDefinitionCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = ReportDefinitionCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportDefinitionCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_file_name_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name_format = _parse_file_name_format(d.pop("file_name_format", UNSET))

        def _parse_run_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                run_types_type_0 = cast(list[str], data)

                return run_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        run_types = _parse_run_types(d.pop("run_types", UNSET))

        def _parse_target_resource_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_resource_types_type_0 = cast(list[str], data)

                return target_resource_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        target_resource_types = _parse_target_resource_types(d.pop("target_resource_types", UNSET))

        def _parse_columns(data: object) -> list[ReportColumn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = []
                _columns_type_0 = data
                for columns_type_0_item_data in _columns_type_0:
                    columns_type_0_item = ReportColumn.from_dict(columns_type_0_item_data)

                    columns_type_0.append(columns_type_0_item)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportColumn] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_one_off_parameters(data: object) -> list[ReportParameter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                one_off_parameters_type_0 = []
                _one_off_parameters_type_0 = data
                for one_off_parameters_type_0_item_data in _one_off_parameters_type_0:
                    one_off_parameters_type_0_item = ReportParameter.from_dict(one_off_parameters_type_0_item_data)

                    one_off_parameters_type_0.append(one_off_parameters_type_0_item)

                return one_off_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportParameter] | None | Unset, data)

        one_off_parameters = _parse_one_off_parameters(d.pop("one_off_parameters", UNSET))

        def _parse_scheduled_parameters(data: object) -> list[ReportParameter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scheduled_parameters_type_0 = []
                _scheduled_parameters_type_0 = data
                for scheduled_parameters_type_0_item_data in _scheduled_parameters_type_0:
                    scheduled_parameters_type_0_item = ReportParameter.from_dict(scheduled_parameters_type_0_item_data)

                    scheduled_parameters_type_0.append(scheduled_parameters_type_0_item)

                return scheduled_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportParameter] | None | Unset, data)

        scheduled_parameters = _parse_scheduled_parameters(d.pop("scheduled_parameters", UNSET))

        def _parse_trigger_parameters(data: object) -> list[ReportParameter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trigger_parameters_type_0 = []
                _trigger_parameters_type_0 = data
                for trigger_parameters_type_0_item_data in _trigger_parameters_type_0:
                    trigger_parameters_type_0_item = ReportParameter.from_dict(trigger_parameters_type_0_item_data)

                    trigger_parameters_type_0.append(trigger_parameters_type_0_item)

                return trigger_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportParameter] | None | Unset, data)

        trigger_parameters = _parse_trigger_parameters(d.pop("trigger_parameters", UNSET))

        report_definition = cls(
            object_type=object_type,
            report_code=report_code,
            category=category,
            name=name,
            description=description,
            file_name_format=file_name_format,
            run_types=run_types,
            target_resource_types=target_resource_types,
            columns=columns,
            one_off_parameters=one_off_parameters,
            scheduled_parameters=scheduled_parameters,
            trigger_parameters=trigger_parameters,
        )

        report_definition.additional_properties = d
        return report_definition

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
