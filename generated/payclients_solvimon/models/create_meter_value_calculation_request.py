from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import meter_value_calculation_type as _e_meter_value_calculation_type
from ..models.meter_value_calculation_type import MeterValueCalculationType

if TYPE_CHECKING:
    from ..models.create_meter_property_request import CreateMeterPropertyRequest
    from ..models.create_meter_request import CreateMeterRequest
    from ..models.create_meter_value_request import CreateMeterValueRequest


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateMeterValueCalculationRequest:
    """CreateMeterValueCalculationRequest

    Attributes:
        reference (str):
        calculation_type (MeterValueCalculationType | None):
        meter_id (str | None):
        object_type (str | None):
        id (str | None):
        name (str | None):
        description (str | None):
        persist (bool | None):
        meter (CreateMeterRequest | None):
        meter_value_id (str | None):
        meter_value (CreateMeterValueRequest | None):
        meter_property_id (str | None):
        meter_property (CreateMeterPropertyRequest | None):
    """

    _FIELDS = (
        "reference",
        "calculation_type",
        "meter_id",
        "object_type",
        "id",
        "name",
        "description",
        "persist",
        "meter",
        "meter_value_id",
        "meter_value",
        "meter_property_id",
        "meter_property",
    )
    _KEYS = frozenset(
        (
            "reference",
            "calculation_type",
            "meter_id",
            "object_type",
            "id",
            "name",
            "description",
            "persist",
            "meter",
            "meter_value_id",
            "meter_value",
            "meter_property_id",
            "meter_property",
        )
    )

    reference: str
    calculation_type: MeterValueCalculationType | None = _attrs_field(
        converter=_e_meter_value_calculation_type.coerce_optional
    )
    meter_id: str | None
    object_type: str | None = None
    id: str | None = None
    name: str | None = None
    description: str | None = None
    persist: bool | None = None
    meter: CreateMeterRequest | None = None
    meter_value_id: str | None = None
    meter_value: CreateMeterValueRequest | None = None
    meter_property_id: str | None = None
    meter_property: CreateMeterPropertyRequest | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["reference"] = self.reference
        _v = self.calculation_type
        _d["calculation_type"] = None if _v is None or _v is _t.NULL else _v
        _v = self.meter_id
        _d["meter_id"] = None if _v is None or _v is _t.NULL else _v
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.persist
        if _v is not None:
            _d["persist"] = None if _v is _t.NULL else _v
        _v = self.meter
        if _v is not None:
            _d["meter"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.meter_value_id
        if _v is not None:
            _d["meter_value_id"] = None if _v is _t.NULL else _v
        _v = self.meter_value
        if _v is not None:
            _d["meter_value"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.meter_property_id
        if _v is not None:
            _d["meter_property_id"] = None if _v is _t.NULL else _v
        _v = self.meter_property
        if _v is not None:
            _d["meter_property"] = None if _v is _t.NULL else _v.to_dict()
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
            _key = "calculation_type"
            _v = _d.get("calculation_type")
            if _v is None and _key not in _d:
                _t.missing(_d, _key)
            _obj.calculation_type = (
                None
                if _v is None
                else (
                    (_e_meter_value_calculation_type.BY_VALUE.get(_v) or MeterValueCalculationType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "meter_id"
            _v = _d.get("meter_id")
            if _v is None and _key not in _d:
                _t.missing(_d, _key)
            _obj.meter_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "persist"
            _v = _d.get("persist")
            _obj.persist = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "meter"
            _v = _d.get("meter")
            _obj.meter = None if _v is None else (_models.CreateMeterRequest.from_dict(_v))
            _key = "meter_value_id"
            _v = _d.get("meter_value_id")
            _obj.meter_value_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "meter_value"
            _v = _d.get("meter_value")
            _obj.meter_value = None if _v is None else (_models.CreateMeterValueRequest.from_dict(_v))
            _key = "meter_property_id"
            _v = _d.get("meter_property_id")
            _obj.meter_property_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "meter_property"
            _v = _d.get("meter_property")
            _obj.meter_property = None if _v is None else (_models.CreateMeterPropertyRequest.from_dict(_v))
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
