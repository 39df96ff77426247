from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_action_bank_account_details import InvoicePaymentActionBankAccountDetails
    from ..models.invoice_payment_action_custom_redirect_details import InvoicePaymentActionCustomRedirectDetails
    from ..models.invoice_payment_action_payment_gateway_details import InvoicePaymentActionPaymentGatewayDetails
    from ..models.payment_acceptor import PaymentAcceptor


T = TypeVar("T", bound="InvoicePaymentAction")


@_attrs_define
class InvoicePaymentAction:
    """One way the customer can pay the invoice.

    Attributes:
        payment_acceptor_id (str | Unset):
        payment_acceptor (None | PaymentAcceptor | Unset):
        type_ (str | Unset): Kind of payment action, matching the payment acceptor type.
        bank_account (InvoicePaymentActionBankAccountDetails | Unset): Bank details for paying by transfer.
        payment_gateway (InvoicePaymentActionPaymentGatewayDetails | Unset): Payment gateway session data for paying
            online.
        custom_redirect (InvoicePaymentActionCustomRedirectDetails | Unset): External page for paying.
    """

    payment_acceptor_id: str | Unset = UNSET
    payment_acceptor: None | PaymentAcceptor | Unset = UNSET
    type_: str | Unset = UNSET
    bank_account: InvoicePaymentActionBankAccountDetails | Unset = UNSET
    payment_gateway: InvoicePaymentActionPaymentGatewayDetails | Unset = UNSET
    custom_redirect: InvoicePaymentActionCustomRedirectDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_acceptor import PaymentAcceptor

        payment_acceptor_id = self.payment_acceptor_id

        payment_acceptor: dict[str, Any] | None | Unset
        if isinstance(self.payment_acceptor, Unset):
            payment_acceptor = UNSET
        elif isinstance(self.payment_acceptor, PaymentAcceptor):
            payment_acceptor = self.payment_acceptor.to_dict()
        else:
            payment_acceptor = self.payment_acceptor

        type_ = self.type_

        bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account, Unset):
            bank_account = self.bank_account.to_dict()

        payment_gateway: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_gateway, Unset):
            payment_gateway = self.payment_gateway.to_dict()

        custom_redirect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_redirect, Unset):
            custom_redirect = self.custom_redirect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_acceptor_id is not UNSET:
            field_dict["payment_acceptor_id"] = payment_acceptor_id
        if payment_acceptor is not UNSET:
            field_dict["payment_acceptor"] = payment_acceptor
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if payment_gateway is not UNSET:
            field_dict["payment_gateway"] = payment_gateway
        if custom_redirect is not UNSET:
            field_dict["custom_redirect"] = custom_redirect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_payment_action_bank_account_details import InvoicePaymentActionBankAccountDetails
        from ..models.invoice_payment_action_custom_redirect_details import InvoicePaymentActionCustomRedirectDetails
        from ..models.invoice_payment_action_payment_gateway_details import InvoicePaymentActionPaymentGatewayDetails
        from ..models.payment_acceptor import PaymentAcceptor

        d = dict(src_dict)
        payment_acceptor_id = d.pop("payment_acceptor_id", UNSET)

        def _parse_payment_acceptor(data: object) -> None | PaymentAcceptor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_acceptor_type_0 = PaymentAcceptor.from_dict(data)

                return payment_acceptor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentAcceptor | Unset, data)

        payment_acceptor = _parse_payment_acceptor(d.pop("payment_acceptor", UNSET))

        type_ = d.pop("type", UNSET)

        _bank_account = d.pop("bank_account", UNSET)
        bank_account: InvoicePaymentActionBankAccountDetails | Unset
        if isinstance(_bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = InvoicePaymentActionBankAccountDetails.from_dict(_bank_account)

        _payment_gateway = d.pop("payment_gateway", UNSET)
        payment_gateway: InvoicePaymentActionPaymentGatewayDetails | Unset
        if isinstance(_payment_gateway, Unset):
            payment_gateway = UNSET
        else:
            payment_gateway = InvoicePaymentActionPaymentGatewayDetails.from_dict(_payment_gateway)

        _custom_redirect = d.pop("custom_redirect", UNSET)
        custom_redirect: InvoicePaymentActionCustomRedirectDetails | Unset
        if isinstance(_custom_redirect, Unset):
            custom_redirect = UNSET
        else:
            custom_redirect = InvoicePaymentActionCustomRedirectDetails.from_dict(_custom_redirect)

        invoice_payment_action = cls(
            payment_acceptor_id=payment_acceptor_id,
            payment_acceptor=payment_acceptor,
            type_=type_,
            bank_account=bank_account,
            payment_gateway=payment_gateway,
            custom_redirect=custom_redirect,
        )

        invoice_payment_action.additional_properties = d
        return invoice_payment_action

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
