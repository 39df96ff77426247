from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.create_customer_request import CreateCustomerRequest
    from ..models.create_payment_method_request import CreatePaymentMethodRequest
    from ..models.create_pricing_plan_schedule_request import CreatePricingPlanScheduleRequest
    from ..models.create_pricing_plan_subscription_request import CreatePricingPlanSubscriptionRequest
    from ..models.embedded_invoice_request import EmbeddedInvoiceRequest
    from ..models.embedded_payment_request import EmbeddedPaymentRequest
    from ..models.enabled_pricing import EnabledPricing
    from ..models.entitlements import Entitlements


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InitPricingPlanSubscriptionRequest:
    """InitPricingPlanSubscriptionRequest

    Attributes:
        customer (CreateCustomerRequest | None):
        pricing_plan_subscription (CreatePricingPlanSubscriptionRequest | None):
        pricing_plan_schedules (list[CreatePricingPlanScheduleRequest] | None):
        first_payment (EmbeddedPaymentRequest | None):
        payment_method (CreatePaymentMethodRequest | None):
        pricing_plan_subscription_start_at (datetime.datetime | None):
        enabled_pricings (list[EnabledPricing] | None):
        entitlements_summary (Entitlements | None):
        invoice (EmbeddedInvoiceRequest | None):
    """

    _FIELDS = (
        "customer",
        "pricing_plan_subscription",
        "pricing_plan_schedules",
        "first_payment",
        "payment_method",
        "pricing_plan_subscription_start_at",
        "enabled_pricings",
        "entitlements_summary",
        "invoice",
    )
    _KEYS = frozenset(
        (
            "customer",
            "pricing_plan_subscription",
            "pricing_plan_schedules",
            "first_payment",
            "payment_method",
            "pricing_plan_subscription_start_at",
            "enabled_pricings",
            "entitlements_summary",
            "invoice",
        )
    )

    customer: CreateCustomerRequest | None = None
    pricing_plan_subscription: CreatePricingPlanSubscriptionRequest | None = None
    pricing_plan_schedules: list[CreatePricingPlanScheduleRequest] | None = None
    first_payment: EmbeddedPaymentRequest | None = None
    payment_method: CreatePaymentMethodRequest | None = None
    pricing_plan_subscription_start_at: datetime.datetime | None = _attrs_field(
        default=None, converter=_t.to_datetime_or_none
    )
    enabled_pricings: list[EnabledPricing] | None = None
    entitlements_summary: Entitlements | None = None
    invoice: EmbeddedInvoiceRequest | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.customer
        if _v is not None:
            _d["customer"] = _v.to_dict()
        _v = self.pricing_plan_subscription
        if _v is not None:
            _d["pricing_plan_subscription"] = _v.to_dict()
        _v = self.pricing_plan_schedules
        if _v is not None:
            _d["pricing_plan_schedules"] = [_x.to_dict() for _x in _v]
        _v = self.first_payment
        if _v is not None:
            _d["first_payment"] = _v.to_dict()
        _v = self.payment_method
        if _v is not None:
            _d["payment_method"] = _v.to_dict()
        _v = self.pricing_plan_subscription_start_at
        if _v is not None:
            _d["pricing_plan_subscription_start_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.enabled_pricings
        if _v is not None:
            _d["enabled_pricings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.entitlements_summary
        if _v is not None:
            _d["entitlements_summary"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.invoice
        if _v is not None:
            _d["invoice"] = None if _v is _t.NULL else _v.to_dict()
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
            _key = "customer"
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.CreateCustomerRequest.from_dict(_v))
            _key = "pricing_plan_subscription"
            _v = _d.get("pricing_plan_subscription")
            _obj.pricing_plan_subscription = (
                None if _v is None else (_models.CreatePricingPlanSubscriptionRequest.from_dict(_v))
            )
            _key = "pricing_plan_schedules"
            _v = _d.get("pricing_plan_schedules")
            _obj.pricing_plan_schedules = (
                None if _v is None else (_t.list_of(_v, _models.CreatePricingPlanScheduleRequest.from_dict))
            )
            _key = "first_payment"
            _v = _d.get("first_payment")
            _obj.first_payment = None if _v is None else (_models.EmbeddedPaymentRequest.from_dict(_v))
            _key = "payment_method"
            _v = _d.get("payment_method")
            _obj.payment_method = None if _v is None else (_models.CreatePaymentMethodRequest.from_dict(_v))
            _key = "pricing_plan_subscription_start_at"
            _v = _d.get("pricing_plan_subscription_start_at")
            _obj.pricing_plan_subscription_start_at = None if _v is None else (_t.date_time(_v))
            _key = "enabled_pricings"
            _v = _d.get("enabled_pricings")
            _obj.enabled_pricings = None if _v is None else (_t.list_of(_v, _models.EnabledPricing.from_dict))
            _key = "entitlements_summary"
            _v = _d.get("entitlements_summary")
            _obj.entitlements_summary = None if _v is None else (_models.Entitlements.from_dict(_v))
            _key = "invoice"
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.EmbeddedInvoiceRequest.from_dict(_v))
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
