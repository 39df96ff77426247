from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_export_variant import DataExportVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.big_query import BigQuery
    from ..models.gcs import Gcs
    from ..models.s3 import S3
    from ..models.snowflake import Snowflake


T = TypeVar("T", bound="DataExportIntegration")


@_attrs_define
class DataExportIntegration:
    """Data export integration settings.

    Attributes:
        variant (DataExportVariant | Unset): Data export target.
        s3 (S3 | Unset): Amazon S3 export target.
        bigquery (BigQuery | Unset): BigQuery export target.
        gcs (Gcs | Unset): Google Cloud Storage export target.
        snowflake (Snowflake | Unset): Snowflake export target.
        transport_type (None | str | Unset):
    """

    variant: DataExportVariant | Unset = UNSET
    s3: S3 | Unset = UNSET
    bigquery: BigQuery | Unset = UNSET
    gcs: Gcs | Unset = UNSET
    snowflake: Snowflake | Unset = UNSET
    transport_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        bigquery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bigquery, Unset):
            bigquery = self.bigquery.to_dict()

        gcs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcs, Unset):
            gcs = self.gcs.to_dict()

        snowflake: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snowflake, Unset):
            snowflake = self.snowflake.to_dict()

        transport_type: None | str | Unset
        if isinstance(self.transport_type, Unset):
            transport_type = UNSET
        else:
            transport_type = self.transport_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if bigquery is not UNSET:
            field_dict["bigquery"] = bigquery
        if gcs is not UNSET:
            field_dict["gcs"] = gcs
        if snowflake is not UNSET:
            field_dict["snowflake"] = snowflake
        if transport_type is not UNSET:
            field_dict["transport_type"] = transport_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.big_query import BigQuery
        from ..models.gcs import Gcs
        from ..models.s3 import S3
        from ..models.snowflake import Snowflake

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: DataExportVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = DataExportVariant(_variant)

        _s3 = d.pop("s3", UNSET)
        s3: S3 | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = S3.from_dict(_s3)

        _bigquery = d.pop("bigquery", UNSET)
        bigquery: BigQuery | Unset
        if isinstance(_bigquery, Unset):
            bigquery = UNSET
        else:
            bigquery = BigQuery.from_dict(_bigquery)

        _gcs = d.pop("gcs", UNSET)
        gcs: Gcs | Unset
        if isinstance(_gcs, Unset):
            gcs = UNSET
        else:
            gcs = Gcs.from_dict(_gcs)

        _snowflake = d.pop("snowflake", UNSET)
        snowflake: Snowflake | Unset
        if isinstance(_snowflake, Unset):
            snowflake = UNSET
        else:
            snowflake = Snowflake.from_dict(_snowflake)

        def _parse_transport_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transport_type = _parse_transport_type(d.pop("transport_type", UNSET))

        data_export_integration = cls(
            variant=variant,
            s3=s3,
            bigquery=bigquery,
            gcs=gcs,
            snowflake=snowflake,
            transport_type=transport_type,
        )

        data_export_integration.additional_properties = d
        return data_export_integration

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
