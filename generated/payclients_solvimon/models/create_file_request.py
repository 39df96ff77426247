from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import file_processing_type as _e_file_processing_type
from ..models import file_status as _e_file_status
from ..models import file_type as _e_file_type
from ..models.file_processing_type import FileProcessingType
from ..models.file_status import FileStatus
from ..models.file_type import FileType

if TYPE_CHECKING:
    from ..models.file_download_settings import FileDownloadSettings
    from ..models.file_meter_data import FileMeterData


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateFileRequest:
    """CreateFileRequest

    Attributes:
        reference (str):
        file_name (str):
        type_ (FileType):
        processing_type (FileProcessingType | None):
        content (str):
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        status (FileStatus | None):
        name (str | None):
        description (str | None):
        customer_id (str | None):
        file_processing_settings_id (str | None):
        meter_data (FileMeterData | None):
        content_type (str | None):
        column_headers (list[str] | None):
        number_of_lines (int | None):
        message (str | None):
        download_settings (FileDownloadSettings | None):
    """

    _FIELDS = (
        "reference",
        "file_name",
        "type_",
        "processing_type",
        "content",
        "object_type",
        "id",
        "created_at",
        "status",
        "name",
        "description",
        "customer_id",
        "file_processing_settings_id",
        "meter_data",
        "content_type",
        "column_headers",
        "number_of_lines",
        "message",
        "download_settings",
    )
    _KEYS_IN_ORDER = (
        "reference",
        "file_name",
        "type",
        "processing_type",
        "content",
        "object_type",
        "id",
        "created_at",
        "status",
        "name",
        "description",
        "customer_id",
        "file_processing_settings_id",
        "meter_data",
        "content_type",
        "column_headers",
        "number_of_lines",
        "message",
        "download_settings",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    reference: str
    file_name: str
    type_: FileType = _attrs_field(converter=_e_file_type.coerce)
    processing_type: FileProcessingType | None = _attrs_field(converter=_e_file_processing_type.coerce_optional)
    content: str
    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    status: FileStatus | None = _attrs_field(default=None, converter=_e_file_status.coerce_optional)
    name: str | None = None
    description: str | None = None
    customer_id: str | None = None
    file_processing_settings_id: str | None = None
    meter_data: FileMeterData | None = None
    content_type: str | None = None
    column_headers: list[str] | None = None
    number_of_lines: int | None = None
    message: str | None = None
    download_settings: FileDownloadSettings | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["reference"] = self.reference
        _d["file_name"] = self.file_name
        _d["type"] = self.type_
        _v = self.processing_type
        _d["processing_type"] = None if _v is None or _v is _t.NULL else _v
        _d["content"] = self.content
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.file_processing_settings_id
        if _v is not None:
            _d["file_processing_settings_id"] = None if _v is _t.NULL else _v
        _v = self.meter_data
        if _v is not None:
            _d["meter_data"] = _v.to_dict()
        _v = self.content_type
        if _v is not None:
            _d["content_type"] = _v
        _v = self.column_headers
        if _v is not None:
            _d["column_headers"] = None if _v is _t.NULL else list(_v)
        _v = self.number_of_lines
        if _v is not None:
            _d["number_of_lines"] = _v
        _v = self.message
        if _v is not None:
            _d["message"] = None if _v is _t.NULL else _v
        _v = self.download_settings
        if _v is not None:
            _d["download_settings"] = _v.to_dict()
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
        _obj = _new(_cls)
        try:
            _v = _d.get("reference")
            if _v is None:
                _t.missing(_d, "reference")
            _obj.reference = _v if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("file_name")
            if _v is None:
                _t.missing(_d, "file_name")
            _obj.file_name = _v if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("type")
            if _v is None:
                _t.missing(_d, "type")
            _obj.type_ = (_e_file_type.BY_VALUE.get(_v) or FileType(_v)) if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("processing_type")
            if _v is None and "processing_type" not in _d:
                _t.missing(_d, "processing_type")
            _obj.processing_type = (
                None
                if _v is None
                else (
                    (_e_file_processing_type.BY_VALUE.get(_v) or FileProcessingType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("content")
            if _v is None:
                _t.missing(_d, "content")
            _obj.content = _v if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_file_status.BY_VALUE.get(_v) or FileStatus(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("file_processing_settings_id")
            _obj.file_processing_settings_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("meter_data")
            _obj.meter_data = None if _v is None else (_models.FileMeterData.from_dict(_v))
            _v = _d.get("content_type")
            _obj.content_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("column_headers")
            _obj.column_headers = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("number_of_lines")
            _obj.number_of_lines = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _v = _d.get("message")
            _obj.message = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("download_settings")
            _obj.download_settings = None if _v is None else (_models.FileDownloadSettings.from_dict(_v))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
