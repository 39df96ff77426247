from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import report_report_code as _e_report_report_code
from ..models.report_report_code import ReportReportCode

if TYPE_CHECKING:
    from ..models.export_report_location import ExportReportLocation
    from ..models.report_parameter_value import ReportParameterValue


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ReportGenerateRequest:
    """ReportGenerateRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        customer_id (str | None):
        invoice_id (str | None):
        generate_at (datetime.datetime | None):
        report_code (ReportReportCode | None):
        parameter_values (list[ReportParameterValue] | None):
        status (str | None):
        report_subscription_id (str | None):
        report_configuration_id (str | None):
        run_type (str | None):
        export_location (ExportReportLocation | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "customer_id",
        "invoice_id",
        "generate_at",
        "report_code",
        "parameter_values",
        "status",
        "report_subscription_id",
        "report_configuration_id",
        "run_type",
        "export_location",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "customer_id",
            "invoice_id",
            "generate_at",
            "report_code",
            "parameter_values",
            "status",
            "report_subscription_id",
            "report_configuration_id",
            "run_type",
            "export_location",
        )
    )

    object_type: str | None = None
    id: str | None = None
    customer_id: str | None = None
    invoice_id: str | None = None
    generate_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    report_code: ReportReportCode | None = _attrs_field(default=None, converter=_e_report_report_code.coerce_optional)
    parameter_values: list[ReportParameterValue] | None = None
    status: str | None = None
    report_subscription_id: str | None = None
    report_configuration_id: str | None = None
    run_type: str | None = None
    export_location: ExportReportLocation | None = None
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
        _v = self.generate_at
        if _v is not None:
            _d["generate_at"] = _t.iso(_v)
        _v = self.report_code
        if _v is not None:
            _d["report_code"] = _v
        _v = self.parameter_values
        if _v is not None:
            _d["parameter_values"] = [_x.to_dict() for _x in _v]
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.report_subscription_id
        if _v is not None:
            _d["report_subscription_id"] = None if _v is _t.NULL else _v
        _v = self.report_configuration_id
        if _v is not None:
            _d["report_configuration_id"] = _v
        _v = self.run_type
        if _v is not None:
            _d["run_type"] = None if _v is _t.NULL else _v
        _v = self.export_location
        if _v is not None:
            _d["export_location"] = _v.to_dict()
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
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "invoice_id"
            _v = _d.get("invoice_id")
            _obj.invoice_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "generate_at"
            _v = _d.get("generate_at")
            _obj.generate_at = None if _v is None else (_t.date_time(_v))
            _key = "report_code"
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
            _key = "parameter_values"
            _v = _d.get("parameter_values")
            _obj.parameter_values = None if _v is None else (_t.list_of(_v, _models.ReportParameterValue.from_dict))
            _key = "status"
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "report_subscription_id"
            _v = _d.get("report_subscription_id")
            _obj.report_subscription_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "report_configuration_id"
            _v = _d.get("report_configuration_id")
            _obj.report_configuration_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "run_type"
            _v = _d.get("run_type")
            _obj.run_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "export_location"
            _v = _d.get("export_location")
            _obj.export_location = None if _v is None else (_models.ExportReportLocation.from_dict(_v))
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
