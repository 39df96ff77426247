from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_method_details_type as _e_payment_method_details_type
from ..models.payment_method_details_type import PaymentMethodDetailsType

if TYPE_CHECKING:
    from ..models.payment_method_details_buy_now_pay_later import PaymentMethodDetailsBuyNowPayLater
    from ..models.payment_method_details_card import PaymentMethodDetailsCard
    from ..models.payment_method_details_digital_wallet import PaymentMethodDetailsDigitalWallet
    from ..models.payment_method_details_direct_debit import PaymentMethodDetailsDirectDebit
    from ..models.payment_method_details_online_banking import PaymentMethodDetailsOnlineBanking
    from ..models.payment_method_details_unknown import PaymentMethodDetailsUnknown


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PaymentMethodDetails:
    """The payment method used.

    Attributes:
        type_ (PaymentMethodDetailsType | None): Kind of payment method.
        card (PaymentMethodDetailsCard | None): Card details.
        online_banking (PaymentMethodDetailsOnlineBanking | None): Online banking details.
        buy_now_pay_later (PaymentMethodDetailsBuyNowPayLater | None): Buy-now-pay-later details.
        direct_debit (PaymentMethodDetailsDirectDebit | None): Direct debit details.
        digital_wallet (PaymentMethodDetailsDigitalWallet | None): Digital wallet details.
        unknown (PaymentMethodDetailsUnknown | None): Details of a payment method of another kind.
    """

    _FIELDS = (
        "type_",
        "card",
        "online_banking",
        "buy_now_pay_later",
        "direct_debit",
        "digital_wallet",
        "unknown",
    )
    _KEYS = frozenset(
        (
            "type",
            "card",
            "online_banking",
            "buy_now_pay_later",
            "direct_debit",
            "digital_wallet",
            "unknown",
        )
    )

    type_: PaymentMethodDetailsType | None = _attrs_field(
        default=None, converter=_e_payment_method_details_type.coerce_optional
    )
    card: PaymentMethodDetailsCard | None = None
    online_banking: PaymentMethodDetailsOnlineBanking | None = None
    buy_now_pay_later: PaymentMethodDetailsBuyNowPayLater | None = None
    direct_debit: PaymentMethodDetailsDirectDebit | None = None
    digital_wallet: PaymentMethodDetailsDigitalWallet | None = None
    unknown: PaymentMethodDetailsUnknown | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
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
        _v = self.unknown
        if _v is not None:
            _d["unknown"] = _v.to_dict()
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
            _key = "type"
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
            _key = "card"
            _v = _d.get("card")
            _obj.card = None if _v is None else (_models.PaymentMethodDetailsCard.from_dict(_v))
            _key = "online_banking"
            _v = _d.get("online_banking")
            _obj.online_banking = None if _v is None else (_models.PaymentMethodDetailsOnlineBanking.from_dict(_v))
            _key = "buy_now_pay_later"
            _v = _d.get("buy_now_pay_later")
            _obj.buy_now_pay_later = None if _v is None else (_models.PaymentMethodDetailsBuyNowPayLater.from_dict(_v))
            _key = "direct_debit"
            _v = _d.get("direct_debit")
            _obj.direct_debit = None if _v is None else (_models.PaymentMethodDetailsDirectDebit.from_dict(_v))
            _key = "digital_wallet"
            _v = _d.get("digital_wallet")
            _obj.digital_wallet = None if _v is None else (_models.PaymentMethodDetailsDigitalWallet.from_dict(_v))
            _key = "unknown"
            _v = _d.get("unknown")
            _obj.unknown = None if _v is None else (_models.PaymentMethodDetailsUnknown.from_dict(_v))
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
