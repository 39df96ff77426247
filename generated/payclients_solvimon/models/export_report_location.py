from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import data_export_variant as _e_data_export_variant
from ..models.data_export_variant import DataExportVariant

if TYPE_CHECKING:
    from ..models.export_report_location_big_query_details import ExportReportLocationBigQueryDetails
    from ..models.export_report_location_gcs_details import ExportReportLocationGcsDetails
    from ..models.export_report_location_s3_details import ExportReportLocationS3Details


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ExportReportLocation:
    """ExportReportLocation

    Attributes:
        integration_id (str | None):
        variant (DataExportVariant | None): Data export target.
        stream_name (str | None):
        bigquery (ExportReportLocationBigQueryDetails | None):
        s3 (ExportReportLocationS3Details | None):
        gcs (ExportReportLocationGcsDetails | None):
    """

    _FIELDS = (
        "integration_id",
        "variant",
        "stream_name",
        "bigquery",
        "s3",
        "gcs",
    )
    _KEYS = frozenset(
        (
            "integration_id",
            "variant",
            "stream_name",
            "bigquery",
            "s3",
            "gcs",
        )
    )

    integration_id: str | None = None
    variant: DataExportVariant | None = _attrs_field(default=None, converter=_e_data_export_variant.coerce_optional)
    stream_name: str | None = None
    bigquery: ExportReportLocationBigQueryDetails | None = None
    s3: ExportReportLocationS3Details | None = None
    gcs: ExportReportLocationGcsDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.integration_id
        if _v is not None:
            _d["integration_id"] = _v
        _v = self.variant
        if _v is not None:
            _d["variant"] = _v
        _v = self.stream_name
        if _v is not None:
            _d["stream_name"] = None if _v is _t.NULL else _v
        _v = self.bigquery
        if _v is not None:
            _d["bigquery"] = _v.to_dict()
        _v = self.s3
        if _v is not None:
            _d["s3"] = _v.to_dict()
        _v = self.gcs
        if _v is not None:
            _d["gcs"] = _v.to_dict()
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "integration_id"
            _v = _d.get("integration_id")
            _obj.integration_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "variant"
            _v = _d.get("variant")
            _obj.variant = (
                None
                if _v is None
                else (
                    (_e_data_export_variant.BY_VALUE.get(_v) or DataExportVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "stream_name"
            _v = _d.get("stream_name")
            _obj.stream_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bigquery"
            _v = _d.get("bigquery")
            _obj.bigquery = None if _v is None else (_models.ExportReportLocationBigQueryDetails.from_dict(_v))
            _key = "s3"
            _v = _d.get("s3")
            _obj.s3 = None if _v is None else (_models.ExportReportLocationS3Details.from_dict(_v))
            _key = "gcs"
            _v = _d.get("gcs")
            _obj.gcs = None if _v is None else (_models.ExportReportLocationGcsDetails.from_dict(_v))
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

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
