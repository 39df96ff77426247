from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_register import AccountRegister
    from ..models.boleto_payment import BoletoPayment
    from ..models.charge import Charge
    from ..models.charge_refund import ChargeRefund
    from ..models.customer import Customer
    from ..models.dispute import Dispute
    from ..models.installment_cobr import InstallmentCobr
    from ..models.invoice import Invoice
    from ..models.payment import Payment
    from ..models.payment_destination import PaymentDestination
    from ..models.payment_transaction import PaymentTransaction
    from ..models.pix_qr_code import PixQrCode
    from ..models.pix_recurring import PixRecurring
    from ..models.subscription import Subscription
    from ..models.transaction import Transaction
    from ..models.webhook_account import WebhookAccount
    from ..models.webhook_company import WebhookCompany
    from ..models.webhook_movement_error import WebhookMovementError
    from ..models.webhook_ted import WebhookTed


T = TypeVar("T", bound="WebhookPayload")


@_attrs_define
class WebhookPayload:
    """Lenient view of any webhook body, for events this spec does not know. `event` is a plain string
    here; the dashboard's test delivery sends `evento` = "teste_webhook" and `data_criacao`.

        Attributes:
            event (str | Unset):
            evento (str | Unset):
            data_criacao (str | Unset):
            charge (Charge | None | Unset):
            pix (None | Transaction | Unset):
            pix_qr_code (None | PixQrCode | Unset):
            transaction (None | PaymentTransaction | Unset):
            refund_transaction (None | Transaction | Unset):
            original_transaction (None | Transaction | Unset):
            payment (None | Payment | Unset):
            destination (None | PaymentDestination | Unset):
            invoice (Invoice | None | Unset):
            subscription (None | Subscription | Unset):
            cobr (InstallmentCobr | None | Unset):
            pix_recurring (None | PixRecurring | Unset):
            dispute (Dispute | None | Unset):
            account_register (AccountRegister | None | Unset):
            boleto (BoletoPayment | None | Unset):
            ted (None | Unset | WebhookTed):
            payer (Customer | None | Unset):
            company (None | Unset | WebhookCompany):
            account (None | Unset | WebhookAccount):
            error (None | str | Unset | WebhookMovementError):
            refunds (list[ChargeRefund] | Unset):
    """

    event: str | Unset = UNSET
    evento: str | Unset = UNSET
    data_criacao: str | Unset = UNSET
    charge: Charge | None | Unset = UNSET
    pix: None | Transaction | Unset = UNSET
    pix_qr_code: None | PixQrCode | Unset = UNSET
    transaction: None | PaymentTransaction | Unset = UNSET
    refund_transaction: None | Transaction | Unset = UNSET
    original_transaction: None | Transaction | Unset = UNSET
    payment: None | Payment | Unset = UNSET
    destination: None | PaymentDestination | Unset = UNSET
    invoice: Invoice | None | Unset = UNSET
    subscription: None | Subscription | Unset = UNSET
    cobr: InstallmentCobr | None | Unset = UNSET
    pix_recurring: None | PixRecurring | Unset = UNSET
    dispute: Dispute | None | Unset = UNSET
    account_register: AccountRegister | None | Unset = UNSET
    boleto: BoletoPayment | None | Unset = UNSET
    ted: None | Unset | WebhookTed = UNSET
    payer: Customer | None | Unset = UNSET
    company: None | Unset | WebhookCompany = UNSET
    account: None | Unset | WebhookAccount = UNSET
    error: None | str | Unset | WebhookMovementError = UNSET
    refunds: list[ChargeRefund] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_register import AccountRegister
        from ..models.boleto_payment import BoletoPayment
        from ..models.charge import Charge
        from ..models.customer import Customer
        from ..models.dispute import Dispute
        from ..models.installment_cobr import InstallmentCobr
        from ..models.invoice import Invoice
        from ..models.payment import Payment
        from ..models.payment_destination import PaymentDestination
        from ..models.payment_transaction import PaymentTransaction
        from ..models.pix_qr_code import PixQrCode
        from ..models.pix_recurring import PixRecurring
        from ..models.subscription import Subscription
        from ..models.transaction import Transaction
        from ..models.webhook_account import WebhookAccount
        from ..models.webhook_company import WebhookCompany
        from ..models.webhook_movement_error import WebhookMovementError
        from ..models.webhook_ted import WebhookTed

        event = self.event

        evento = self.evento

        data_criacao = self.data_criacao

        charge: dict[str, Any] | None | Unset
        if isinstance(self.charge, Unset):
            charge = UNSET
        elif isinstance(self.charge, Charge):
            charge = self.charge.to_dict()
        else:
            charge = self.charge

        pix: dict[str, Any] | None | Unset
        if isinstance(self.pix, Unset):
            pix = UNSET
        elif isinstance(self.pix, Transaction):
            pix = self.pix.to_dict()
        else:
            pix = self.pix

        pix_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.pix_qr_code, Unset):
            pix_qr_code = UNSET
        elif isinstance(self.pix_qr_code, PixQrCode):
            pix_qr_code = self.pix_qr_code.to_dict()
        else:
            pix_qr_code = self.pix_qr_code

        transaction: dict[str, Any] | None | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        elif isinstance(self.transaction, PaymentTransaction):
            transaction = self.transaction.to_dict()
        else:
            transaction = self.transaction

        refund_transaction: dict[str, Any] | None | Unset
        if isinstance(self.refund_transaction, Unset):
            refund_transaction = UNSET
        elif isinstance(self.refund_transaction, Transaction):
            refund_transaction = self.refund_transaction.to_dict()
        else:
            refund_transaction = self.refund_transaction

        original_transaction: dict[str, Any] | None | Unset
        if isinstance(self.original_transaction, Unset):
            original_transaction = UNSET
        elif isinstance(self.original_transaction, Transaction):
            original_transaction = self.original_transaction.to_dict()
        else:
            original_transaction = self.original_transaction

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, Payment):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        destination: dict[str, Any] | None | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, PaymentDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        invoice: dict[str, Any] | None | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, Invoice):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, Subscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        cobr: dict[str, Any] | None | Unset
        if isinstance(self.cobr, Unset):
            cobr = UNSET
        elif isinstance(self.cobr, InstallmentCobr):
            cobr = self.cobr.to_dict()
        else:
            cobr = self.cobr

        pix_recurring: dict[str, Any] | None | Unset
        if isinstance(self.pix_recurring, Unset):
            pix_recurring = UNSET
        elif isinstance(self.pix_recurring, PixRecurring):
            pix_recurring = self.pix_recurring.to_dict()
        else:
            pix_recurring = self.pix_recurring

        dispute: dict[str, Any] | None | Unset
        if isinstance(self.dispute, Unset):
            dispute = UNSET
        elif isinstance(self.dispute, Dispute):
            dispute = self.dispute.to_dict()
        else:
            dispute = self.dispute

        account_register: dict[str, Any] | None | Unset
        if isinstance(self.account_register, Unset):
            account_register = UNSET
        elif isinstance(self.account_register, AccountRegister):
            account_register = self.account_register.to_dict()
        else:
            account_register = self.account_register

        boleto: dict[str, Any] | None | Unset
        if isinstance(self.boleto, Unset):
            boleto = UNSET
        elif isinstance(self.boleto, BoletoPayment):
            boleto = self.boleto.to_dict()
        else:
            boleto = self.boleto

        ted: dict[str, Any] | None | Unset
        if isinstance(self.ted, Unset):
            ted = UNSET
        elif isinstance(self.ted, WebhookTed):
            ted = self.ted.to_dict()
        else:
            ted = self.ted

        payer: dict[str, Any] | None | Unset
        if isinstance(self.payer, Unset):
            payer = UNSET
        elif isinstance(self.payer, Customer):
            payer = self.payer.to_dict()
        else:
            payer = self.payer

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, WebhookCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, WebhookAccount):
            account = self.account.to_dict()
        else:
            account = self.account

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, WebhookMovementError):
            error = self.error.to_dict()
        else:
            error = self.error

        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if evento is not UNSET:
            field_dict["evento"] = evento
        if data_criacao is not UNSET:
            field_dict["data_criacao"] = data_criacao
        if charge is not UNSET:
            field_dict["charge"] = charge
        if pix is not UNSET:
            field_dict["pix"] = pix
        if pix_qr_code is not UNSET:
            field_dict["pixQrCode"] = pix_qr_code
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if refund_transaction is not UNSET:
            field_dict["refundTransaction"] = refund_transaction
        if original_transaction is not UNSET:
            field_dict["originalTransaction"] = original_transaction
        if payment is not UNSET:
            field_dict["payment"] = payment
        if destination is not UNSET:
            field_dict["destination"] = destination
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if cobr is not UNSET:
            field_dict["cobr"] = cobr
        if pix_recurring is not UNSET:
            field_dict["pixRecurring"] = pix_recurring
        if dispute is not UNSET:
            field_dict["dispute"] = dispute
        if account_register is not UNSET:
            field_dict["accountRegister"] = account_register
        if boleto is not UNSET:
            field_dict["boleto"] = boleto
        if ted is not UNSET:
            field_dict["ted"] = ted
        if payer is not UNSET:
            field_dict["payer"] = payer
        if company is not UNSET:
            field_dict["company"] = company
        if account is not UNSET:
            field_dict["account"] = account
        if error is not UNSET:
            field_dict["error"] = error
        if refunds is not UNSET:
            field_dict["refunds"] = refunds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_register import AccountRegister
        from ..models.boleto_payment import BoletoPayment
        from ..models.charge import Charge
        from ..models.charge_refund import ChargeRefund
        from ..models.customer import Customer
        from ..models.dispute import Dispute
        from ..models.installment_cobr import InstallmentCobr
        from ..models.invoice import Invoice
        from ..models.payment import Payment
        from ..models.payment_destination import PaymentDestination
        from ..models.payment_transaction import PaymentTransaction
        from ..models.pix_qr_code import PixQrCode
        from ..models.pix_recurring import PixRecurring
        from ..models.subscription import Subscription
        from ..models.transaction import Transaction
        from ..models.webhook_account import WebhookAccount
        from ..models.webhook_company import WebhookCompany
        from ..models.webhook_movement_error import WebhookMovementError
        from ..models.webhook_ted import WebhookTed

        d = dict(src_dict)
        event = d.pop("event", UNSET)

        evento = d.pop("evento", UNSET)

        data_criacao = d.pop("data_criacao", UNSET)

        def _parse_charge(data: object) -> Charge | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charge_type_0 = Charge.from_dict(data)

                return charge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Charge | None | Unset, data)

        charge = _parse_charge(d.pop("charge", UNSET))

        def _parse_pix(data: object) -> None | Transaction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_type_0 = Transaction.from_dict(data)

                return pix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Transaction | Unset, data)

        pix = _parse_pix(d.pop("pix", UNSET))

        def _parse_pix_qr_code(data: object) -> None | PixQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_qr_code_type_0 = PixQrCode.from_dict(data)

                return pix_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PixQrCode | Unset, data)

        pix_qr_code = _parse_pix_qr_code(d.pop("pixQrCode", UNSET))

        def _parse_transaction(data: object) -> None | PaymentTransaction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transaction_type_0 = PaymentTransaction.from_dict(data)

                return transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentTransaction | Unset, data)

        transaction = _parse_transaction(d.pop("transaction", UNSET))

        def _parse_refund_transaction(data: object) -> None | Transaction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_transaction_type_0 = Transaction.from_dict(data)

                return refund_transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Transaction | Unset, data)

        refund_transaction = _parse_refund_transaction(d.pop("refundTransaction", UNSET))

        def _parse_original_transaction(data: object) -> None | Transaction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_transaction_type_0 = Transaction.from_dict(data)

                return original_transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Transaction | Unset, data)

        original_transaction = _parse_original_transaction(d.pop("originalTransaction", UNSET))

        def _parse_payment(data: object) -> None | Payment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_type_0 = Payment.from_dict(data)

                return payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Payment | Unset, data)

        payment = _parse_payment(d.pop("payment", UNSET))

        def _parse_destination(data: object) -> None | PaymentDestination | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = PaymentDestination.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentDestination | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_invoice(data: object) -> Invoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_0 = Invoice.from_dict(data)

                return invoice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Invoice | None | Unset, data)

        invoice = _parse_invoice(d.pop("invoice", UNSET))

        def _parse_subscription(data: object) -> None | Subscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = Subscription.from_dict(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Subscription | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_cobr(data: object) -> InstallmentCobr | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cobr_type_0 = InstallmentCobr.from_dict(data)

                return cobr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstallmentCobr | None | Unset, data)

        cobr = _parse_cobr(d.pop("cobr", UNSET))

        def _parse_pix_recurring(data: object) -> None | PixRecurring | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_recurring_type_0 = PixRecurring.from_dict(data)

                return pix_recurring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PixRecurring | Unset, data)

        pix_recurring = _parse_pix_recurring(d.pop("pixRecurring", UNSET))

        def _parse_dispute(data: object) -> Dispute | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dispute_type_0 = Dispute.from_dict(data)

                return dispute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dispute | None | Unset, data)

        dispute = _parse_dispute(d.pop("dispute", UNSET))

        def _parse_account_register(data: object) -> AccountRegister | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_register_type_0 = AccountRegister.from_dict(data)

                return account_register_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountRegister | None | Unset, data)

        account_register = _parse_account_register(d.pop("accountRegister", UNSET))

        def _parse_boleto(data: object) -> BoletoPayment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_type_0 = BoletoPayment.from_dict(data)

                return boleto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoletoPayment | None | Unset, data)

        boleto = _parse_boleto(d.pop("boleto", UNSET))

        def _parse_ted(data: object) -> None | Unset | WebhookTed:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ted_type_0 = WebhookTed.from_dict(data)

                return ted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookTed, data)

        ted = _parse_ted(d.pop("ted", UNSET))

        def _parse_payer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payer_type_0 = Customer.from_dict(data)

                return payer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        payer = _parse_payer(d.pop("payer", UNSET))

        def _parse_company(data: object) -> None | Unset | WebhookCompany:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = WebhookCompany.from_dict(data)

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookCompany, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_account(data: object) -> None | Unset | WebhookAccount:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = WebhookAccount.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookAccount, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_error(data: object) -> None | str | Unset | WebhookMovementError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = WebhookMovementError.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | WebhookMovementError, data)

        error = _parse_error(d.pop("error", UNSET))

        _refunds = d.pop("refunds", UNSET)
        refunds: list[ChargeRefund] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = ChargeRefund.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        webhook_payload = cls(
            event=event,
            evento=evento,
            data_criacao=data_criacao,
            charge=charge,
            pix=pix,
            pix_qr_code=pix_qr_code,
            transaction=transaction,
            refund_transaction=refund_transaction,
            original_transaction=original_transaction,
            payment=payment,
            destination=destination,
            invoice=invoice,
            subscription=subscription,
            cobr=cobr,
            pix_recurring=pix_recurring,
            dispute=dispute,
            account_register=account_register,
            boleto=boleto,
            ted=ted,
            payer=payer,
            company=company,
            account=account,
            error=error,
            refunds=refunds,
        )

        webhook_payload.additional_properties = d
        return webhook_payload

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
