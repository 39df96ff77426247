from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import report_subscription_format as _e_report_subscription_format
from ..models import report_subscription_trigger as _e_report_subscription_trigger
from ..models.report_subscription_format import ReportSubscriptionFormat
from ..models.report_subscription_trigger import ReportSubscriptionTrigger

if TYPE_CHECKING:
    from ..models.export_report_location import ExportReportLocation
    from ..models.report_parameter_value import ReportParameterValue
    from ..models.report_subscription_schedule import ReportSubscriptionSchedule


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateReportSubscriptionRequest:
    """CreateReportSubscriptionRequest

    Attributes:
        report_configuration_id (str):
        object_type (str | None):
        id (str | None):
        report_code (str | None):
        format_ (ReportSubscriptionFormat | None):
        trigger (ReportSubscriptionTrigger | None):
        schedule (ReportSubscriptionSchedule | None):
        active (bool | None):
        export_location (ExportReportLocation | None):
        parameter_values (list[ReportParameterValue] | None):
    """

    _FIELDS = (
        "report_configuration_id",
        "object_type",
        "id",
        "report_code",
        "format_",
        "trigger",
        "schedule",
        "active",
        "export_location",
        "parameter_values",
    )
    _KEYS = frozenset(
        (
            "report_configuration_id",
            "object_type",
            "id",
            "report_code",
            "format",
            "trigger",
            "schedule",
            "active",
            "export_location",
            "parameter_values",
        )
    )

    report_configuration_id: str
    object_type: str | None = None
    id: str | None = None
    report_code: str | None = None
    format_: ReportSubscriptionFormat | None = _attrs_field(
        default=None, converter=_e_report_subscription_format.coerce_optional
    )
    trigger: ReportSubscriptionTrigger | None = _attrs_field(
        default=None, converter=_e_report_subscription_trigger.coerce_optional
    )
    schedule: ReportSubscriptionSchedule | None = None
    active: bool | None = None
    export_location: ExportReportLocation | None = None
    parameter_values: list[ReportParameterValue] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["report_configuration_id"] = self.report_configuration_id
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.report_code
        if _v is not None:
            _d["report_code"] = None if _v is _t.NULL else _v
        _v = self.format_
        if _v is not None:
            _d["format"] = _v
        _v = self.trigger
        if _v is not None:
            _d["trigger"] = None if _v is _t.NULL else _v
        _v = self.schedule
        if _v is not None:
            _d["schedule"] = _v.to_dict()
        _v = self.active
        if _v is not None:
            _d["active"] = _v
        _v = self.export_location
        if _v is not None:
            _d["export_location"] = _v.to_dict()
        _v = self.parameter_values
        if _v is not None:
            _d["parameter_values"] = [_x.to_dict() for _x in _v]
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
            _key = "report_configuration_id"
            _v = _d.get("report_configuration_id")
            if _v is None:
                _t.missing(_d, _key)
            _obj.report_configuration_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "report_code"
            _v = _d.get("report_code")
            _obj.report_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "format"
            _v = _d.get("format")
            _obj.format_ = (
                None
                if _v is None
                else (
                    (_e_report_subscription_format.BY_VALUE.get(_v) or ReportSubscriptionFormat(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "trigger"
            _v = _d.get("trigger")
            _obj.trigger = (
                None
                if _v is None
                else (
                    (_e_report_subscription_trigger.BY_VALUE.get(_v) or ReportSubscriptionTrigger(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "schedule"
            _v = _d.get("schedule")
            _obj.schedule = None if _v is None else (_models.ReportSubscriptionSchedule.from_dict(_v))
            _key = "active"
            _v = _d.get("active")
            _obj.active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "export_location"
            _v = _d.get("export_location")
            _obj.export_location = None if _v is None else (_models.ExportReportLocation.from_dict(_v))
            _key = "parameter_values"
            _v = _d.get("parameter_values")
            _obj.parameter_values = None if _v is None else (_t.list_of(_v, _models.ReportParameterValue.from_dict))
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
