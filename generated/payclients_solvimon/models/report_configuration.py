from __future__ import annotations

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
    from ..models.available_custom_field_column import AvailableCustomFieldColumn
    from ..models.report_definition import ReportDefinition


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ReportConfiguration:
    """ReportConfiguration

    Attributes:
        object_type (str | None):
        id (str | None):
        report_code (ReportReportCode | None):
        report_definition (ReportDefinition | None):
        override_columns (list[str] | None):
        available_custom_field_columns (list[AvailableCustomFieldColumn] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "report_code",
        "report_definition",
        "override_columns",
        "available_custom_field_columns",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "report_code",
            "report_definition",
            "override_columns",
            "available_custom_field_columns",
        )
    )

    object_type: str | None = None
    id: str | None = None
    report_code: ReportReportCode | None = _attrs_field(default=None, converter=_e_report_report_code.coerce_optional)
    report_definition: ReportDefinition | None = None
    override_columns: list[str] | None = None
    available_custom_field_columns: list[AvailableCustomFieldColumn] | None = None
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
        _v = self.report_code
        if _v is not None:
            _d["report_code"] = _v
        _v = self.report_definition
        if _v is not None:
            _d["report_definition"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.override_columns
        if _v is not None:
            _d["override_columns"] = list(_v)
        _v = self.available_custom_field_columns
        if _v is not None:
            _d["available_custom_field_columns"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "report_definition"
            _v = _d.get("report_definition")
            _obj.report_definition = None if _v is None else (_models.ReportDefinition.from_dict(_v))
            _key = "override_columns"
            _v = _d.get("override_columns")
            _obj.override_columns = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "available_custom_field_columns"
            _v = _d.get("available_custom_field_columns")
            _obj.available_custom_field_columns = (
                None if _v is None else (_t.list_of(_v, _models.AvailableCustomFieldColumn.from_dict))
            )
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
