from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import country_code as _e_country_code
from ..models import (
    payment_method_tokenization_request_shopper_interaction as _e_payment_method_tokenization_request_shopper_interaction,
)
from ..models.country_code import CountryCode
from ..models.payment_method_tokenization_request_shopper_interaction import (
    PaymentMethodTokenizationRequestShopperInteraction,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ListPaymentMethodOptionsRequest:
    """ListPaymentMethodOptionsRequest

    Attributes:
        customer_id (str | None):
        pricing_plan_subscription_id (str | None):
        invoice_id (str | None):
        amount (Amount | None): Money: a decimal quantity in a currency.
        country (CountryCode | None):
        shopper_interaction (PaymentMethodTokenizationRequestShopperInteraction | None):
    """

    _FIELDS = (
        "customer_id",
        "pricing_plan_subscription_id",
        "invoice_id",
        "amount",
        "country",
        "shopper_interaction",
    )
    _KEYS = frozenset(
        (
            "customer_id",
            "pricing_plan_subscription_id",
            "invoice_id",
            "amount",
            "country",
            "shopper_interaction",
        )
    )

    customer_id: str | None = None
    pricing_plan_subscription_id: str | None = None
    invoice_id: str | None = None
    amount: Amount | None = None
    country: CountryCode | None = _attrs_field(default=None, converter=_e_country_code.coerce_optional)
    shopper_interaction: PaymentMethodTokenizationRequestShopperInteraction | None = _attrs_field(
        default=None, converter=_e_payment_method_tokenization_request_shopper_interaction.coerce_optional
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_id
        if _v is not None:
            _d["pricing_plan_subscription_id"] = None if _v is _t.NULL else _v
        _v = self.invoice_id
        if _v is not None:
            _d["invoice_id"] = None if _v is _t.NULL else _v
        _v = self.amount
        if _v is not None:
            _d["amount"] = _v.to_dict()
        _v = self.country
        if _v is not None:
            _d["country"] = None if _v is _t.NULL else _v
        _v = self.shopper_interaction
        if _v is not None:
            _d["shopper_interaction"] = _v
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
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_plan_subscription_id"
            _v = _d.get("pricing_plan_subscription_id")
            _obj.pricing_plan_subscription_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "invoice_id"
            _v = _d.get("invoice_id")
            _obj.invoice_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "amount"
            _v = _d.get("amount")
            _obj.amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "country"
            _v = _d.get("country")
            _obj.country = (
                None
                if _v is None
                else (
                    (_e_country_code.BY_VALUE.get(_v) or CountryCode(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "shopper_interaction"
            _v = _d.get("shopper_interaction")
            _obj.shopper_interaction = (
                None
                if _v is None
                else (
                    (
                        _e_payment_method_tokenization_request_shopper_interaction.BY_VALUE.get(_v)
                        or PaymentMethodTokenizationRequestShopperInteraction(_v)
                    )
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
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
