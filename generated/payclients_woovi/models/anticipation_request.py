from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import anticipation_status as _e_anticipation_status
from ..models.anticipation_status import AnticipationStatus


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class AnticipationRequest:
    """AnticipationRequest

    Attributes:
        id (str | None):
        status (AnticipationStatus | None):
        beneficiary_tax_id (str | None):
        requested_amount (int | None):
        fee_amount (int | None):
        net_amount (int | None):
        fee_mode (str | None):
        monthly_fee_percentage (float | None):
        days_until_due (int | None):
        due_date (datetime.datetime | None):
        approved_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        cancel_reason (str | None):
        end_to_end_id (str | None):
        failure_code (str | None):
        failure_reason (str | None):
        created_at (datetime.datetime | None):
    """

    _FIELDS = (
        "id",
        "status",
        "beneficiary_tax_id",
        "requested_amount",
        "fee_amount",
        "net_amount",
        "fee_mode",
        "monthly_fee_percentage",
        "days_until_due",
        "due_date",
        "approved_at",
        "cancelled_at",
        "cancel_reason",
        "end_to_end_id",
        "failure_code",
        "failure_reason",
        "created_at",
    )
    _KEYS = frozenset(
        (
            "id",
            "status",
            "beneficiaryTaxID",
            "requestedAmount",
            "feeAmount",
            "netAmount",
            "feeMode",
            "monthlyFeePercentage",
            "daysUntilDue",
            "dueDate",
            "approvedAt",
            "cancelledAt",
            "cancelReason",
            "endToEndId",
            "failureCode",
            "failureReason",
            "createdAt",
        )
    )

    id: str | None = None
    status: AnticipationStatus | None = _attrs_field(default=None, converter=_e_anticipation_status.coerce_optional)
    beneficiary_tax_id: str | None = None
    requested_amount: int | None = None
    fee_amount: int | None = None
    net_amount: int | None = None
    fee_mode: str | None = None
    monthly_fee_percentage: float | None = None
    days_until_due: int | None = None
    due_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    approved_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    cancelled_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    cancel_reason: str | None = None
    end_to_end_id: str | None = None
    failure_code: str | None = None
    failure_reason: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.beneficiary_tax_id
        if _v is not None:
            _d["beneficiaryTaxID"] = None if _v is _t.NULL else _v
        _v = self.requested_amount
        if _v is not None:
            _d["requestedAmount"] = _v
        _v = self.fee_amount
        if _v is not None:
            _d["feeAmount"] = _v
        _v = self.net_amount
        if _v is not None:
            _d["netAmount"] = _v
        _v = self.fee_mode
        if _v is not None:
            _d["feeMode"] = _v
        _v = self.monthly_fee_percentage
        if _v is not None:
            _d["monthlyFeePercentage"] = _v
        _v = self.days_until_due
        if _v is not None:
            _d["daysUntilDue"] = _v
        _v = self.due_date
        if _v is not None:
            _d["dueDate"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.approved_at
        if _v is not None:
            _d["approvedAt"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.cancelled_at
        if _v is not None:
            _d["cancelledAt"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.cancel_reason
        if _v is not None:
            _d["cancelReason"] = None if _v is _t.NULL else _v
        _v = self.end_to_end_id
        if _v is not None:
            _d["endToEndId"] = None if _v is _t.NULL else _v
        _v = self.failure_code
        if _v is not None:
            _d["failureCode"] = None if _v is _t.NULL else _v
        _v = self.failure_reason
        if _v is not None:
            _d["failureReason"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["createdAt"] = None if _v is _t.NULL else _t.iso(_v)
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
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_anticipation_status.BY_VALUE.get(_v) or AnticipationStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "beneficiaryTaxID"
            _v = _d.get("beneficiaryTaxID")
            _obj.beneficiary_tax_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "requestedAmount"
            _v = _d.get("requestedAmount")
            _obj.requested_amount = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "feeAmount"
            _v = _d.get("feeAmount")
            _obj.fee_amount = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "netAmount"
            _v = _d.get("netAmount")
            _obj.net_amount = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "feeMode"
            _v = _d.get("feeMode")
            _obj.fee_mode = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "monthlyFeePercentage"
            _v = _d.get("monthlyFeePercentage")
            _obj.monthly_fee_percentage = None if _v is None else (_t.number(_v))
            _key = "daysUntilDue"
            _v = _d.get("daysUntilDue")
            _obj.days_until_due = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "dueDate"
            _v = _d.get("dueDate")
            _obj.due_date = None if _v is None else (_t.date_time(_v))
            _key = "approvedAt"
            _v = _d.get("approvedAt")
            _obj.approved_at = None if _v is None else (_t.date_time(_v))
            _key = "cancelledAt"
            _v = _d.get("cancelledAt")
            _obj.cancelled_at = None if _v is None else (_t.date_time(_v))
            _key = "cancelReason"
            _v = _d.get("cancelReason")
            _obj.cancel_reason = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "endToEndId"
            _v = _d.get("endToEndId")
            _obj.end_to_end_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "failureCode"
            _v = _d.get("failureCode")
            _obj.failure_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "failureReason"
            _v = _d.get("failureReason")
            _obj.failure_reason = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "createdAt"
            _v = _d.get("createdAt")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
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
