"""The API's resources, one per tag of the spec.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
`Resources` and `AsyncResources` declare them as typed attributes for a client class to inherit, so
type checkers know `client.<tag>` (and refuse a misspelled one) while nothing is imported until used.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account_registers import AccountRegistersResource, AsyncAccountRegistersResource
    from .accounts import AccountsResource, AsyncAccountsResource
    from .anticipations import AnticipationsResource, AsyncAnticipationsResource
    from .applications import ApplicationsResource, AsyncApplicationsResource
    from .boleto import AsyncBoletoResource, BoletoResource
    from .cashback import AsyncCashbackResource, CashbackResource
    from .charges import AsyncChargesResource, ChargesResource
    from .companies import AsyncCompaniesResource, CompaniesResource
    from .customers import AsyncCustomersResource, CustomersResource
    from .disputes import AsyncDisputesResource, DisputesResource
    from .funds_recoveries import AsyncFundsRecoveriesResource, FundsRecoveriesResource
    from .installments import AsyncInstallmentsResource, InstallmentsResource
    from .invoices import AsyncInvoicesResource, InvoicesResource
    from .kyc_onboardings import AsyncKycOnboardingsResource, KycOnboardingsResource
    from .partners import AsyncPartnersResource, PartnersResource
    from .payments import AsyncPaymentsResource, PaymentsResource
    from .pix_keys import AsyncPixKeysResource, PixKeysResource
    from .psps import AsyncPspsResource, PspsResource
    from .qr_codes import AsyncQrCodesResource, QrCodesResource
    from .receipts import AsyncReceiptsResource, ReceiptsResource
    from .refunds import AsyncRefundsResource, RefundsResource
    from .stablecoins import AsyncStablecoinsResource, StablecoinsResource
    from .statements import AsyncStatementsResource, StatementsResource
    from .subaccounts import AsyncSubaccountsResource, SubaccountsResource
    from .subscriptions import AsyncSubscriptionsResource, SubscriptionsResource
    from .transactions import AsyncTransactionsResource, TransactionsResource
    from .transfers import AsyncTransfersResource, TransfersResource
    from .webhooks import AsyncWebhooksResource, WebhooksResource

RESOURCES: dict[str, tuple[str, str, str]] = {
    "account_registers": (".account_registers", "AccountRegistersResource", "AsyncAccountRegistersResource"),
    "accounts": (".accounts", "AccountsResource", "AsyncAccountsResource"),
    "anticipations": (".anticipations", "AnticipationsResource", "AsyncAnticipationsResource"),
    "applications": (".applications", "ApplicationsResource", "AsyncApplicationsResource"),
    "boleto": (".boleto", "BoletoResource", "AsyncBoletoResource"),
    "cashback": (".cashback", "CashbackResource", "AsyncCashbackResource"),
    "charges": (".charges", "ChargesResource", "AsyncChargesResource"),
    "companies": (".companies", "CompaniesResource", "AsyncCompaniesResource"),
    "customers": (".customers", "CustomersResource", "AsyncCustomersResource"),
    "disputes": (".disputes", "DisputesResource", "AsyncDisputesResource"),
    "funds_recoveries": (".funds_recoveries", "FundsRecoveriesResource", "AsyncFundsRecoveriesResource"),
    "installments": (".installments", "InstallmentsResource", "AsyncInstallmentsResource"),
    "invoices": (".invoices", "InvoicesResource", "AsyncInvoicesResource"),
    "kyc_onboardings": (".kyc_onboardings", "KycOnboardingsResource", "AsyncKycOnboardingsResource"),
    "partners": (".partners", "PartnersResource", "AsyncPartnersResource"),
    "payments": (".payments", "PaymentsResource", "AsyncPaymentsResource"),
    "pix_keys": (".pix_keys", "PixKeysResource", "AsyncPixKeysResource"),
    "psps": (".psps", "PspsResource", "AsyncPspsResource"),
    "qr_codes": (".qr_codes", "QrCodesResource", "AsyncQrCodesResource"),
    "receipts": (".receipts", "ReceiptsResource", "AsyncReceiptsResource"),
    "refunds": (".refunds", "RefundsResource", "AsyncRefundsResource"),
    "stablecoins": (".stablecoins", "StablecoinsResource", "AsyncStablecoinsResource"),
    "statements": (".statements", "StatementsResource", "AsyncStatementsResource"),
    "subaccounts": (".subaccounts", "SubaccountsResource", "AsyncSubaccountsResource"),
    "subscriptions": (".subscriptions", "SubscriptionsResource", "AsyncSubscriptionsResource"),
    "transactions": (".transactions", "TransactionsResource", "AsyncTransactionsResource"),
    "transfers": (".transfers", "TransfersResource", "AsyncTransfersResource"),
    "webhooks": (".webhooks", "WebhooksResource", "AsyncWebhooksResource"),
}
"""tag -> (module relative to this package, sync class, async class)"""


class Resources:
    """The resources of a sync client, declared (a client builds each on first use)."""

    account_registers: "AccountRegistersResource"
    "Registrations (KYC) of accounts opened through the BaaS product."
    accounts: "AccountsResource"
    "Woovi bank accounts of the company, their balances, withdrawals and Pix limits."
    anticipations: "AnticipationsResource"
    "Receivables anticipation for beneficiaries synced from an ERP or payroll."
    applications: "ApplicationsResource"
    "API applications (AppIDs) of an account."
    boleto: "BoletoResource"
    "Boleto transactions and barcode validation."
    cashback: "CashbackResource"
    "Exclusive (fidelity) cashback per customer."
    charges: "ChargesResource"
    "Pix charges (dynamic QR codes), their QR images and their refunds."
    companies: "CompaniesResource"
    "The company that owns the AppID."
    customers: "CustomersResource"
    "Customers (payers) of the company."
    disputes: "DisputesResource"
    "Disputes (MED, chargebacks) opened against received payments."
    funds_recoveries: "FundsRecoveriesResource"
    "Funds recovery requests (MED) for Pix sent by mistake or fraud."
    installments: "InstallmentsResource"
    "Installments of Pix Automatico subscriptions and their CobR collections."
    invoices: "InvoicesResource"
    "Service invoices (NFS-e) and the NFe.io invoice integration."
    kyc_onboardings: "KycOnboardingsResource"
    "Hosted KYC onboarding links for merchants."
    partners: "PartnersResource"
    "Partner API to pre-register and manage affiliated companies."
    payments: "PaymentsResource"
    "Outgoing payments (Pix out, QR code, manual bank data, boleto)."
    pix_keys: "PixKeysResource"
    "Pix keys of the account and DICT look-ups."
    psps: "PspsResource"
    "Payment service providers of the Pix network."
    qr_codes: "QrCodesResource"
    "Static Pix QR codes and BR Code (EMV) decoding."
    receipts: "ReceiptsResource"
    "PDF receipts of Pix transactions."
    refunds: "RefundsResource"
    "Refunds of received Pix transactions."
    stablecoins: "StablecoinsResource"
    "Stablecoin deposits, payouts, quotes, subaccounts and wallets."
    statements: "StatementsResource"
    "Ledger statement of the company account."
    subaccounts: "SubaccountsResource"
    "Virtual subaccounts identified by a Pix key."
    subscriptions: "SubscriptionsResource"
    "Recurring charges and Pix Automatico subscriptions."
    transactions: "TransactionsResource"
    "Pix transactions received and sent."
    transfers: "TransfersResource"
    "Transfers between accounts of the same company."
    webhooks: "WebhooksResource"
    "Webhook subscriptions, their events and signature keys."


class AsyncResources:
    """The resources of an async client, declared (a client builds each on first use)."""

    account_registers: "AsyncAccountRegistersResource"
    "Registrations (KYC) of accounts opened through the BaaS product."
    accounts: "AsyncAccountsResource"
    "Woovi bank accounts of the company, their balances, withdrawals and Pix limits."
    anticipations: "AsyncAnticipationsResource"
    "Receivables anticipation for beneficiaries synced from an ERP or payroll."
    applications: "AsyncApplicationsResource"
    "API applications (AppIDs) of an account."
    boleto: "AsyncBoletoResource"
    "Boleto transactions and barcode validation."
    cashback: "AsyncCashbackResource"
    "Exclusive (fidelity) cashback per customer."
    charges: "AsyncChargesResource"
    "Pix charges (dynamic QR codes), their QR images and their refunds."
    companies: "AsyncCompaniesResource"
    "The company that owns the AppID."
    customers: "AsyncCustomersResource"
    "Customers (payers) of the company."
    disputes: "AsyncDisputesResource"
    "Disputes (MED, chargebacks) opened against received payments."
    funds_recoveries: "AsyncFundsRecoveriesResource"
    "Funds recovery requests (MED) for Pix sent by mistake or fraud."
    installments: "AsyncInstallmentsResource"
    "Installments of Pix Automatico subscriptions and their CobR collections."
    invoices: "AsyncInvoicesResource"
    "Service invoices (NFS-e) and the NFe.io invoice integration."
    kyc_onboardings: "AsyncKycOnboardingsResource"
    "Hosted KYC onboarding links for merchants."
    partners: "AsyncPartnersResource"
    "Partner API to pre-register and manage affiliated companies."
    payments: "AsyncPaymentsResource"
    "Outgoing payments (Pix out, QR code, manual bank data, boleto)."
    pix_keys: "AsyncPixKeysResource"
    "Pix keys of the account and DICT look-ups."
    psps: "AsyncPspsResource"
    "Payment service providers of the Pix network."
    qr_codes: "AsyncQrCodesResource"
    "Static Pix QR codes and BR Code (EMV) decoding."
    receipts: "AsyncReceiptsResource"
    "PDF receipts of Pix transactions."
    refunds: "AsyncRefundsResource"
    "Refunds of received Pix transactions."
    stablecoins: "AsyncStablecoinsResource"
    "Stablecoin deposits, payouts, quotes, subaccounts and wallets."
    statements: "AsyncStatementsResource"
    "Ledger statement of the company account."
    subaccounts: "AsyncSubaccountsResource"
    "Virtual subaccounts identified by a Pix key."
    subscriptions: "AsyncSubscriptionsResource"
    "Recurring charges and Pix Automatico subscriptions."
    transactions: "AsyncTransactionsResource"
    "Pix transactions received and sent."
    transfers: "AsyncTransfersResource"
    "Transfers between accounts of the same company."
    webhooks: "AsyncWebhooksResource"
    "Webhook subscriptions, their events and signature keys."


__all__ = ["RESOURCES", "AsyncResources", "Resources"]
