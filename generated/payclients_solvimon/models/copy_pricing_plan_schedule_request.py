from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.create_indexing_target_request import CreateIndexingTargetRequest
    from ..models.indexing_settings import IndexingSettings


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CopyPricingPlanScheduleRequest:
    """CopyPricingPlanScheduleRequest

    Attributes:
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        indexing_settings (IndexingSettings | None):
        pricings (list[CreateIndexingTargetRequest] | None):
        pricing_items (list[CreateIndexingTargetRequest] | None):
        pricing_item_configs (list[CreateIndexingTargetRequest] | None):
        realign_invoice_date_to_pricing_plan_schedule_start_at (bool | None):
    """

    _FIELDS = (
        "start_at",
        "end_at",
        "indexing_settings",
        "pricings",
        "pricing_items",
        "pricing_item_configs",
        "realign_invoice_date_to_pricing_plan_schedule_start_at",
    )
    _KEYS = frozenset(
        (
            "start_at",
            "end_at",
            "indexing_settings",
            "pricings",
            "pricing_items",
            "pricing_item_configs",
            "realign_invoice_date_to_pricing_plan_schedule_start_at",
        )
    )

    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    indexing_settings: IndexingSettings | None = None
    pricings: list[CreateIndexingTargetRequest] | None = None
    pricing_items: list[CreateIndexingTargetRequest] | None = None
    pricing_item_configs: list[CreateIndexingTargetRequest] | None = None
    realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = _t.iso(_v)
        _v = self.end_at
        if _v is not None:
            _d["end_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.indexing_settings
        if _v is not None:
            _d["indexing_settings"] = _v.to_dict()
        _v = self.pricings
        if _v is not None:
            _d["pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_items
        if _v is not None:
            _d["pricing_items"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_item_configs
        if _v is not None:
            _d["pricing_item_configs"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.realign_invoice_date_to_pricing_plan_schedule_start_at
        if _v is not None:
            _d["realign_invoice_date_to_pricing_plan_schedule_start_at"] = None if _v is _t.NULL else _v
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
            _key = "start_at"
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _key = "end_at"
            _v = _d.get("end_at")
            _obj.end_at = None if _v is None else (_t.date_time(_v))
            _key = "indexing_settings"
            _v = _d.get("indexing_settings")
            _obj.indexing_settings = None if _v is None else (_models.IndexingSettings.from_dict(_v))
            _key = "pricings"
            _v = _d.get("pricings")
            _obj.pricings = None if _v is None else (_t.list_of(_v, _models.CreateIndexingTargetRequest.from_dict))
            _key = "pricing_items"
            _v = _d.get("pricing_items")
            _obj.pricing_items = None if _v is None else (_t.list_of(_v, _models.CreateIndexingTargetRequest.from_dict))
            _key = "pricing_item_configs"
            _v = _d.get("pricing_item_configs")
            _obj.pricing_item_configs = (
                None if _v is None else (_t.list_of(_v, _models.CreateIndexingTargetRequest.from_dict))
            )
            _key = "realign_invoice_date_to_pricing_plan_schedule_start_at"
            _v = _d.get("realign_invoice_date_to_pricing_plan_schedule_start_at")
            _obj.realign_invoice_date_to_pricing_plan_schedule_start_at = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
