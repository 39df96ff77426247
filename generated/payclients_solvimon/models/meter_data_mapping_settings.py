from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.ingest_reference_mapping import IngestReferenceMapping
    from ..models.meter_property_mapping import MeterPropertyMapping
    from ..models.meter_value_mapping import MeterValueMapping
    from ..models.reference_mapping_interface import ReferenceMappingInterface


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class MeterDataMappingSettings:
    """MeterDataMappingSettings

    Attributes:
        column_values (list[str] | None):
        meter_reference_mapping (ReferenceMappingInterface | None):
        ingest_reference_mapping (IngestReferenceMapping | None):
        meter_property_mappings (list[MeterPropertyMapping] | None):
        meter_value_mappings (list[MeterValueMapping] | None):
    """

    _FIELDS = (
        "column_values",
        "meter_reference_mapping",
        "ingest_reference_mapping",
        "meter_property_mappings",
        "meter_value_mappings",
    )
    _KEYS = frozenset(
        (
            "column_values",
            "meter_reference_mapping",
            "ingest_reference_mapping",
            "meter_property_mappings",
            "meter_value_mappings",
        )
    )

    column_values: list[str] | None = None
    meter_reference_mapping: ReferenceMappingInterface | None = None
    ingest_reference_mapping: IngestReferenceMapping | None = None
    meter_property_mappings: list[MeterPropertyMapping] | None = None
    meter_value_mappings: list[MeterValueMapping] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.column_values
        if _v is not None:
            _d["column_values"] = None if _v is _t.NULL else list(_v)
        _v = self.meter_reference_mapping
        if _v is not None:
            _d["meter_reference_mapping"] = _v.to_dict()
        _v = self.ingest_reference_mapping
        if _v is not None:
            _d["ingest_reference_mapping"] = _v.to_dict()
        _v = self.meter_property_mappings
        if _v is not None:
            _d["meter_property_mappings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.meter_value_mappings
        if _v is not None:
            _d["meter_value_mappings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "column_values"
            _v = _d.get("column_values")
            _obj.column_values = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "meter_reference_mapping"
            _v = _d.get("meter_reference_mapping")
            _obj.meter_reference_mapping = None if _v is None else (_models.ReferenceMappingInterface.from_dict(_v))
            _key = "ingest_reference_mapping"
            _v = _d.get("ingest_reference_mapping")
            _obj.ingest_reference_mapping = None if _v is None else (_models.IngestReferenceMapping.from_dict(_v))
            _key = "meter_property_mappings"
            _v = _d.get("meter_property_mappings")
            _obj.meter_property_mappings = (
                None if _v is None else (_t.list_of(_v, _models.MeterPropertyMapping.from_dict))
            )
            _key = "meter_value_mappings"
            _v = _d.get("meter_value_mappings")
            _obj.meter_value_mappings = None if _v is None else (_t.list_of(_v, _models.MeterValueMapping.from_dict))
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
