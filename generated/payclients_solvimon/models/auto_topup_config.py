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

from ..models import auto_topup_config_status as _e_auto_topup_config_status
from ..models.auto_topup_config_status import AutoTopupConfigStatus

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.auto_topup_threshold import AutoTopupThreshold


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class AutoTopupConfig:
    """AutoTopupConfig

    Attributes:
        object_type (str | None):
        id (str | None):
        wallet_id (str | None):
        status (AutoTopupConfigStatus | None):
        threshold (AutoTopupThreshold | None):
        topup_amount (Amount | None):
        pricing_plan_schedule_id (str | None):
        pricing_item_id (str | None):
        payment_method_id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "wallet_id",
        "status",
        "threshold",
        "topup_amount",
        "pricing_plan_schedule_id",
        "pricing_item_id",
        "payment_method_id",
        "created_at",
        "updated_at",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "wallet_id",
        "status",
        "threshold",
        "topup_amount",
        "pricing_plan_schedule_id",
        "pricing_item_id",
        "payment_method_id",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    wallet_id: str | None = None
    status: AutoTopupConfigStatus | None = _attrs_field(
        default=None, converter=_e_auto_topup_config_status.coerce_optional
    )
    threshold: AutoTopupThreshold | None = None
    topup_amount: Amount | None = None
    pricing_plan_schedule_id: str | None = None
    pricing_item_id: str | None = None
    payment_method_id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
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
        _v = self.wallet_id
        if _v is not None:
            _d["wallet_id"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.threshold
        if _v is not None:
            _d["threshold"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.topup_amount
        if _v is not None:
            _d["topup_amount"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pricing_plan_schedule_id
        if _v is not None:
            _d["pricing_plan_schedule_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_item_id
        if _v is not None:
            _d["pricing_item_id"] = None if _v is _t.NULL else _v
        _v = self.payment_method_id
        if _v is not None:
            _d["payment_method_id"] = None if _v is _t.NULL else _v
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
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("wallet_id")
            _obj.wallet_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_auto_topup_config_status.BY_VALUE.get(_v) or AutoTopupConfigStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("threshold")
            _obj.threshold = None if _v is None else (_models.AutoTopupThreshold.from_dict(_v))
            _v = _d.get("topup_amount")
            _obj.topup_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("pricing_plan_schedule_id")
            _obj.pricing_plan_schedule_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("pricing_item_id")
            _obj.pricing_item_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("payment_method_id")
            _obj.payment_method_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
