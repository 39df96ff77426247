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

from ..models import report_report_code as _e_report_report_code
from ..models.report_report_code import ReportReportCode

if TYPE_CHECKING:
    from ..models.report_parameter_value import ReportParameterValue


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Report:
    """Report

    Attributes:
        object_type (str | None):
        id (str | None):
        customer_id (str | None):
        invoice_id (str | None):
        expire_at (datetime.datetime | None):
        report_code (ReportReportCode | None):
        file_name (str | None):
        file_location (str | None):
        created_at (datetime.datetime | None):
        data_extracted_at (datetime.datetime | None):
        file_size (int | None):
        downloaded_at (datetime.datetime | None):
        parameter_values (list[ReportParameterValue] | None):
        report_generate_request_id (str | None):
        run_type (str | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "customer_id",
        "invoice_id",
        "expire_at",
        "report_code",
        "file_name",
        "file_location",
        "created_at",
        "data_extracted_at",
        "file_size",
        "downloaded_at",
        "parameter_values",
        "report_generate_request_id",
        "run_type",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "customer_id",
        "invoice_id",
        "expire_at",
        "report_code",
        "file_name",
        "file_location",
        "created_at",
        "data_extracted_at",
        "file_size",
        "downloaded_at",
        "parameter_values",
        "report_generate_request_id",
        "run_type",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    customer_id: str | None = None
    invoice_id: str | None = None
    expire_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    report_code: ReportReportCode | None = _attrs_field(default=None, converter=_e_report_report_code.coerce_optional)
    file_name: str | None = None
    file_location: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    data_extracted_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    file_size: int | None = None
    downloaded_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    parameter_values: list[ReportParameterValue] | None = None
    report_generate_request_id: str | None = None
    run_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.invoice_id
        if _v is not None:
            _d["invoice_id"] = None if _v is _t.NULL else _v
        _v = self.expire_at
        if _v is not None:
            _d["expire_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.report_code
        if _v is not None:
            _d["report_code"] = None if _v is _t.NULL else _v
        _v = self.file_name
        if _v is not None:
            _d["file_name"] = None if _v is _t.NULL else _v
        _v = self.file_location
        if _v is not None:
            _d["file_location"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.data_extracted_at
        if _v is not None:
            _d["data_extracted_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.file_size
        if _v is not None:
            _d["file_size"] = None if _v is _t.NULL else _v
        _v = self.downloaded_at
        if _v is not None:
            _d["downloaded_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.parameter_values
        if _v is not None:
            _d["parameter_values"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.report_generate_request_id
        if _v is not None:
            _d["report_generate_request_id"] = None if _v is _t.NULL else _v
        _v = self.run_type
        if _v is not None:
            _d["run_type"] = None if _v is _t.NULL else _v
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
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("invoice_id")
            _obj.invoice_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("expire_at")
            _obj.expire_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("report_code")
            _obj.report_code = (
                None
                if _v is None
                else (
                    (_e_report_report_code.BY_VALUE.get(_v) or ReportReportCode(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("file_name")
            _obj.file_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("file_location")
            _obj.file_location = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("data_extracted_at")
            _obj.data_extracted_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("file_size")
            _obj.file_size = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _v = _d.get("downloaded_at")
            _obj.downloaded_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("parameter_values")
            _obj.parameter_values = None if _v is None else (_t.list_of(_v, _models.ReportParameterValue.from_dict))
            _v = _d.get("report_generate_request_id")
            _obj.report_generate_request_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("run_type")
            _obj.run_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
