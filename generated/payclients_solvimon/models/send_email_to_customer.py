from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_email_to_customer_variant import SendEmailToCustomerVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_identifier import EmailIdentifier
    from ..models.send_email_invoice_configuration import SendEmailInvoiceConfiguration
    from ..models.send_email_payment_configuration import SendEmailPaymentConfiguration
    from ..models.send_email_pricing_plan_subscription_configuration import (
        SendEmailPricingPlanSubscriptionConfiguration,
    )


T = TypeVar("T", bound="SendEmailToCustomer")


@_attrs_define
class SendEmailToCustomer:
    """
    Attributes:
        integration_id (str | Unset):
        subject (None | str | Unset):
        from_ (EmailIdentifier | Unset):
        reply_to (EmailIdentifier | Unset):
        cc_recipients (list[str] | None | Unset):
        bcc_recipients (list[str] | None | Unset):
        template_name (str | Unset):
        variant (SendEmailToCustomerVariant | Unset):
        invoice (SendEmailInvoiceConfiguration | Unset):
        payment (SendEmailPaymentConfiguration | Unset):
        pricing_plan_subscription (SendEmailPricingPlanSubscriptionConfiguration | Unset):
    """

    integration_id: str | Unset = UNSET
    subject: None | str | Unset = UNSET
    from_: EmailIdentifier | Unset = UNSET
    reply_to: EmailIdentifier | Unset = UNSET
    cc_recipients: list[str] | None | Unset = UNSET
    bcc_recipients: list[str] | None | Unset = UNSET
    template_name: str | Unset = UNSET
    variant: SendEmailToCustomerVariant | Unset = UNSET
    invoice: SendEmailInvoiceConfiguration | Unset = UNSET
    payment: SendEmailPaymentConfiguration | Unset = UNSET
    pricing_plan_subscription: SendEmailPricingPlanSubscriptionConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        cc_recipients: list[str] | None | Unset
        if isinstance(self.cc_recipients, Unset):
            cc_recipients = UNSET
        elif isinstance(self.cc_recipients, list):
            cc_recipients = self.cc_recipients

        else:
            cc_recipients = self.cc_recipients

        bcc_recipients: list[str] | None | Unset
        if isinstance(self.bcc_recipients, Unset):
            bcc_recipients = UNSET
        elif isinstance(self.bcc_recipients, list):
            bcc_recipients = self.bcc_recipients

        else:
            bcc_recipients = self.bcc_recipients

        template_name = self.template_name

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if cc_recipients is not UNSET:
            field_dict["cc_recipients"] = cc_recipients
        if bcc_recipients is not UNSET:
            field_dict["bcc_recipients"] = bcc_recipients
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if variant is not UNSET:
            field_dict["variant"] = variant
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if payment is not UNSET:
            field_dict["payment"] = payment
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_identifier import EmailIdentifier
        from ..models.send_email_invoice_configuration import SendEmailInvoiceConfiguration
        from ..models.send_email_payment_configuration import SendEmailPaymentConfiguration
        from ..models.send_email_pricing_plan_subscription_configuration import (
            SendEmailPricingPlanSubscriptionConfiguration,
        )

        d = dict(src_dict)
        integration_id = d.pop("integration_id", UNSET)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        _from_ = d.pop("from", UNSET)
        from_: EmailIdentifier | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = EmailIdentifier.from_dict(_from_)

        _reply_to = d.pop("reply_to", UNSET)
        reply_to: EmailIdentifier | Unset
        if isinstance(_reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = EmailIdentifier.from_dict(_reply_to)

        def _parse_cc_recipients(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_recipients_type_0 = cast(list[str], data)

                return cc_recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cc_recipients = _parse_cc_recipients(d.pop("cc_recipients", UNSET))

        def _parse_bcc_recipients(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_recipients_type_0 = cast(list[str], data)

                return bcc_recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bcc_recipients = _parse_bcc_recipients(d.pop("bcc_recipients", UNSET))

        template_name = d.pop("template_name", UNSET)

        _variant = d.pop("variant", UNSET)
        variant: SendEmailToCustomerVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = SendEmailToCustomerVariant(_variant)

        _invoice = d.pop("invoice", UNSET)
        invoice: SendEmailInvoiceConfiguration | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = SendEmailInvoiceConfiguration.from_dict(_invoice)

        _payment = d.pop("payment", UNSET)
        payment: SendEmailPaymentConfiguration | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = SendEmailPaymentConfiguration.from_dict(_payment)

        _pricing_plan_subscription = d.pop("pricing_plan_subscription", UNSET)
        pricing_plan_subscription: SendEmailPricingPlanSubscriptionConfiguration | Unset
        if isinstance(_pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        else:
            pricing_plan_subscription = SendEmailPricingPlanSubscriptionConfiguration.from_dict(
                _pricing_plan_subscription
            )

        send_email_to_customer = cls(
            integration_id=integration_id,
            subject=subject,
            from_=from_,
            reply_to=reply_to,
            cc_recipients=cc_recipients,
            bcc_recipients=bcc_recipients,
            template_name=template_name,
            variant=variant,
            invoice=invoice,
            payment=payment,
            pricing_plan_subscription=pricing_plan_subscription,
        )

        send_email_to_customer.additional_properties = d
        return send_email_to_customer

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
