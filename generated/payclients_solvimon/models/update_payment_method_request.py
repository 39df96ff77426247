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

from ..models import payment_method_details_type as _e_payment_method_details_type
from ..models import payment_method_status as _e_payment_method_status
from ..models.payment_method_details_type import PaymentMethodDetailsType
from ..models.payment_method_status import PaymentMethodStatus

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.integration_details import IntegrationDetails
    from ..models.payment_method_buy_now_pay_later import PaymentMethodBuyNowPayLater
    from ..models.payment_method_card import PaymentMethodCard
    from ..models.payment_method_digital_wallet import PaymentMethodDigitalWallet
    from ..models.payment_method_direct_debit import PaymentMethodDirectDebit
    from ..models.payment_method_online_banking import PaymentMethodOnlineBanking


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdatePaymentMethodRequest:
    """UpdatePaymentMethodRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        reference (str | None):
        status (PaymentMethodStatus | None):
        type_ (PaymentMethodDetailsType | None):
        card (PaymentMethodCard | None):
        online_banking (PaymentMethodOnlineBanking | None):
        buy_now_pay_later (PaymentMethodBuyNowPayLater | None):
        direct_debit (PaymentMethodDirectDebit | None):
        digital_wallet (PaymentMethodDigitalWallet | None):
        customer_id (str | None):
        integration_id (str | None):
        integration_reference (str | None):
        integration_details (IntegrationDetails | None): Integration-specific data on a custom field value.
        billing_address (Address | None): A postal address.
        is_default (bool | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "reference",
        "status",
        "type_",
        "card",
        "online_banking",
        "buy_now_pay_later",
        "direct_debit",
        "digital_wallet",
        "customer_id",
        "integration_id",
        "integration_reference",
        "integration_details",
        "billing_address",
        "is_default",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "reference",
        "status",
        "type",
        "card",
        "online_banking",
        "buy_now_pay_later",
        "direct_debit",
        "digital_wallet",
        "customer_id",
        "integration_id",
        "integration_reference",
        "integration_details",
        "billing_address",
        "is_default",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    reference: str | None = None
    status: PaymentMethodStatus | None = _attrs_field(default=None, converter=_e_payment_method_status.coerce_optional)
    type_: PaymentMethodDetailsType | None = _attrs_field(
        default=None, converter=_e_payment_method_details_type.coerce_optional
    )
    card: PaymentMethodCard | None = None
    online_banking: PaymentMethodOnlineBanking | None = None
    buy_now_pay_later: PaymentMethodBuyNowPayLater | None = None
    direct_debit: PaymentMethodDirectDebit | None = None
    digital_wallet: PaymentMethodDigitalWallet | None = None
    customer_id: str | None = None
    integration_id: str | None = None
    integration_reference: str | None = None
    integration_details: IntegrationDetails | None = None
    billing_address: Address | None = None
    is_default: bool | None = None
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
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.card
        if _v is not None:
            _d["card"] = _v.to_dict()
        _v = self.online_banking
        if _v is not None:
            _d["online_banking"] = _v.to_dict()
        _v = self.buy_now_pay_later
        if _v is not None:
            _d["buy_now_pay_later"] = _v.to_dict()
        _v = self.direct_debit
        if _v is not None:
            _d["direct_debit"] = _v.to_dict()
        _v = self.digital_wallet
        if _v is not None:
            _d["digital_wallet"] = _v.to_dict()
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.integration_id
        if _v is not None:
            _d["integration_id"] = None if _v is _t.NULL else _v
        _v = self.integration_reference
        if _v is not None:
            _d["integration_reference"] = None if _v is _t.NULL else _v
        _v = self.integration_details
        if _v is not None:
            _d["integration_details"] = _v.to_dict()
        _v = self.billing_address
        if _v is not None:
            _d["billing_address"] = _v.to_dict()
        _v = self.is_default
        if _v is not None:
            _d["is_default"] = None if _v is _t.NULL else _v
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
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_payment_method_status.BY_VALUE.get(_v) or PaymentMethodStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_payment_method_details_type.BY_VALUE.get(_v) or PaymentMethodDetailsType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("card")
            _obj.card = None if _v is None else (_models.PaymentMethodCard.from_dict(_v))
            _v = _d.get("online_banking")
            _obj.online_banking = None if _v is None else (_models.PaymentMethodOnlineBanking.from_dict(_v))
            _v = _d.get("buy_now_pay_later")
            _obj.buy_now_pay_later = None if _v is None else (_models.PaymentMethodBuyNowPayLater.from_dict(_v))
            _v = _d.get("direct_debit")
            _obj.direct_debit = None if _v is None else (_models.PaymentMethodDirectDebit.from_dict(_v))
            _v = _d.get("digital_wallet")
            _obj.digital_wallet = None if _v is None else (_models.PaymentMethodDigitalWallet.from_dict(_v))
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("integration_id")
            _obj.integration_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("integration_reference")
            _obj.integration_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("integration_details")
            _obj.integration_details = None if _v is None else (_models.IntegrationDetails.from_dict(_v))
            _v = _d.get("billing_address")
            _obj.billing_address = None if _v is None else (_models.Address.from_dict(_v))
            _v = _d.get("is_default")
            _obj.is_default = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
