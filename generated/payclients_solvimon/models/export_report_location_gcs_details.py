from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_report_location_s3_details_format_type import ExportReportLocationS3DetailsFormatType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportReportLocationGcsDetails")


@_attrs_define
class ExportReportLocationGcsDetails:
    """
    Attributes:
        bucket_path (str | Unset):
        path_format (str | Unset):
        format_type (ExportReportLocationS3DetailsFormatType | Unset):
    """

    bucket_path: str | Unset = UNSET
    path_format: str | Unset = UNSET
    format_type: ExportReportLocationS3DetailsFormatType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_path = self.bucket_path

        path_format = self.path_format

        format_type: str | Unset = UNSET
        if not isinstance(self.format_type, Unset):
            format_type = self.format_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_path is not UNSET:
            field_dict["bucket_path"] = bucket_path
        if path_format is not UNSET:
            field_dict["path_format"] = path_format
        if format_type is not UNSET:
            field_dict["format_type"] = format_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket_path = d.pop("bucket_path", UNSET)

        path_format = d.pop("path_format", UNSET)

        _format_type = d.pop("format_type", UNSET)
        format_type: ExportReportLocationS3DetailsFormatType | Unset
        if isinstance(_format_type, Unset):
            format_type = UNSET
        else:
            format_type = ExportReportLocationS3DetailsFormatType(_format_type)

        export_report_location_gcs_details = cls(
            bucket_path=bucket_path,
            path_format=path_format,
            format_type=format_type,
        )

        export_report_location_gcs_details.additional_properties = d
        return export_report_location_gcs_details

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
