from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_export_variant import DataExportVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_report_location_big_query_details import ExportReportLocationBigQueryDetails
    from ..models.export_report_location_gcs_details import ExportReportLocationGcsDetails
    from ..models.export_report_location_s3_details import ExportReportLocationS3Details


T = TypeVar("T", bound="ExportReportLocation")


@_attrs_define
class ExportReportLocation:
    """
    Attributes:
        integration_id (str | Unset):
        variant (DataExportVariant | Unset): Data export target.
        stream_name (None | str | Unset):
        bigquery (ExportReportLocationBigQueryDetails | Unset):
        s3 (ExportReportLocationS3Details | Unset):
        gcs (ExportReportLocationGcsDetails | Unset):
    """

    integration_id: str | Unset = UNSET
    variant: DataExportVariant | Unset = UNSET
    stream_name: None | str | Unset = UNSET
    bigquery: ExportReportLocationBigQueryDetails | Unset = UNSET
    s3: ExportReportLocationS3Details | Unset = UNSET
    gcs: ExportReportLocationGcsDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        stream_name: None | str | Unset
        if isinstance(self.stream_name, Unset):
            stream_name = UNSET
        else:
            stream_name = self.stream_name

        bigquery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bigquery, Unset):
            bigquery = self.bigquery.to_dict()

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        gcs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcs, Unset):
            gcs = self.gcs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if variant is not UNSET:
            field_dict["variant"] = variant
        if stream_name is not UNSET:
            field_dict["stream_name"] = stream_name
        if bigquery is not UNSET:
            field_dict["bigquery"] = bigquery
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if gcs is not UNSET:
            field_dict["gcs"] = gcs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_report_location_big_query_details import ExportReportLocationBigQueryDetails
        from ..models.export_report_location_gcs_details import ExportReportLocationGcsDetails
        from ..models.export_report_location_s3_details import ExportReportLocationS3Details

        d = dict(src_dict)
        integration_id = d.pop("integration_id", UNSET)

        _variant = d.pop("variant", UNSET)
        variant: DataExportVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = DataExportVariant(_variant)

        def _parse_stream_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_name = _parse_stream_name(d.pop("stream_name", UNSET))

        _bigquery = d.pop("bigquery", UNSET)
        bigquery: ExportReportLocationBigQueryDetails | Unset
        if isinstance(_bigquery, Unset):
            bigquery = UNSET
        else:
            bigquery = ExportReportLocationBigQueryDetails.from_dict(_bigquery)

        _s3 = d.pop("s3", UNSET)
        s3: ExportReportLocationS3Details | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = ExportReportLocationS3Details.from_dict(_s3)

        _gcs = d.pop("gcs", UNSET)
        gcs: ExportReportLocationGcsDetails | Unset
        if isinstance(_gcs, Unset):
            gcs = UNSET
        else:
            gcs = ExportReportLocationGcsDetails.from_dict(_gcs)

        export_report_location = cls(
            integration_id=integration_id,
            variant=variant,
            stream_name=stream_name,
            bigquery=bigquery,
            s3=s3,
            gcs=gcs,
        )

        export_report_location.additional_properties = d
        return export_report_location

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
