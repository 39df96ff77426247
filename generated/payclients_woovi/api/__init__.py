"""Contains methods for accessing the API.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
"""

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

__all__ = ["RESOURCES"]
