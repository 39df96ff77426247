from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import custom_field_type as _e_custom_field_type
from ..models import resource_identifier_type as _e_resource_identifier_type
from ..models.custom_field_type import CustomFieldType
from ..models.resource_identifier_type import ResourceIdentifierType


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateCustomFieldRequest:
    """CreateCustomFieldRequest

    Attributes:
        reference (str):
        resource_type (ResourceIdentifierType): Kind of resource.
        object_type (str | None):
        id (str | None):
        name (str | None):
        description (str | None):
        multiple_values (bool | None):
        unique_value (bool | None):
        copy_value_to_invoice (bool | None):
        integration_id (str | None):
        integration_reference (str | None):
        type_ (CustomFieldType | None):
        enum_values (list[str] | None):
    """

    _FIELDS = (
        "reference",
        "resource_type",
        "object_type",
        "id",
        "name",
        "description",
        "multiple_values",
        "unique_value",
        "copy_value_to_invoice",
        "integration_id",
        "integration_reference",
        "type_",
        "enum_values",
    )
    _KEYS = frozenset(
        (
            "reference",
            "resource_type",
            "object_type",
            "id",
            "name",
            "description",
            "multiple_values",
            "unique_value",
            "copy_value_to_invoice",
            "integration_id",
            "integration_reference",
            "type",
            "enum_values",
        )
    )

    reference: str
    resource_type: ResourceIdentifierType = _attrs_field(converter=_e_resource_identifier_type.coerce)
    object_type: str | None = None
    id: str | None = None
    name: str | None = None
    description: str | None = None
    multiple_values: bool | None = None
    unique_value: bool | None = None
    copy_value_to_invoice: bool | None = None
    integration_id: str | None = None
    integration_reference: str | None = None
    type_: CustomFieldType | None = _attrs_field(default=None, converter=_e_custom_field_type.coerce_optional)
    enum_values: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["reference"] = self.reference
        _d["resource_type"] = self.resource_type
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
        _v = self.multiple_values
        if _v is not None:
            _d["multiple_values"] = None if _v is _t.NULL else _v
        _v = self.unique_value
        if _v is not None:
            _d["unique_value"] = None if _v is _t.NULL else _v
        _v = self.copy_value_to_invoice
        if _v is not None:
            _d["copy_value_to_invoice"] = None if _v is _t.NULL else _v
        _v = self.integration_id
        if _v is not None:
            _d["integration_id"] = _v
        _v = self.integration_reference
        if _v is not None:
            _d["integration_reference"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.enum_values
        if _v is not None:
            _d["enum_values"] = None if _v is _t.NULL else list(_v)
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
            _key = "resource_type"
            _v = _d.get("resource_type")
            if _v is None:
                _t.missing(_d, _key)
            _obj.resource_type = (
                (_e_resource_identifier_type.BY_VALUE.get(_v) or ResourceIdentifierType(_v))
                if type(_v) is str
                else _t.wrong("string", _v)
            )
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
            _key = "multiple_values"
            _v = _d.get("multiple_values")
            _obj.multiple_values = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "unique_value"
            _v = _d.get("unique_value")
            _obj.unique_value = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "copy_value_to_invoice"
            _v = _d.get("copy_value_to_invoice")
            _obj.copy_value_to_invoice = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "integration_id"
            _v = _d.get("integration_id")
            _obj.integration_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "integration_reference"
            _v = _d.get("integration_reference")
            _obj.integration_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_custom_field_type.BY_VALUE.get(_v) or CustomFieldType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "enum_values"
            _v = _d.get("enum_values")
            _obj.enum_values = None if _v is None else (_t.list_of(_v, _t.string))
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
