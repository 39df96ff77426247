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

from ..models import alert_type as _e_alert_type
from ..models.alert_type import AlertType

if TYPE_CHECKING:
    from ..models.alert_data import AlertData
    from ..models.alert_rule import AlertRule
    from ..models.customer import Customer


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Alert:
    """Alert

    Attributes:
        object_type (str | None):
        id (str | None):
        platform_id (str | None):
        created_at (datetime.datetime | None):
        alert_rule_id (str | None):
        alert_rule (AlertRule | None):
        customer_id (str | None):
        customer (Customer | None):
        type_ (AlertType | None):
        data_trigger_reference (str | None):
        alert_data (AlertData | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "platform_id",
        "created_at",
        "alert_rule_id",
        "alert_rule",
        "customer_id",
        "customer",
        "type_",
        "data_trigger_reference",
        "alert_data",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "platform_id",
        "created_at",
        "alert_rule_id",
        "alert_rule",
        "customer_id",
        "customer",
        "type",
        "data_trigger_reference",
        "alert_data",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    platform_id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    alert_rule_id: str | None = None
    alert_rule: AlertRule | None = None
    customer_id: str | None = None
    customer: Customer | None = None
    type_: AlertType | None = _attrs_field(default=None, converter=_e_alert_type.coerce_optional)
    data_trigger_reference: str | None = None
    alert_data: AlertData | None = None
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
        _v = self.platform_id
        if _v is not None:
            _d["platform_id"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.alert_rule_id
        if _v is not None:
            _d["alert_rule_id"] = _v
        _v = self.alert_rule
        if _v is not None:
            _d["alert_rule"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.data_trigger_reference
        if _v is not None:
            _d["data_trigger_reference"] = None if _v is _t.NULL else _v
        _v = self.alert_data
        if _v is not None:
            _d["alert_data"] = _v.to_dict()
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
            _v = _d.get("platform_id")
            _obj.platform_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("alert_rule_id")
            _obj.alert_rule_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("alert_rule")
            _obj.alert_rule = None if _v is None else (_models.AlertRule.from_dict(_v))
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.Customer.from_dict(_v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else ((_e_alert_type.BY_VALUE.get(_v) or AlertType(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("data_trigger_reference")
            _obj.data_trigger_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("alert_data")
            _obj.alert_data = None if _v is None else (_models.AlertData.from_dict(_v))
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
