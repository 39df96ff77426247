from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import transaction_status as _e_transaction_status
from ..models import transaction_type as _e_transaction_type
from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType

if TYPE_CHECKING:
    from ..models.charge import Charge
    from ..models.customer import Customer
    from ..models.party import Party
    from ..models.pix_qr_code import PixQrCode
    from ..models.pix_raw import PixRaw
    from ..models.pix_withdraw_transaction import PixWithdrawTransaction
    from ..models.transaction_webhook_delivery import TransactionWebhookDelivery


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Transaction:
    """A Pix transaction; also the `pix` block of webhooks.

    Attributes:
        value (int):
        time (datetime.datetime | None):
        end_to_end_id (str | None):
        transaction_id (str | None):
        info_pagador (str | None): Message written by the payer.
        type_ (TransactionType | None):
        status (TransactionStatus | None):
        global_id (str | None):
        pix_key (str | None):
        partial (bool | None): For refunds, whether only part of the value was returned.
        created_at (datetime.datetime | None):
        charge (Charge | None):
        pix_qr_code (PixQrCode | None):
        customer (Customer | None):
        payer (Customer | None):
        withdraw (PixWithdrawTransaction | None):
        debit_party (Party | None): One side (debit or credit) of a Pix transfer.
        credit_party (Party | None): One side (debit or credit) of a Pix transfer.
        raw (PixRaw | None): Transaction as reported by the Central Bank's Pix API.
        webhook_sent (list[TransactionWebhookDelivery] | None):
    """

    _FIELDS = (
        "value",
        "time",
        "end_to_end_id",
        "transaction_id",
        "info_pagador",
        "type_",
        "status",
        "global_id",
        "pix_key",
        "partial",
        "created_at",
        "charge",
        "pix_qr_code",
        "customer",
        "payer",
        "withdraw",
        "debit_party",
        "credit_party",
        "raw",
        "webhook_sent",
    )
    _KEYS = frozenset(
        (
            "value",
            "time",
            "endToEndId",
            "transactionID",
            "infoPagador",
            "type",
            "status",
            "globalID",
            "pixKey",
            "partial",
            "createdAt",
            "charge",
            "pixQrCode",
            "customer",
            "payer",
            "withdraw",
            "debitParty",
            "creditParty",
            "raw",
            "webhookSent",
        )
    )

    value: int
    time: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    end_to_end_id: str | None = None
    transaction_id: str | None = None
    info_pagador: str | None = None
    type_: TransactionType | None = _attrs_field(default=None, converter=_e_transaction_type.coerce_optional)
    status: TransactionStatus | None = _attrs_field(default=None, converter=_e_transaction_status.coerce_optional)
    global_id: str | None = None
    pix_key: str | None = None
    partial: bool | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    charge: Charge | None = None
    pix_qr_code: PixQrCode | None = None
    customer: Customer | None = None
    payer: Customer | None = None
    withdraw: PixWithdrawTransaction | None = None
    debit_party: Party | None = None
    credit_party: Party | None = None
    raw: PixRaw | None = None
    webhook_sent: list[TransactionWebhookDelivery] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["value"] = self.value
        _v = self.time
        if _v is not None:
            _d["time"] = _t.iso(_v)
        _v = self.end_to_end_id
        if _v is not None:
            _d["endToEndId"] = _v
        _v = self.transaction_id
        if _v is not None:
            _d["transactionID"] = _v
        _v = self.info_pagador
        if _v is not None:
            _d["infoPagador"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.global_id
        if _v is not None:
            _d["globalID"] = _v
        _v = self.pix_key
        if _v is not None:
            _d["pixKey"] = _v
        _v = self.partial
        if _v is not None:
            _d["partial"] = _v
        _v = self.created_at
        if _v is not None:
            _d["createdAt"] = _t.iso(_v)
        _v = self.charge
        if _v is not None:
            _d["charge"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pix_qr_code
        if _v is not None:
            _d["pixQrCode"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.payer
        if _v is not None:
            _d["payer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.withdraw
        if _v is not None:
            _d["withdraw"] = _v.to_dict()
        _v = self.debit_party
        if _v is not None:
            _d["debitParty"] = _v.to_dict()
        _v = self.credit_party
        if _v is not None:
            _d["creditParty"] = _v.to_dict()
        _v = self.raw
        if _v is not None:
            _d["raw"] = _v.to_dict()
        _v = self.webhook_sent
        if _v is not None:
            _d["webhookSent"] = [_x.to_dict() for _x in _v]
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
            _key = "value"
            _v = _d.get("value")
            if _v is None:
                _t.missing(_d, _key)
            _obj.value = _v if type(_v) is int else _t.integer(_v)
            _key = "time"
            _v = _d.get("time")
            _obj.time = None if _v is None else (_t.date_time(_v))
            _key = "endToEndId"
            _v = _d.get("endToEndId")
            _obj.end_to_end_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "transactionID"
            _v = _d.get("transactionID")
            _obj.transaction_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "infoPagador"
            _v = _d.get("infoPagador")
            _obj.info_pagador = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_transaction_type.BY_VALUE.get(_v) or TransactionType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_transaction_status.BY_VALUE.get(_v) or TransactionStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "globalID"
            _v = _d.get("globalID")
            _obj.global_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pixKey"
            _v = _d.get("pixKey")
            _obj.pix_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "partial"
            _v = _d.get("partial")
            _obj.partial = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "createdAt"
            _v = _d.get("createdAt")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _key = "charge"
            _v = _d.get("charge")
            _obj.charge = None if _v is None else (_models.Charge.from_dict(_v))
            _key = "pixQrCode"
            _v = _d.get("pixQrCode")
            _obj.pix_qr_code = None if _v is None else (_models.PixQrCode.from_dict(_v))
            _key = "customer"
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.Customer.from_dict(_v))
            _key = "payer"
            _v = _d.get("payer")
            _obj.payer = None if _v is None else (_models.Customer.from_dict(_v))
            _key = "withdraw"
            _v = _d.get("withdraw")
            _obj.withdraw = None if _v is None else (_models.PixWithdrawTransaction.from_dict(_v))
            _key = "debitParty"
            _v = _d.get("debitParty")
            _obj.debit_party = None if _v is None else (_models.Party.from_dict(_v))
            _key = "creditParty"
            _v = _d.get("creditParty")
            _obj.credit_party = None if _v is None else (_models.Party.from_dict(_v))
            _key = "raw"
            _v = _d.get("raw")
            _obj.raw = None if _v is None else (_models.PixRaw.from_dict(_v))
            _key = "webhookSent"
            _v = _d.get("webhookSent")
            _obj.webhook_sent = None if _v is None else (_t.list_of(_v, _models.TransactionWebhookDelivery.from_dict))
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
