from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import charge_type as _e_charge_type
from ..models.charge_type import ChargeType

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.charge_discount_settings import ChargeDiscountSettings
    from ..models.charge_penalty import ChargePenalty
    from ..models.charge_split import ChargeSplit
    from ..models.customer_create_request import CustomerCreateRequest


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ChargeCreateRequest:
    """ChargeCreateRequest

    Attributes:
        correlation_id (str): Caller's unique id of the charge.
        value (int): Amount in cents.
        type_ (ChargeType | None):
        comment (str | None):
        expires_in (int | None): Seconds until expiration.
        expires_date (datetime.datetime | None):
        due_date (datetime.datetime | None):
        customer (CustomerCreateRequest | None): A new customer. Besides the name, taxID, email or phone must be present (any one of them).
        ensure_same_tax_id (bool | None): Only accept payment from the customer's own taxID.
        fixed_location (bool | None):
        payment_link_id (str | None):
        days_for_due_date (int | None):
        days_after_due_date (int | None):
        interests (ChargePenalty | None): Interest or fine applied after the due date.
        fines (ChargePenalty | None): Interest or fine applied after the due date.
        discount_settings (ChargeDiscountSettings | None):
        additional_info (list[AdditionalInfo] | None):
        enable_cashback_percentage (bool | None):
        enable_cashback_exclusive_percentage (bool | None):
        subaccount (str | None): Pix key of a subaccount that receives the value.
        splits (list[ChargeSplit] | None):
    """

    _FIELDS = (
        "correlation_id",
        "value",
        "type_",
        "comment",
        "expires_in",
        "expires_date",
        "due_date",
        "customer",
        "ensure_same_tax_id",
        "fixed_location",
        "payment_link_id",
        "days_for_due_date",
        "days_after_due_date",
        "interests",
        "fines",
        "discount_settings",
        "additional_info",
        "enable_cashback_percentage",
        "enable_cashback_exclusive_percentage",
        "subaccount",
        "splits",
    )
    _KEYS = frozenset(
        (
            "correlationID",
            "value",
            "type",
            "comment",
            "expiresIn",
            "expiresDate",
            "dueDate",
            "customer",
            "ensureSameTaxID",
            "fixedLocation",
            "paymentLinkID",
            "daysForDueDate",
            "daysAfterDueDate",
            "interests",
            "fines",
            "discountSettings",
            "additionalInfo",
            "enableCashbackPercentage",
            "enableCashbackExclusivePercentage",
            "subaccount",
            "splits",
        )
    )

    correlation_id: str
    value: int
    type_: ChargeType | None = _attrs_field(default=None, converter=_e_charge_type.coerce_optional)
    comment: str | None = None
    expires_in: int | None = None
    expires_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    due_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    customer: CustomerCreateRequest | None = None
    ensure_same_tax_id: bool | None = None
    fixed_location: bool | None = None
    payment_link_id: str | None = None
    days_for_due_date: int | None = None
    days_after_due_date: int | None = None
    interests: ChargePenalty | None = None
    fines: ChargePenalty | None = None
    discount_settings: ChargeDiscountSettings | None = None
    additional_info: list[AdditionalInfo] | None = None
    enable_cashback_percentage: bool | None = None
    enable_cashback_exclusive_percentage: bool | None = None
    subaccount: str | None = None
    splits: list[ChargeSplit] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["correlationID"] = self.correlation_id
        _d["value"] = self.value
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.comment
        if _v is not None:
            _d["comment"] = _v
        _v = self.expires_in
        if _v is not None:
            _d["expiresIn"] = _v
        _v = self.expires_date
        if _v is not None:
            _d["expiresDate"] = _t.iso(_v)
        _v = self.due_date
        if _v is not None:
            _d["dueDate"] = _t.iso(_v)
        _v = self.customer
        if _v is not None:
            _d["customer"] = _v.to_dict()
        _v = self.ensure_same_tax_id
        if _v is not None:
            _d["ensureSameTaxID"] = _v
        _v = self.fixed_location
        if _v is not None:
            _d["fixedLocation"] = _v
        _v = self.payment_link_id
        if _v is not None:
            _d["paymentLinkID"] = _v
        _v = self.days_for_due_date
        if _v is not None:
            _d["daysForDueDate"] = _v
        _v = self.days_after_due_date
        if _v is not None:
            _d["daysAfterDueDate"] = _v
        _v = self.interests
        if _v is not None:
            _d["interests"] = _v.to_dict()
        _v = self.fines
        if _v is not None:
            _d["fines"] = _v.to_dict()
        _v = self.discount_settings
        if _v is not None:
            _d["discountSettings"] = _v.to_dict()
        _v = self.additional_info
        if _v is not None:
            _d["additionalInfo"] = [_x.to_dict() for _x in _v]
        _v = self.enable_cashback_percentage
        if _v is not None:
            _d["enableCashbackPercentage"] = _v
        _v = self.enable_cashback_exclusive_percentage
        if _v is not None:
            _d["enableCashbackExclusivePercentage"] = _v
        _v = self.subaccount
        if _v is not None:
            _d["subaccount"] = _v
        _v = self.splits
        if _v is not None:
            _d["splits"] = [_x.to_dict() for _x in _v]
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
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "value"
            _v = _d.get("value")
            if _v is None:
                _t.missing(_d, _key)
            _obj.value = _v if type(_v) is int else _t.integer(_v)
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_charge_type.BY_VALUE.get(_v) or ChargeType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "comment"
            _v = _d.get("comment")
            _obj.comment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "expiresIn"
            _v = _d.get("expiresIn")
            _obj.expires_in = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "expiresDate"
            _v = _d.get("expiresDate")
            _obj.expires_date = None if _v is None else (_t.date_time(_v))
            _key = "dueDate"
            _v = _d.get("dueDate")
            _obj.due_date = None if _v is None else (_t.date_time(_v))
            _key = "customer"
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.CustomerCreateRequest.from_dict(_v))
            _key = "ensureSameTaxID"
            _v = _d.get("ensureSameTaxID")
            _obj.ensure_same_tax_id = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "fixedLocation"
            _v = _d.get("fixedLocation")
            _obj.fixed_location = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "paymentLinkID"
            _v = _d.get("paymentLinkID")
            _obj.payment_link_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "daysForDueDate"
            _v = _d.get("daysForDueDate")
            _obj.days_for_due_date = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "daysAfterDueDate"
            _v = _d.get("daysAfterDueDate")
            _obj.days_after_due_date = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "interests"
            _v = _d.get("interests")
            _obj.interests = None if _v is None else (_models.ChargePenalty.from_dict(_v))
            _key = "fines"
            _v = _d.get("fines")
            _obj.fines = None if _v is None else (_models.ChargePenalty.from_dict(_v))
            _key = "discountSettings"
            _v = _d.get("discountSettings")
            _obj.discount_settings = None if _v is None else (_models.ChargeDiscountSettings.from_dict(_v))
            _key = "additionalInfo"
            _v = _d.get("additionalInfo")
            _obj.additional_info = None if _v is None else (_t.list_of(_v, _models.AdditionalInfo.from_dict))
            _key = "enableCashbackPercentage"
            _v = _d.get("enableCashbackPercentage")
            _obj.enable_cashback_percentage = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _key = "enableCashbackExclusivePercentage"
            _v = _d.get("enableCashbackExclusivePercentage")
            _obj.enable_cashback_exclusive_percentage = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _key = "subaccount"
            _v = _d.get("subaccount")
            _obj.subaccount = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "splits"
            _v = _d.get("splits")
            _obj.splits = None if _v is None else (_t.list_of(_v, _models.ChargeSplit.from_dict))
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
