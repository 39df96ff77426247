from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import charge_status as _e_charge_status
from ..models import charge_type as _e_charge_type
from ..models.charge_status import ChargeStatus
from ..models.charge_type import ChargeType

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.charge_payment_methods import ChargePaymentMethods
    from ..models.customer import Customer
    from ..models.subscription import Subscription


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Charge:
    """Charge

    Attributes:
        status (ChargeStatus):
        correlation_id (str):
        value (int | None): Amount in cents.
        customer (Customer | str | None): The customer, or only its id in some nested payloads.
        payer (Customer | None):
        type_ (ChargeType | None):
        comment (str | None):
        br_code (str | None): Pix copy-and-paste code.
        payment_link_id (str | None):
        payment_link_url (str | None):
        global_id (str | None):
        transaction_id (str | None):
        identifier (str | None):
        qr_code_image (str | None): URL of the PNG QR code.
        additional_info (list[AdditionalInfo] | None):
        pix_key (str | None):
        fee (int | None):
        discount (int | None):
        value_with_discount (int | None):
        giftback_applied_value (int | None):
        ensure_same_tax_id (bool | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        paid_at (datetime.datetime | None): When the charge was paid; null while it is not.
        expires_in (int | None): Seconds until expiration.
        expires_date (datetime.datetime | None):
        due_date (datetime.datetime | None):
        subscription (Subscription | None):
        payment_methods (ChargePaymentMethods | None):
    """

    _FIELDS = (
        "status",
        "correlation_id",
        "value",
        "customer",
        "payer",
        "type_",
        "comment",
        "br_code",
        "payment_link_id",
        "payment_link_url",
        "global_id",
        "transaction_id",
        "identifier",
        "qr_code_image",
        "additional_info",
        "pix_key",
        "fee",
        "discount",
        "value_with_discount",
        "giftback_applied_value",
        "ensure_same_tax_id",
        "created_at",
        "updated_at",
        "paid_at",
        "expires_in",
        "expires_date",
        "due_date",
        "subscription",
        "payment_methods",
    )
    _KEYS = frozenset(
        (
            "status",
            "correlationID",
            "value",
            "customer",
            "payer",
            "type",
            "comment",
            "brCode",
            "paymentLinkID",
            "paymentLinkUrl",
            "globalID",
            "transactionID",
            "identifier",
            "qrCodeImage",
            "additionalInfo",
            "pixKey",
            "fee",
            "discount",
            "valueWithDiscount",
            "giftbackAppliedValue",
            "ensureSameTaxID",
            "createdAt",
            "updatedAt",
            "paidAt",
            "expiresIn",
            "expiresDate",
            "dueDate",
            "subscription",
            "paymentMethods",
        )
    )

    status: ChargeStatus = _attrs_field(converter=_e_charge_status.coerce)
    correlation_id: str
    value: int | None = None
    customer: Customer | str | None = None
    payer: Customer | None = None
    type_: ChargeType | None = _attrs_field(default=None, converter=_e_charge_type.coerce_optional)
    comment: str | None = None
    br_code: str | None = None
    payment_link_id: str | None = None
    payment_link_url: str | None = None
    global_id: str | None = None
    transaction_id: str | None = None
    identifier: str | None = None
    qr_code_image: str | None = None
    additional_info: list[AdditionalInfo] | None = None
    pix_key: str | None = None
    fee: int | None = None
    discount: int | None = None
    value_with_discount: int | None = None
    giftback_applied_value: int | None = None
    ensure_same_tax_id: bool | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    paid_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    expires_in: int | None = None
    expires_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    due_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    subscription: Subscription | None = None
    payment_methods: ChargePaymentMethods | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["status"] = self.status
        _d["correlationID"] = self.correlation_id
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _t.dump(_v)
        _v = self.payer
        if _v is not None:
            _d["payer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.comment
        if _v is not None:
            _d["comment"] = _v
        _v = self.br_code
        if _v is not None:
            _d["brCode"] = _v
        _v = self.payment_link_id
        if _v is not None:
            _d["paymentLinkID"] = _v
        _v = self.payment_link_url
        if _v is not None:
            _d["paymentLinkUrl"] = _v
        _v = self.global_id
        if _v is not None:
            _d["globalID"] = _v
        _v = self.transaction_id
        if _v is not None:
            _d["transactionID"] = _v
        _v = self.identifier
        if _v is not None:
            _d["identifier"] = _v
        _v = self.qr_code_image
        if _v is not None:
            _d["qrCodeImage"] = _v
        _v = self.additional_info
        if _v is not None:
            _d["additionalInfo"] = [_x.to_dict() for _x in _v]
        _v = self.pix_key
        if _v is not None:
            _d["pixKey"] = _v
        _v = self.fee
        if _v is not None:
            _d["fee"] = _v
        _v = self.discount
        if _v is not None:
            _d["discount"] = _v
        _v = self.value_with_discount
        if _v is not None:
            _d["valueWithDiscount"] = _v
        _v = self.giftback_applied_value
        if _v is not None:
            _d["giftbackAppliedValue"] = _v
        _v = self.ensure_same_tax_id
        if _v is not None:
            _d["ensureSameTaxID"] = _v
        _v = self.created_at
        if _v is not None:
            _d["createdAt"] = _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updatedAt"] = _t.iso(_v)
        _v = self.paid_at
        if _v is not None:
            _d["paidAt"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.expires_in
        if _v is not None:
            _d["expiresIn"] = _v
        _v = self.expires_date
        if _v is not None:
            _d["expiresDate"] = _t.iso(_v)
        _v = self.due_date
        if _v is not None:
            _d["dueDate"] = _t.iso(_v)
        _v = self.subscription
        if _v is not None:
            _d["subscription"] = _v.to_dict()
        _v = self.payment_methods
        if _v is not None:
            _d["paymentMethods"] = _v.to_dict()
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
            _key = "status"
            _v = _d.get("status")
            if _v is None:
                _t.missing(_d, _key)
            _obj.status = (
                (_e_charge_status.BY_VALUE.get(_v) or ChargeStatus(_v)) if type(_v) is str else _t.wrong("string", _v)
            )
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "customer"
            _v = _d.get("customer")
            _obj.customer = (
                None
                if _v is None
                else (
                    _t.one_of(
                        _v,
                        (
                            _models.Customer.from_dict,
                            _t.string,
                        ),
                        "Customer or str",
                    )
                )
            )
            _key = "payer"
            _v = _d.get("payer")
            _obj.payer = None if _v is None else (_models.Customer.from_dict(_v))
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
            _key = "brCode"
            _v = _d.get("brCode")
            _obj.br_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "paymentLinkID"
            _v = _d.get("paymentLinkID")
            _obj.payment_link_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "paymentLinkUrl"
            _v = _d.get("paymentLinkUrl")
            _obj.payment_link_url = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "globalID"
            _v = _d.get("globalID")
            _obj.global_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "transactionID"
            _v = _d.get("transactionID")
            _obj.transaction_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "identifier"
            _v = _d.get("identifier")
            _obj.identifier = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "qrCodeImage"
            _v = _d.get("qrCodeImage")
            _obj.qr_code_image = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "additionalInfo"
            _v = _d.get("additionalInfo")
            _obj.additional_info = None if _v is None else (_t.list_of(_v, _models.AdditionalInfo.from_dict))
            _key = "pixKey"
            _v = _d.get("pixKey")
            _obj.pix_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "fee"
            _v = _d.get("fee")
            _obj.fee = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "discount"
            _v = _d.get("discount")
            _obj.discount = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "valueWithDiscount"
            _v = _d.get("valueWithDiscount")
            _obj.value_with_discount = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "giftbackAppliedValue"
            _v = _d.get("giftbackAppliedValue")
            _obj.giftback_applied_value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "ensureSameTaxID"
            _v = _d.get("ensureSameTaxID")
            _obj.ensure_same_tax_id = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "createdAt"
            _v = _d.get("createdAt")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _key = "updatedAt"
            _v = _d.get("updatedAt")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _key = "paidAt"
            _v = _d.get("paidAt")
            _obj.paid_at = None if _v is None else (_t.date_time(_v))
            _key = "expiresIn"
            _v = _d.get("expiresIn")
            _obj.expires_in = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "expiresDate"
            _v = _d.get("expiresDate")
            _obj.expires_date = None if _v is None else (_t.date_time(_v))
            _key = "dueDate"
            _v = _d.get("dueDate")
            _obj.due_date = None if _v is None else (_t.date_time(_v))
            _key = "subscription"
            _v = _d.get("subscription")
            _obj.subscription = None if _v is None else (_models.Subscription.from_dict(_v))
            _key = "paymentMethods"
            _v = _d.get("paymentMethods")
            _obj.payment_methods = None if _v is None else (_models.ChargePaymentMethods.from_dict(_v))
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
