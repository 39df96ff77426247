from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_context_type as _e_payment_context_type
from ..models.payment_context_type import PaymentContextType

if TYPE_CHECKING:
    from ..models.charge_on_demand_payment_context import ChargeOnDemandPaymentContext
    from ..models.create_payment_method_payment_context import CreatePaymentMethodPaymentContext
    from ..models.direct_payment_context import DirectPaymentContext
    from ..models.init_pricing_plan_subscription_payment_context import InitPricingPlanSubscriptionPaymentContext
    from ..models.pay_invoice_payment_context import PayInvoicePaymentContext
    from ..models.payment_context_metadata import PaymentContextMetadata
    from ..models.payment_request_payment_context import PaymentRequestPaymentContext
    from ..models.resource_identifier import ResourceIdentifier


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PaymentContext:
    """What a payment was made for.

    Attributes:
        type_ (PaymentContextType | None):
        related_resource_ids (list[ResourceIdentifier] | None):
        metadata (PaymentContextMetadata | None):
        init_pricing_plan_subscription (InitPricingPlanSubscriptionPaymentContext | None): Payment made when starting a pricing plan subscription.
        create_payment_method (CreatePaymentMethodPaymentContext | None): Payment made while storing a payment method.
        payment_request (PaymentRequestPaymentContext | None): Payment of a payment request.
        pay_invoice (PayInvoicePaymentContext | None): Payment of an invoice.
        charge_on_demand (ChargeOnDemandPaymentContext | None): Payment for on-demand pricing items.
        direct (DirectPaymentContext | None): Direct payment.
    """

    _FIELDS = (
        "type_",
        "related_resource_ids",
        "metadata",
        "init_pricing_plan_subscription",
        "create_payment_method",
        "payment_request",
        "pay_invoice",
        "charge_on_demand",
        "direct",
    )
    _KEYS = frozenset(
        (
            "type",
            "related_resource_ids",
            "metadata",
            "init_pricing_plan_subscription",
            "create_payment_method",
            "payment_request",
            "pay_invoice",
            "charge_on_demand",
            "direct",
        )
    )

    type_: PaymentContextType | None = _attrs_field(default=None, converter=_e_payment_context_type.coerce_optional)
    related_resource_ids: list[ResourceIdentifier] | None = None
    metadata: PaymentContextMetadata | None = None
    init_pricing_plan_subscription: InitPricingPlanSubscriptionPaymentContext | None = None
    create_payment_method: CreatePaymentMethodPaymentContext | None = None
    payment_request: PaymentRequestPaymentContext | None = None
    pay_invoice: PayInvoicePaymentContext | None = None
    charge_on_demand: ChargeOnDemandPaymentContext | None = None
    direct: DirectPaymentContext | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.related_resource_ids
        if _v is not None:
            _d["related_resource_ids"] = [_x.to_dict() for _x in _v]
        _v = self.metadata
        if _v is not None:
            _d["metadata"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.init_pricing_plan_subscription
        if _v is not None:
            _d["init_pricing_plan_subscription"] = _v.to_dict()
        _v = self.create_payment_method
        if _v is not None:
            _d["create_payment_method"] = _v.to_dict()
        _v = self.payment_request
        if _v is not None:
            _d["payment_request"] = _v.to_dict()
        _v = self.pay_invoice
        if _v is not None:
            _d["pay_invoice"] = _v.to_dict()
        _v = self.charge_on_demand
        if _v is not None:
            _d["charge_on_demand"] = _v.to_dict()
        _v = self.direct
        if _v is not None:
            _d["direct"] = _v.to_dict()
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
                    (_e_payment_context_type.BY_VALUE.get(_v) or PaymentContextType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "related_resource_ids"
            _v = _d.get("related_resource_ids")
            _obj.related_resource_ids = None if _v is None else (_t.list_of(_v, _models.ResourceIdentifier.from_dict))
            _key = "metadata"
            _v = _d.get("metadata")
            _obj.metadata = None if _v is None else (_models.PaymentContextMetadata.from_dict(_v))
            _key = "init_pricing_plan_subscription"
            _v = _d.get("init_pricing_plan_subscription")
            _obj.init_pricing_plan_subscription = (
                None if _v is None else (_models.InitPricingPlanSubscriptionPaymentContext.from_dict(_v))
            )
            _key = "create_payment_method"
            _v = _d.get("create_payment_method")
            _obj.create_payment_method = (
                None if _v is None else (_models.CreatePaymentMethodPaymentContext.from_dict(_v))
            )
            _key = "payment_request"
            _v = _d.get("payment_request")
            _obj.payment_request = None if _v is None else (_models.PaymentRequestPaymentContext.from_dict(_v))
            _key = "pay_invoice"
            _v = _d.get("pay_invoice")
            _obj.pay_invoice = None if _v is None else (_models.PayInvoicePaymentContext.from_dict(_v))
            _key = "charge_on_demand"
            _v = _d.get("charge_on_demand")
            _obj.charge_on_demand = None if _v is None else (_models.ChargeOnDemandPaymentContext.from_dict(_v))
            _key = "direct"
            _v = _d.get("direct")
            _obj.direct = None if _v is None else (_models.DirectPaymentContext.from_dict(_v))
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
