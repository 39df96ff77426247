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

from ..models import credit_type_status as _e_credit_type_status
from ..models.credit_type_status import CreditTypeStatus

if TYPE_CHECKING:
    from ..models.promotion_code_limited_to import PromotionCodeLimitedTo


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PromotionCode:
    """PromotionCode

    Attributes:
        object_type (str | None):
        id (str | None):
        code_format (str | None):
        code (str | None):
        coupon_id (str | None):
        status (CreditTypeStatus | None):
        limited_to (PromotionCodeLimitedTo | None):
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        maximum_redemptions (int | None):
        number_of_redemptions (int | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "code_format",
        "code",
        "coupon_id",
        "status",
        "limited_to",
        "start_at",
        "end_at",
        "maximum_redemptions",
        "number_of_redemptions",
        "created_at",
        "updated_at",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "code_format",
        "code",
        "coupon_id",
        "status",
        "limited_to",
        "start_at",
        "end_at",
        "maximum_redemptions",
        "number_of_redemptions",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    code_format: str | None = None
    code: str | None = None
    coupon_id: str | None = None
    status: CreditTypeStatus | None = _attrs_field(default=None, converter=_e_credit_type_status.coerce_optional)
    limited_to: PromotionCodeLimitedTo | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    maximum_redemptions: int | None = None
    number_of_redemptions: int | None = None
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
        _v = self.code_format
        if _v is not None:
            _d["code_format"] = _v
        _v = self.code
        if _v is not None:
            _d["code"] = _v
        _v = self.coupon_id
        if _v is not None:
            _d["coupon_id"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.limited_to
        if _v is not None:
            _d["limited_to"] = _v.to_dict()
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.end_at
        if _v is not None:
            _d["end_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.maximum_redemptions
        if _v is not None:
            _d["maximum_redemptions"] = None if _v is _t.NULL else _v
        _v = self.number_of_redemptions
        if _v is not None:
            _d["number_of_redemptions"] = None if _v is _t.NULL else _v
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
            _v = _d.get("code_format")
            _obj.code_format = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("code")
            _obj.code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("coupon_id")
            _obj.coupon_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_credit_type_status.BY_VALUE.get(_v) or CreditTypeStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("limited_to")
            _obj.limited_to = None if _v is None else (_models.PromotionCodeLimitedTo.from_dict(_v))
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("end_at")
            _obj.end_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("maximum_redemptions")
            _obj.maximum_redemptions = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _v = _d.get("number_of_redemptions")
            _obj.number_of_redemptions = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
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
