from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.anticipation_frequency_override import AnticipationFrequencyOverride


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class AnticipationBeneficiaryCreateRequest:
    """AnticipationBeneficiaryCreateRequest

    Attributes:
        name (str):
        tax_id (str):
        cpf (str | None):
        notify_email (str | None):
        notify_phone (str | None):
        available_amount (int | None):
        max_advanceable_amount (int | None):
        auto_approve (bool | None):
        fee_destination_account_id (str | None):
        payment_days_override (list[int] | None):
        frequency_override (AnticipationFrequencyOverride | None):
        correlation_id (str | None):
    """

    _FIELDS = (
        "name",
        "tax_id",
        "cpf",
        "notify_email",
        "notify_phone",
        "available_amount",
        "max_advanceable_amount",
        "auto_approve",
        "fee_destination_account_id",
        "payment_days_override",
        "frequency_override",
        "correlation_id",
    )
    _KEYS = frozenset(
        (
            "name",
            "taxID",
            "cpf",
            "notifyEmail",
            "notifyPhone",
            "availableAmount",
            "maxAdvanceableAmount",
            "autoApprove",
            "feeDestinationAccountId",
            "paymentDaysOverride",
            "frequencyOverride",
            "correlationID",
        )
    )

    name: str
    tax_id: str
    cpf: str | None = None
    notify_email: str | None = None
    notify_phone: str | None = None
    available_amount: int | None = None
    max_advanceable_amount: int | None = None
    auto_approve: bool | None = None
    fee_destination_account_id: str | None = None
    payment_days_override: list[int] | None = None
    frequency_override: AnticipationFrequencyOverride | None = None
    correlation_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["name"] = self.name
        _d["taxID"] = self.tax_id
        _v = self.cpf
        if _v is not None:
            _d["cpf"] = None if _v is _t.NULL else _v
        _v = self.notify_email
        if _v is not None:
            _d["notifyEmail"] = None if _v is _t.NULL else _v
        _v = self.notify_phone
        if _v is not None:
            _d["notifyPhone"] = None if _v is _t.NULL else _v
        _v = self.available_amount
        if _v is not None:
            _d["availableAmount"] = None if _v is _t.NULL else _v
        _v = self.max_advanceable_amount
        if _v is not None:
            _d["maxAdvanceableAmount"] = None if _v is _t.NULL else _v
        _v = self.auto_approve
        if _v is not None:
            _d["autoApprove"] = None if _v is _t.NULL else _v
        _v = self.fee_destination_account_id
        if _v is not None:
            _d["feeDestinationAccountId"] = None if _v is _t.NULL else _v
        _v = self.payment_days_override
        if _v is not None:
            _d["paymentDaysOverride"] = None if _v is _t.NULL else list(_v)
        _v = self.frequency_override
        if _v is not None:
            _d["frequencyOverride"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.correlation_id
        if _v is not None:
            _d["correlationID"] = None if _v is _t.NULL else _v
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
            _key = "name"
            _v = _d.get("name")
            if _v is None:
                _t.missing(_d, _key)
            _obj.name = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "taxID"
            _v = _d.get("taxID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.tax_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "cpf"
            _v = _d.get("cpf")
            _obj.cpf = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "notifyEmail"
            _v = _d.get("notifyEmail")
            _obj.notify_email = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "notifyPhone"
            _v = _d.get("notifyPhone")
            _obj.notify_phone = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "availableAmount"
            _v = _d.get("availableAmount")
            _obj.available_amount = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "maxAdvanceableAmount"
            _v = _d.get("maxAdvanceableAmount")
            _obj.max_advanceable_amount = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "autoApprove"
            _v = _d.get("autoApprove")
            _obj.auto_approve = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "feeDestinationAccountId"
            _v = _d.get("feeDestinationAccountId")
            _obj.fee_destination_account_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "paymentDaysOverride"
            _v = _d.get("paymentDaysOverride")
            _obj.payment_days_override = None if _v is None else (_t.list_of(_v, _t.integer))
            _key = "frequencyOverride"
            _v = _d.get("frequencyOverride")
            _obj.frequency_override = None if _v is None else (_models.AnticipationFrequencyOverride.from_dict(_v))
            _key = "correlationID"
            _v = _d.get("correlationID")
            _obj.correlation_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
