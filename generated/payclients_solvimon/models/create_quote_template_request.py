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

from ..models import quote_template_status as _e_quote_template_status
from ..models.quote_template_status import QuoteTemplateStatus

if TYPE_CHECKING:
    from ..models.pricing_plan_schedule_template import PricingPlanScheduleTemplate
    from ..models.pricing_plan_subscription_template import PricingPlanSubscriptionTemplate
    from ..models.quote_version_template import QuoteVersionTemplate


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateQuoteTemplateRequest:
    """CreateQuoteTemplateRequest

    Attributes:
        name (str):
        reference (str):
        object_type (str | None):
        id (str | None):
        description (str | None):
        status (QuoteTemplateStatus | None):
        pricing_plan_subscription (PricingPlanSubscriptionTemplate | None):
        pricing_plan_schedule (PricingPlanScheduleTemplate | None):
        quote_version (QuoteVersionTemplate | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "name",
        "reference",
        "object_type",
        "id",
        "description",
        "status",
        "pricing_plan_subscription",
        "pricing_plan_schedule",
        "quote_version",
        "created_at",
        "updated_at",
    )
    _KEYS_IN_ORDER = (
        "name",
        "reference",
        "object_type",
        "id",
        "description",
        "status",
        "pricing_plan_subscription",
        "pricing_plan_schedule",
        "quote_version",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    name: str
    reference: str
    object_type: str | None = None
    id: str | None = None
    description: str | None = None
    status: QuoteTemplateStatus | None = _attrs_field(default=None, converter=_e_quote_template_status.coerce_optional)
    pricing_plan_subscription: PricingPlanSubscriptionTemplate | None = None
    pricing_plan_schedule: PricingPlanScheduleTemplate | None = None
    quote_version: QuoteVersionTemplate | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["name"] = self.name
        _d["reference"] = self.reference
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.pricing_plan_subscription
        if _v is not None:
            _d["pricing_plan_subscription"] = _v.to_dict()
        _v = self.pricing_plan_schedule
        if _v is not None:
            _d["pricing_plan_schedule"] = _v.to_dict()
        _v = self.quote_version
        if _v is not None:
            _d["quote_version"] = _v.to_dict()
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
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
            _v = _d.get("name")
            if _v is None:
                _t.missing(_d, "name")
            _obj.name = _v if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("reference")
            if _v is None:
                _t.missing(_d, "reference")
            _obj.reference = _v if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_quote_template_status.BY_VALUE.get(_v) or QuoteTemplateStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("pricing_plan_subscription")
            _obj.pricing_plan_subscription = (
                None if _v is None else (_models.PricingPlanSubscriptionTemplate.from_dict(_v))
            )
            _v = _d.get("pricing_plan_schedule")
            _obj.pricing_plan_schedule = None if _v is None else (_models.PricingPlanScheduleTemplate.from_dict(_v))
            _v = _d.get("quote_version")
            _obj.quote_version = None if _v is None else (_models.QuoteVersionTemplate.from_dict(_v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
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
