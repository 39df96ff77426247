from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import usage_trigger_event_variant as _e_usage_trigger_event_variant
from ..models.usage_trigger_event_variant import UsageTriggerEventVariant


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UsageTriggerEvent:
    """UsageTriggerEvent

    Attributes:
        variant (UsageTriggerEventVariant | None):
        customer_id (str | None):
        parent_customer_id (str | None):
        threshold (str | None):
        threshold_type (str | None):
        limit (str | None):
        consumed (str | None):
        period_start (str | None):
        period_end (str | None):
    """

    _FIELDS = (
        "variant",
        "customer_id",
        "parent_customer_id",
        "threshold",
        "threshold_type",
        "limit",
        "consumed",
        "period_start",
        "period_end",
    )
    _KEYS = frozenset(
        (
            "variant",
            "customer_id",
            "parent_customer_id",
            "threshold",
            "threshold_type",
            "limit",
            "consumed",
            "period_start",
            "period_end",
        )
    )

    variant: UsageTriggerEventVariant | None = _attrs_field(
        default=None, converter=_e_usage_trigger_event_variant.coerce_optional
    )
    customer_id: str | None = None
    parent_customer_id: str | None = None
    threshold: str | None = None
    threshold_type: str | None = None
    limit: str | None = None
    consumed: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.variant
        if _v is not None:
            _d["variant"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.parent_customer_id
        if _v is not None:
            _d["parent_customer_id"] = None if _v is _t.NULL else _v
        _v = self.threshold
        if _v is not None:
            _d["threshold"] = None if _v is _t.NULL else _v
        _v = self.threshold_type
        if _v is not None:
            _d["threshold_type"] = None if _v is _t.NULL else _v
        _v = self.limit
        if _v is not None:
            _d["limit"] = None if _v is _t.NULL else _v
        _v = self.consumed
        if _v is not None:
            _d["consumed"] = None if _v is _t.NULL else _v
        _v = self.period_start
        if _v is not None:
            _d["period_start"] = None if _v is _t.NULL else _v
        _v = self.period_end
        if _v is not None:
            _d["period_end"] = None if _v is _t.NULL else _v
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
            _key = "variant"
            _v = _d.get("variant")
            _obj.variant = (
                None
                if _v is None
                else (
                    (_e_usage_trigger_event_variant.BY_VALUE.get(_v) or UsageTriggerEventVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "parent_customer_id"
            _v = _d.get("parent_customer_id")
            _obj.parent_customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "threshold"
            _v = _d.get("threshold")
            _obj.threshold = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "threshold_type"
            _v = _d.get("threshold_type")
            _obj.threshold_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "limit"
            _v = _d.get("limit")
            _obj.limit = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "consumed"
            _v = _d.get("consumed")
            _obj.consumed = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "period_start"
            _v = _d.get("period_start")
            _obj.period_start = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "period_end"
            _v = _d.get("period_end")
            _obj.period_end = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
