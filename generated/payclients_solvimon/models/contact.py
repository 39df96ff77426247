from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.linked_integration import LinkedIntegration
    from ..models.name import Name
    from ..models.notification_preference import NotificationPreference


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Contact:
    """Contact

    Attributes:
        object_type (str | None):
        id (str | None):
        reference (str | None):
        customer_id (str | None):
        name (Name | None): A person's name.
        email (str | None):
        notification_preferences (list[NotificationPreference] | None):
        custom_fields (list[CustomFieldValue] | None):
        linked_integrations (list[LinkedIntegration] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "reference",
        "customer_id",
        "name",
        "email",
        "notification_preferences",
        "custom_fields",
        "linked_integrations",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "reference",
            "customer_id",
            "name",
            "email",
            "notification_preferences",
            "custom_fields",
            "linked_integrations",
        )
    )

    object_type: str | None = None
    id: str | None = None
    reference: str | None = None
    customer_id: str | None = None
    name: Name | None = None
    email: str | None = None
    notification_preferences: list[NotificationPreference] | None = None
    custom_fields: list[CustomFieldValue] | None = None
    linked_integrations: list[LinkedIntegration] | None = None
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
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v.to_dict()
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.notification_preferences
        if _v is not None:
            _d["notification_preferences"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.linked_integrations
        if _v is not None:
            _d["linked_integrations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_models.Name.from_dict(_v))
            _key = "email"
            _v = _d.get("email")
            _obj.email = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "notification_preferences"
            _v = _d.get("notification_preferences")
            _obj.notification_preferences = (
                None if _v is None else (_t.list_of(_v, _models.NotificationPreference.from_dict))
            )
            _key = "custom_fields"
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
            _key = "linked_integrations"
            _v = _d.get("linked_integrations")
            _obj.linked_integrations = None if _v is None else (_t.list_of(_v, _models.LinkedIntegration.from_dict))
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
