from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import send_email_to_customer_variant as _e_send_email_to_customer_variant
from ..models.send_email_to_customer_variant import SendEmailToCustomerVariant

if TYPE_CHECKING:
    from ..models.email_identifier import EmailIdentifier
    from ..models.send_email_invoice_configuration import SendEmailInvoiceConfiguration
    from ..models.send_email_payment_configuration import SendEmailPaymentConfiguration
    from ..models.send_email_pricing_plan_subscription_configuration import (
        SendEmailPricingPlanSubscriptionConfiguration,
    )


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class SendEmailToCustomer:
    """SendEmailToCustomer

    Attributes:
        integration_id (str | None):
        subject (str | None):
        from_ (EmailIdentifier | None):
        reply_to (EmailIdentifier | None):
        cc_recipients (list[str] | None):
        bcc_recipients (list[str] | None):
        template_name (str | None):
        variant (SendEmailToCustomerVariant | None):
        invoice (SendEmailInvoiceConfiguration | None):
        payment (SendEmailPaymentConfiguration | None):
        pricing_plan_subscription (SendEmailPricingPlanSubscriptionConfiguration | None):
    """

    _FIELDS = (
        "integration_id",
        "subject",
        "from_",
        "reply_to",
        "cc_recipients",
        "bcc_recipients",
        "template_name",
        "variant",
        "invoice",
        "payment",
        "pricing_plan_subscription",
    )
    _KEYS = frozenset(
        (
            "integration_id",
            "subject",
            "from",
            "reply_to",
            "cc_recipients",
            "bcc_recipients",
            "template_name",
            "variant",
            "invoice",
            "payment",
            "pricing_plan_subscription",
        )
    )

    integration_id: str | None = None
    subject: str | None = None
    from_: EmailIdentifier | None = None
    reply_to: EmailIdentifier | None = None
    cc_recipients: list[str] | None = None
    bcc_recipients: list[str] | None = None
    template_name: str | None = None
    variant: SendEmailToCustomerVariant | None = _attrs_field(
        default=None, converter=_e_send_email_to_customer_variant.coerce_optional
    )
    invoice: SendEmailInvoiceConfiguration | None = None
    payment: SendEmailPaymentConfiguration | None = None
    pricing_plan_subscription: SendEmailPricingPlanSubscriptionConfiguration | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.integration_id
        if _v is not None:
            _d["integration_id"] = _v
        _v = self.subject
        if _v is not None:
            _d["subject"] = None if _v is _t.NULL else _v
        _v = self.from_
        if _v is not None:
            _d["from"] = _v.to_dict()
        _v = self.reply_to
        if _v is not None:
            _d["reply_to"] = _v.to_dict()
        _v = self.cc_recipients
        if _v is not None:
            _d["cc_recipients"] = None if _v is _t.NULL else list(_v)
        _v = self.bcc_recipients
        if _v is not None:
            _d["bcc_recipients"] = None if _v is _t.NULL else list(_v)
        _v = self.template_name
        if _v is not None:
            _d["template_name"] = _v
        _v = self.variant
        if _v is not None:
            _d["variant"] = _v
        _v = self.invoice
        if _v is not None:
            _d["invoice"] = _v.to_dict()
        _v = self.payment
        if _v is not None:
            _d["payment"] = _v.to_dict()
        _v = self.pricing_plan_subscription
        if _v is not None:
            _d["pricing_plan_subscription"] = _v.to_dict()
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
            _key = "integration_id"
            _v = _d.get("integration_id")
            _obj.integration_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "subject"
            _v = _d.get("subject")
            _obj.subject = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "from"
            _v = _d.get("from")
            _obj.from_ = None if _v is None else (_models.EmailIdentifier.from_dict(_v))
            _key = "reply_to"
            _v = _d.get("reply_to")
            _obj.reply_to = None if _v is None else (_models.EmailIdentifier.from_dict(_v))
            _key = "cc_recipients"
            _v = _d.get("cc_recipients")
            _obj.cc_recipients = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "bcc_recipients"
            _v = _d.get("bcc_recipients")
            _obj.bcc_recipients = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "template_name"
            _v = _d.get("template_name")
            _obj.template_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "variant"
            _v = _d.get("variant")
            _obj.variant = (
                None
                if _v is None
                else (
                    (_e_send_email_to_customer_variant.BY_VALUE.get(_v) or SendEmailToCustomerVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "invoice"
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.SendEmailInvoiceConfiguration.from_dict(_v))
            _key = "payment"
            _v = _d.get("payment")
            _obj.payment = None if _v is None else (_models.SendEmailPaymentConfiguration.from_dict(_v))
            _key = "pricing_plan_subscription"
            _v = _d.get("pricing_plan_subscription")
            _obj.pricing_plan_subscription = (
                None if _v is None else (_models.SendEmailPricingPlanSubscriptionConfiguration.from_dict(_v))
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
