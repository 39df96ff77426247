from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_report_code import ReportReportCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_parameter_value import ReportParameterValue


T = TypeVar("T", bound="Report")


@_attrs_define
class Report:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        customer_id (None | str | Unset):
        invoice_id (None | str | Unset):
        expire_at (None | str | Unset):
        report_code (None | ReportReportCode | Unset):
        file_name (None | str | Unset):
        file_location (None | str | Unset):
        created_at (None | str | Unset):
        data_extracted_at (None | str | Unset):
        file_size (int | None | Unset):
        downloaded_at (None | str | Unset):
        parameter_values (list[ReportParameterValue] | None | Unset):
        report_generate_request_id (None | str | Unset):
        run_type (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    expire_at: None | str | Unset = UNSET
    report_code: None | ReportReportCode | Unset = UNSET
    file_name: None | str | Unset = UNSET
    file_location: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    data_extracted_at: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    downloaded_at: None | str | Unset = UNSET
    parameter_values: list[ReportParameterValue] | None | Unset = UNSET
    report_generate_request_id: None | str | Unset = UNSET
    run_type: None | str | Unset = UNSET
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

        expire_at: None | str | Unset
        if isinstance(self.expire_at, Unset):
            expire_at = UNSET
        else:
            expire_at = self.expire_at

        report_code: None | str | Unset
        if isinstance(self.report_code, Unset):
            report_code = UNSET
        elif isinstance(self.report_code, ReportReportCode):
            report_code = self.report_code.value
        else:
            report_code = self.report_code

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_location: None | str | Unset
        if isinstance(self.file_location, Unset):
            file_location = UNSET
        else:
            file_location = self.file_location

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        data_extracted_at: None | str | Unset
        if isinstance(self.data_extracted_at, Unset):
            data_extracted_at = UNSET
        else:
            data_extracted_at = self.data_extracted_at

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        downloaded_at: None | str | Unset
        if isinstance(self.downloaded_at, Unset):
            downloaded_at = UNSET
        else:
            downloaded_at = self.downloaded_at

        parameter_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.parameter_values, Unset):
            parameter_values = UNSET
        elif isinstance(self.parameter_values, list):
            parameter_values = []
            for parameter_values_type_0_item_data in self.parameter_values:
                parameter_values_type_0_item = parameter_values_type_0_item_data.to_dict()
                parameter_values.append(parameter_values_type_0_item)

        else:
            parameter_values = self.parameter_values

        report_generate_request_id: None | str | Unset
        if isinstance(self.report_generate_request_id, Unset):
            report_generate_request_id = UNSET
        else:
            report_generate_request_id = self.report_generate_request_id

        run_type: None | str | Unset
        if isinstance(self.run_type, Unset):
            run_type = UNSET
        else:
            run_type = self.run_type

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
        if expire_at is not UNSET:
            field_dict["expire_at"] = expire_at
        if report_code is not UNSET:
            field_dict["report_code"] = report_code
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_location is not UNSET:
            field_dict["file_location"] = file_location
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data_extracted_at is not UNSET:
            field_dict["data_extracted_at"] = data_extracted_at
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if downloaded_at is not UNSET:
            field_dict["downloaded_at"] = downloaded_at
        if parameter_values is not UNSET:
            field_dict["parameter_values"] = parameter_values
        if report_generate_request_id is not UNSET:
            field_dict["report_generate_request_id"] = report_generate_request_id
        if run_type is not UNSET:
            field_dict["run_type"] = run_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_expire_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expire_at = _parse_expire_at(d.pop("expire_at", UNSET))

        def _parse_report_code(data: object) -> None | ReportReportCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_code_type_0 = ReportReportCode(data)

                return report_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportReportCode | Unset, data)

        report_code = _parse_report_code(d.pop("report_code", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        def _parse_file_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_location = _parse_file_location(d.pop("file_location", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_data_extracted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_extracted_at = _parse_data_extracted_at(d.pop("data_extracted_at", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_downloaded_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        downloaded_at = _parse_downloaded_at(d.pop("downloaded_at", UNSET))

        def _parse_parameter_values(data: object) -> list[ReportParameterValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameter_values_type_0 = []
                _parameter_values_type_0 = data
                for parameter_values_type_0_item_data in _parameter_values_type_0:
                    parameter_values_type_0_item = ReportParameterValue.from_dict(parameter_values_type_0_item_data)

                    parameter_values_type_0.append(parameter_values_type_0_item)

                return parameter_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportParameterValue] | None | Unset, data)

        parameter_values = _parse_parameter_values(d.pop("parameter_values", UNSET))

        def _parse_report_generate_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_generate_request_id = _parse_report_generate_request_id(d.pop("report_generate_request_id", UNSET))

        def _parse_run_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_type = _parse_run_type(d.pop("run_type", UNSET))

        report = cls(
            object_type=object_type,
            id=id,
            customer_id=customer_id,
            invoice_id=invoice_id,
            expire_at=expire_at,
            report_code=report_code,
            file_name=file_name,
            file_location=file_location,
            created_at=created_at,
            data_extracted_at=data_extracted_at,
            file_size=file_size,
            downloaded_at=downloaded_at,
            parameter_values=parameter_values,
            report_generate_request_id=report_generate_request_id,
            run_type=run_type,
        )

        report.additional_properties = d
        return report

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
