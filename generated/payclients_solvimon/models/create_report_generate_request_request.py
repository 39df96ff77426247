from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_report_code import ReportReportCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_report_location import ExportReportLocation
    from ..models.report_parameter_value import ReportParameterValue


T = TypeVar("T", bound="CreateReportGenerateRequestRequest")


@_attrs_define
class CreateReportGenerateRequestRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        customer_id (None | str | Unset):
        invoice_id (None | str | Unset):
        generate_at (datetime.datetime | Unset):
        report_code (ReportReportCode | Unset):
        parameter_values (list[ReportParameterValue] | Unset):
        status (None | str | Unset):
        report_subscription_id (None | str | Unset):
        report_configuration_id (str | Unset):
        run_type (None | str | Unset):
        export_location (ExportReportLocation | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    generate_at: datetime.datetime | Unset = UNSET
    report_code: ReportReportCode | Unset = UNSET
    parameter_values: list[ReportParameterValue] | Unset = UNSET
    status: None | str | Unset = UNSET
    report_subscription_id: None | str | Unset = UNSET
    report_configuration_id: str | Unset = UNSET
    run_type: None | str | Unset = UNSET
    export_location: ExportReportLocation | Unset = UNSET
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

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        generate_at: str | Unset = UNSET
        if not isinstance(self.generate_at, Unset):
            generate_at = self.generate_at.isoformat()

        report_code: str | Unset = UNSET
        if not isinstance(self.report_code, Unset):
            report_code = self.report_code.value

        parameter_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter_values, Unset):
            parameter_values = []
            for parameter_values_item_data in self.parameter_values:
                parameter_values_item = parameter_values_item_data.to_dict()
                parameter_values.append(parameter_values_item)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        report_subscription_id: None | str | Unset
        if isinstance(self.report_subscription_id, Unset):
            report_subscription_id = UNSET
        else:
            report_subscription_id = self.report_subscription_id

        report_configuration_id = self.report_configuration_id

        run_type: None | str | Unset
        if isinstance(self.run_type, Unset):
            run_type = UNSET
        else:
            run_type = self.run_type

        export_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_location, Unset):
            export_location = self.export_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if generate_at is not UNSET:
            field_dict["generate_at"] = generate_at
        if report_code is not UNSET:
            field_dict["report_code"] = report_code
        if parameter_values is not UNSET:
            field_dict["parameter_values"] = parameter_values
        if status is not UNSET:
            field_dict["status"] = status
        if report_subscription_id is not UNSET:
            field_dict["report_subscription_id"] = report_subscription_id
        if report_configuration_id is not UNSET:
            field_dict["report_configuration_id"] = report_configuration_id
        if run_type is not UNSET:
            field_dict["run_type"] = run_type
        if export_location is not UNSET:
            field_dict["export_location"] = export_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_report_location import ExportReportLocation
        from ..models.report_parameter_value import ReportParameterValue

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

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        _generate_at = d.pop("generate_at", UNSET)
        generate_at: datetime.datetime | Unset
        if isinstance(_generate_at, Unset):
            generate_at = UNSET
        else:
            generate_at = datetime.datetime.fromisoformat(_generate_at)

        _report_code = d.pop("report_code", UNSET)
        report_code: ReportReportCode | Unset
        if isinstance(_report_code, Unset):
            report_code = UNSET
        else:
            report_code = ReportReportCode(_report_code)

        _parameter_values = d.pop("parameter_values", UNSET)
        parameter_values: list[ReportParameterValue] | Unset = UNSET
        if _parameter_values is not UNSET:
            parameter_values = []
            for parameter_values_item_data in _parameter_values:
                parameter_values_item = ReportParameterValue.from_dict(parameter_values_item_data)

                parameter_values.append(parameter_values_item)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_report_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_subscription_id = _parse_report_subscription_id(d.pop("report_subscription_id", UNSET))

        report_configuration_id = d.pop("report_configuration_id", UNSET)

        def _parse_run_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_type = _parse_run_type(d.pop("run_type", UNSET))

        _export_location = d.pop("export_location", UNSET)
        export_location: ExportReportLocation | Unset
        if isinstance(_export_location, Unset):
            export_location = UNSET
        else:
            export_location = ExportReportLocation.from_dict(_export_location)

        create_report_generate_request_request = cls(
            object_type=object_type,
            id=id,
            customer_id=customer_id,
            invoice_id=invoice_id,
            generate_at=generate_at,
            report_code=report_code,
            parameter_values=parameter_values,
            status=status,
            report_subscription_id=report_subscription_id,
            report_configuration_id=report_configuration_id,
            run_type=run_type,
            export_location=export_location,
        )

        create_report_generate_request_request.additional_properties = d
        return create_report_generate_request_request

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
