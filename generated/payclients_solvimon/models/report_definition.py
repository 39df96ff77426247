from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import report_definition_category as _e_report_definition_category
from ..models import report_report_code as _e_report_report_code
from ..models.report_definition_category import ReportDefinitionCategory
from ..models.report_report_code import ReportReportCode

if TYPE_CHECKING:
    from ..models.report_column import ReportColumn
    from ..models.report_parameter import ReportParameter


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ReportDefinition:
    """ReportDefinition

    Attributes:
        object_type (str | None):
        report_code (ReportReportCode | None):
        category (ReportDefinitionCategory | None):
        name (str | None):
        description (str | None):
        file_name_format (str | None):
        run_types (list[str] | None):
        target_resource_types (list[str] | None):
        columns (list[ReportColumn] | None):
        one_off_parameters (list[ReportParameter] | None):
        scheduled_parameters (list[ReportParameter] | None):
        trigger_parameters (list[ReportParameter] | None):
    """

    _FIELDS = (
        "object_type",
        "report_code",
        "category",
        "name",
        "description",
        "file_name_format",
        "run_types",
        "target_resource_types",
        "columns",
        "one_off_parameters",
        "scheduled_parameters",
        "trigger_parameters",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "report_code",
            "category",
            "name",
            "description",
            "file_name_format",
            "run_types",
            "target_resource_types",
            "columns",
            "one_off_parameters",
            "scheduled_parameters",
            "trigger_parameters",
        )
    )

    object_type: str | None = None
    report_code: ReportReportCode | None = _attrs_field(default=None, converter=_e_report_report_code.coerce_optional)
    category: ReportDefinitionCategory | None = _attrs_field(
        default=None, converter=_e_report_definition_category.coerce_optional
    )
    name: str | None = None
    description: str | None = None
    file_name_format: str | None = None
    run_types: list[str] | None = None
    target_resource_types: list[str] | None = None
    columns: list[ReportColumn] | None = None
    one_off_parameters: list[ReportParameter] | None = None
    scheduled_parameters: list[ReportParameter] | None = None
    trigger_parameters: list[ReportParameter] | None = None
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
        _v = self.report_code
        if _v is not None:
            _d["report_code"] = _v
        _v = self.category
        if _v is not None:
            _d["category"] = None if _v is _t.NULL else _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.file_name_format
        if _v is not None:
            _d["file_name_format"] = None if _v is _t.NULL else _v
        _v = self.run_types
        if _v is not None:
            _d["run_types"] = None if _v is _t.NULL else list(_v)
        _v = self.target_resource_types
        if _v is not None:
            _d["target_resource_types"] = None if _v is _t.NULL else list(_v)
        _v = self.columns
        if _v is not None:
            _d["columns"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.one_off_parameters
        if _v is not None:
            _d["one_off_parameters"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.scheduled_parameters
        if _v is not None:
            _d["scheduled_parameters"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.trigger_parameters
        if _v is not None:
            _d["trigger_parameters"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "category"
            _v = _d.get("category")
            _obj.category = (
                None
                if _v is None
                else (
                    (_e_report_definition_category.BY_VALUE.get(_v) or ReportDefinitionCategory(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "file_name_format"
            _v = _d.get("file_name_format")
            _obj.file_name_format = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "run_types"
            _v = _d.get("run_types")
            _obj.run_types = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "target_resource_types"
            _v = _d.get("target_resource_types")
            _obj.target_resource_types = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "columns"
            _v = _d.get("columns")
            _obj.columns = None if _v is None else (_t.list_of(_v, _models.ReportColumn.from_dict))
            _key = "one_off_parameters"
            _v = _d.get("one_off_parameters")
            _obj.one_off_parameters = None if _v is None else (_t.list_of(_v, _models.ReportParameter.from_dict))
            _key = "scheduled_parameters"
            _v = _d.get("scheduled_parameters")
            _obj.scheduled_parameters = None if _v is None else (_t.list_of(_v, _models.ReportParameter.from_dict))
            _key = "trigger_parameters"
            _v = _d.get("trigger_parameters")
            _obj.trigger_parameters = None if _v is None else (_t.list_of(_v, _models.ReportParameter.from_dict))
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
