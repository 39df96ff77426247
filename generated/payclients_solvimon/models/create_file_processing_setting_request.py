from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import file_type as _e_file_type
from ..models.file_type import FileType

if TYPE_CHECKING:
    from ..models.customer_references import CustomerReferences
    from ..models.download_settings import DownloadSettings
    from ..models.meter_data_file_processing_settings import MeterDataFileProcessingSettings


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateFileProcessingSettingRequest:
    """CreateFileProcessingSettingRequest

    Attributes:
        reference (str):
        type_ (FileType):
        object_type (str | None):
        id (str | None):
        meter_data (MeterDataFileProcessingSettings | None):
        bucket_location (str | None):
        download_settings (DownloadSettings | None):
        included_customers (list[CustomerReferences] | None):
        excluded_customers (list[CustomerReferences] | None):
    """

    _FIELDS = (
        "reference",
        "type_",
        "object_type",
        "id",
        "meter_data",
        "bucket_location",
        "download_settings",
        "included_customers",
        "excluded_customers",
    )
    _KEYS = frozenset(
        (
            "reference",
            "type",
            "object_type",
            "id",
            "meter_data",
            "bucket_location",
            "download_settings",
            "included_customers",
            "excluded_customers",
        )
    )

    reference: str
    type_: FileType = _attrs_field(converter=_e_file_type.coerce)
    object_type: str | None = None
    id: str | None = None
    meter_data: MeterDataFileProcessingSettings | None = None
    bucket_location: str | None = None
    download_settings: DownloadSettings | None = None
    included_customers: list[CustomerReferences] | None = None
    excluded_customers: list[CustomerReferences] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["reference"] = self.reference
        _d["type"] = self.type_
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.meter_data
        if _v is not None:
            _d["meter_data"] = _v.to_dict()
        _v = self.bucket_location
        if _v is not None:
            _d["bucket_location"] = None if _v is _t.NULL else _v
        _v = self.download_settings
        if _v is not None:
            _d["download_settings"] = _v.to_dict()
        _v = self.included_customers
        if _v is not None:
            _d["included_customers"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.excluded_customers
        if _v is not None:
            _d["excluded_customers"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "reference"
            _v = _d.get("reference")
            if _v is None:
                _t.missing(_d, _key)
            _obj.reference = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "type"
            _v = _d.get("type")
            if _v is None:
                _t.missing(_d, _key)
            _obj.type_ = (_e_file_type.BY_VALUE.get(_v) or FileType(_v)) if type(_v) is str else _t.wrong("string", _v)
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "meter_data"
            _v = _d.get("meter_data")
            _obj.meter_data = None if _v is None else (_models.MeterDataFileProcessingSettings.from_dict(_v))
            _key = "bucket_location"
            _v = _d.get("bucket_location")
            _obj.bucket_location = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "download_settings"
            _v = _d.get("download_settings")
            _obj.download_settings = None if _v is None else (_models.DownloadSettings.from_dict(_v))
            _key = "included_customers"
            _v = _d.get("included_customers")
            _obj.included_customers = None if _v is None else (_t.list_of(_v, _models.CustomerReferences.from_dict))
            _key = "excluded_customers"
            _v = _d.get("excluded_customers")
            _obj.excluded_customers = None if _v is None else (_t.list_of(_v, _models.CustomerReferences.from_dict))
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
