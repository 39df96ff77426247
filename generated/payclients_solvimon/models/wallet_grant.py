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

from ..models import wallet_grant_type as _e_wallet_grant_type
from ..models.wallet_grant_type import WalletGrantType

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credits_ import Credits


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WalletGrant:
    """WalletGrant

    Attributes:
        object_type (str | None):
        id (str | None):
        customer_id (str | None):
        billing_entity_id (str | None):
        wallet_id (str | None):
        type_ (WalletGrantType | None):
        description (str | None):
        grant_amount (Amount | None): Money: a decimal quantity in a currency.
        grant_credits (Credits | None): A quantity of credits of one credit type.
        paid_amount (Amount | None): Money: a decimal quantity in a currency.
        start_at (datetime.datetime | None):
        expire_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "customer_id",
        "billing_entity_id",
        "wallet_id",
        "type_",
        "description",
        "grant_amount",
        "grant_credits",
        "paid_amount",
        "start_at",
        "expire_at",
        "created_at",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "customer_id",
        "billing_entity_id",
        "wallet_id",
        "type",
        "description",
        "grant_amount",
        "grant_credits",
        "paid_amount",
        "start_at",
        "expire_at",
        "created_at",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    customer_id: str | None = None
    billing_entity_id: str | None = None
    wallet_id: str | None = None
    type_: WalletGrantType | None = _attrs_field(default=None, converter=_e_wallet_grant_type.coerce_optional)
    description: str | None = None
    grant_amount: Amount | None = None
    grant_credits: Credits | None = None
    paid_amount: Amount | None = None
    start_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    expire_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
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
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.billing_entity_id
        if _v is not None:
            _d["billing_entity_id"] = None if _v is _t.NULL else _v
        _v = self.wallet_id
        if _v is not None:
            _d["wallet_id"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.grant_amount
        if _v is not None:
            _d["grant_amount"] = _v.to_dict()
        _v = self.grant_credits
        if _v is not None:
            _d["grant_credits"] = _v.to_dict()
        _v = self.paid_amount
        if _v is not None:
            _d["paid_amount"] = _v.to_dict()
        _v = self.start_at
        if _v is not None:
            _d["start_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.expire_at
        if _v is not None:
            _d["expire_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
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
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("billing_entity_id")
            _obj.billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("wallet_id")
            _obj.wallet_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_wallet_grant_type.BY_VALUE.get(_v) or WalletGrantType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("grant_amount")
            _obj.grant_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("grant_credits")
            _obj.grant_credits = None if _v is None else (_models.Credits.from_dict(_v))
            _v = _d.get("paid_amount")
            _obj.paid_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("start_at")
            _obj.start_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("expire_at")
            _obj.expire_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
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
