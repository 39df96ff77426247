"""Woovi clients: configuration, auth, and the conveniences for the common money flows.

Every operation of `specs/woovi.yaml` is a typed method of a resource named after its tag
(`client.charges.create_charge(...)`, `client.pix_keys.get_pix_key_tokens()`, 28 resources); the
methods here check their arguments before sending, pick the object out of Woovi's response envelope
(`{"charge": {...}}` -> `Charge`) and walk listings page by page. The models are the generated ones
(`payclients_woovi.models`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._auth import CredentialHeaders
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._checks import config_text
from .._config import TimeoutTypes, env_setting, resolve_base_url
from .._dates import DateLike
from .._exceptions import ConfigurationError, ResponseValidationError
from .._logging import redact_url
from .._pagination import AsyncPager, SyncPager
from .._retries import DEFAULT_MAX_RETRIES
from . import _params as P
from ._pages import OffsetListing
from ._provider import PROVIDER

if TYPE_CHECKING:
    from payclients_woovi.api.account_registers import AccountRegistersResource, AsyncAccountRegistersResource
    from payclients_woovi.api.accounts import AccountsResource, AsyncAccountsResource
    from payclients_woovi.api.anticipations import AnticipationsResource, AsyncAnticipationsResource
    from payclients_woovi.api.applications import ApplicationsResource, AsyncApplicationsResource
    from payclients_woovi.api.boleto import AsyncBoletoResource, BoletoResource
    from payclients_woovi.api.cashback import AsyncCashbackResource, CashbackResource
    from payclients_woovi.api.charges import AsyncChargesResource, ChargesResource
    from payclients_woovi.api.companies import AsyncCompaniesResource, CompaniesResource
    from payclients_woovi.api.customers import AsyncCustomersResource, CustomersResource
    from payclients_woovi.api.disputes import AsyncDisputesResource, DisputesResource
    from payclients_woovi.api.funds_recoveries import AsyncFundsRecoveriesResource, FundsRecoveriesResource
    from payclients_woovi.api.installments import AsyncInstallmentsResource, InstallmentsResource
    from payclients_woovi.api.invoices import AsyncInvoicesResource, InvoicesResource
    from payclients_woovi.api.kyc_onboardings import AsyncKycOnboardingsResource, KycOnboardingsResource
    from payclients_woovi.api.partners import AsyncPartnersResource, PartnersResource
    from payclients_woovi.api.payments import AsyncPaymentsResource, PaymentsResource
    from payclients_woovi.api.pix_keys import AsyncPixKeysResource, PixKeysResource
    from payclients_woovi.api.psps import AsyncPspsResource, PspsResource
    from payclients_woovi.api.qr_codes import AsyncQrCodesResource, QrCodesResource
    from payclients_woovi.api.receipts import AsyncReceiptsResource, ReceiptsResource
    from payclients_woovi.api.refunds import AsyncRefundsResource, RefundsResource
    from payclients_woovi.api.stablecoins import AsyncStablecoinsResource, StablecoinsResource
    from payclients_woovi.api.statements import AsyncStatementsResource, StatementsResource
    from payclients_woovi.api.subaccounts import AsyncSubaccountsResource, SubaccountsResource
    from payclients_woovi.api.subscriptions import AsyncSubscriptionsResource, SubscriptionsResource
    from payclients_woovi.api.transactions import AsyncTransactionsResource, TransactionsResource
    from payclients_woovi.api.transfers import AsyncTransfersResource, TransfersResource
    from payclients_woovi.api.webhooks import AsyncWebhooksResource, WebhooksResource
    from payclients_woovi.models import (
        Charge,
        ChargeStatus,
        Customer,
        CustomerCreateRequest,
        Invoice,
        InvoiceCustomerInput,
        Refund,
        StatementEntry,
        Subscription,
        Transaction,
    )

__all__ = ["ENVIRONMENTS", "AsyncWoovi", "Woovi"]

ENVIRONMENTS: Mapping[str, str] = {
    "production": "https://api.woovi.com",
    "sandbox": "https://api.woovi-sandbox.com",
}
DEFAULT_PAGE_SIZE = P.DEFAULT_PAGE_SIZE


def _settings(app_id: str | None, environment: str | None, base_url: str | None) -> tuple[str, CredentialHeaders]:
    """(base URL, auth). Each argument beats its environment variable."""
    app_id = env_setting(app_id, "WOOVI_APP_ID")
    if app_id is None:
        raise ConfigurationError(
            "Woovi needs an AppID: pass app_id=... or set WOOVI_APP_ID "
            "(create one in the Woovi dashboard, under API/Plugins)"
        )
    config_text(app_id, "app_id")
    if app_id.strip().lower().startswith("bearer "):
        raise ConfigurationError("app_id: pass the AppID alone; Woovi takes it without a 'Bearer ' prefix")
    url, _ = resolve_base_url(
        base_url=base_url,
        base_url_variable="WOOVI_BASE_URL",
        environment=environment,
        environment_variable="WOOVI_ENVIRONMENT",
        default_environment="production",
        environments=ENVIRONMENTS,
    )
    return url, CredentialHeaders({"Authorization": app_id})


# -- responses ------------------------------------------------------------------------------------------


def _unwrap(raw: Any, field: str) -> Any:
    """The object inside Woovi's envelope (`{"invoice": {...}}`) of a raw response (`APIResponse`).

    A typed error when it is missing.
    """
    value = getattr(raw.parsed, field)
    if value is None:
        response = raw.http_response
        raise ResponseValidationError(
            f"the Woovi response has no {field!r} object",
            method=response.request.method,
            url=redact_url(response.request.url),
            status_code=response.status_code,
            headers=response.headers,
            body=response.content,
            request_id=raw.request_id,
        )
    return value


def _cancelled(raw: Any) -> None:
    """A cancel answered 200: anything but `success: false` means it was done."""
    if raw.parsed.success is False:
        response = raw.http_response
        raise ResponseValidationError(
            "Woovi answered the cancellation with success: false",
            method=response.request.method,
            url=redact_url(response.request.url),
            status_code=response.status_code,
            headers=response.headers,
            body=response.content,
            request_id=raw.request_id,
        )


def _file_bytes(file: Any) -> bytes:
    content: bytes = file.payload.read()
    return content


# -- listings: the first page's parameters ---------------------------------------------------------------


def _invoice_filters(start: DateLike | None, end: DateLike | None, page_size: int) -> dict[str, Any]:
    first, last = P.date_period(start, end)
    return P.offset_params(page_size, start=first, end=last)


def _charge_filters(
    start: DateLike | None,
    end: DateLike | None,
    status: str | ChargeStatus | None,
    customer: str | None,
    subscription: str | None,
    page_size: int,
) -> dict[str, Any]:
    from payclients_woovi.models import ChargeStatus

    first, last = P.datetime_period(start, end)
    return P.offset_params(
        page_size,
        start=first,
        end=last,
        status=None if status is None else P.enum_value(status, ChargeStatus, "status"),
        customer=None if customer is None else P.identifier(customer, "customer"),
        subscription=None if subscription is None else P.identifier(subscription, "subscription"),
    )


def _transaction_filters(
    start: DateLike | None,
    end: DateLike | None,
    charge: str | None,
    pix_qr_code: str | None,
    withdrawal: str | None,
    page_size: int,
) -> dict[str, Any]:
    first, last = P.datetime_period(start, end)
    return P.offset_params(
        page_size,
        start=first,
        end=last,
        charge=None if charge is None else P.identifier(charge, "charge"),
        pix_qr_code=None if pix_qr_code is None else P.identifier(pix_qr_code, "pix_qr_code"),
        withdrawal=None if withdrawal is None else P.identifier(withdrawal, "withdrawal"),
    )


def _period_filters(start: DateLike | None, end: DateLike | None, page_size: int) -> dict[str, Any]:
    first, last = P.datetime_period(start, end)
    return P.offset_params(page_size, start=first, end=last)


def _sync_pager(fetch: Any, params: dict[str, Any], items_field: str | None, max_items: int | None) -> SyncPager[Any]:
    return SyncPager(fetch, params, OffsetListing(items_field).style, max_items=max_items)


def _async_pager(fetch: Any, params: dict[str, Any], items_field: str | None, max_items: int | None) -> AsyncPager[Any]:
    return AsyncPager(fetch, params, OffsetListing(items_field).style, max_items=max_items)


class Woovi(SyncAPIClient):
    """Woovi's API (Pix charges, customers, refunds, subscriptions, NFS-e invoices, ...), synchronous.

    >>> woovi = Woovi(app_id="...", environment="sandbox")
    >>> invoice = woovi.create_invoice(billing_date="2026-08-28", value=1500, customer_id="customer-42")
    >>> for charge in woovi.list_charges(status="COMPLETED"):
    ...     print(charge.correlation_id, charge.value)

    **Parameters:**

    * **app_id** - the AppID, sent as the raw `Authorization` header (no `Bearer`); default `WOOVI_APP_ID`.
    * **environment** - `"production"` (default) or `"sandbox"`; default `WOOVI_ENVIRONMENT`.
    * **base_url** - *(optional)* overrides the environment; default `WOOVI_BASE_URL`.
    * **timeout** - seconds or an `httpx.Timeout`; finite by default.
    * **max_retries** - retries after the first attempt (default 2).
    * **transport** - *(optional)* an httpx transport (tests, proxies).
    * **http_client** - *(optional)* an `httpx.Client` you configured (pool, proxies, HTTP/2, event hooks);
      our auth, timeout and no-redirect rules still apply, and `close()` leaves it open.
    * **limits** - *(optional)* an `httpx.Limits` for the default connection pool.
    """

    provider = PROVIDER
    account_registers: AccountRegistersResource
    accounts: AccountsResource
    anticipations: AnticipationsResource
    applications: ApplicationsResource
    boleto: BoletoResource
    cashback: CashbackResource
    charges: ChargesResource
    companies: CompaniesResource
    customers: CustomersResource
    disputes: DisputesResource
    funds_recoveries: FundsRecoveriesResource
    installments: InstallmentsResource
    invoices: InvoicesResource
    kyc_onboardings: KycOnboardingsResource
    partners: PartnersResource
    payments: PaymentsResource
    pix_keys: PixKeysResource
    psps: PspsResource
    qr_codes: QrCodesResource
    receipts: ReceiptsResource
    refunds: RefundsResource
    stablecoins: StablecoinsResource
    statements: StatementsResource
    subaccounts: SubaccountsResource
    subscriptions: SubscriptionsResource
    transactions: TransactionsResource
    transfers: TransfersResource
    webhooks: WebhooksResource
    """The webhook subscriptions API (`/api/v1/webhook`); deliveries are verified by `payclients.woovi.webhooks`."""

    def __init__(
        self,
        app_id: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        url, auth = _settings(app_id, environment, base_url)
        super().__init__(
            base_url=url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
            http_client=http_client,
            limits=limits,
            deadline=deadline,
        )

    # -- invoices (NFS-e) --------------------------------------------------------------------------------

    def create_invoice(
        self,
        *,
        billing_date: DateLike,
        value: int | None = None,
        charge: str | None = None,
        customer_id: str | None = None,
        customer: Mapping[str, Any] | InvoiceCustomerInput | None = None,
        description: str | None = None,
        correlation_id: str | None = None,
    ) -> Invoice:
        """Issue a service invoice (NFS-e); it starts PENDING and is confirmed asynchronously.

        Give exactly one of `value` (integer cents) and `charge` (the correlationID of an existing
        charge, whose value and customer are used). By value, also give `customer_id` (an existing
        customer's correlationID) or a complete `customer`: `taxID`, `name`, `email`, `phone` and an
        `address` with `country`, `zipcode`, `street`, `number` and `state` (Woovi's field names).
        `billing_date` is a `date`, an aware `datetime` or an ISO-8601 string. `correlation_id` is the
        invoice's id for `cancel_invoice` and the downloads; a new UUID unless you give one, and the
        same on every retry (Woovi refuses a repeated one, so the invoice is issued at most once).
        """
        body = P.invoice_body(
            billing_date=billing_date,
            value=value,
            charge=charge,
            customer_id=customer_id,
            customer=customer,
            description=description,
            correlation_id=correlation_id,
        )
        raw = self.invoices.with_raw_response.create_invoice(body=body)
        invoice: Invoice = _unwrap(raw, "invoice")
        return invoice

    def list_invoices(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> SyncPager[Invoice]:
        """Every invoice, optionally of a billing period (dates), fetched page by page as you iterate."""
        params = _invoice_filters(start, end, page_size)
        return _sync_pager(self.invoices.list_invoices, params, "invoices", max_items)

    def cancel_invoice(self, correlation_id: str) -> None:
        """Cancel a CONFIRMED invoice, by the correlationID it was issued with (or its id)."""
        raw = self.invoices.with_raw_response.cancel_invoice(P.identifier(correlation_id, "correlation_id"))
        _cancelled(raw)

    def get_invoice_pdf(self, correlation_id: str) -> bytes:
        """The PDF of a CONFIRMED invoice."""
        return _file_bytes(self.invoices.get_invoice_pdf(P.identifier(correlation_id, "correlation_id")))

    def get_invoice_xml(self, correlation_id: str) -> bytes:
        """The XML of a CONFIRMED invoice."""
        return _file_bytes(self.invoices.get_invoice_xml(P.identifier(correlation_id, "correlation_id")))

    # -- charges ---------------------------------------------------------------------------------------------

    def create_charge(
        self,
        *,
        value: int,
        correlation_id: str | None = None,
        comment: str | None = None,
        customer: Mapping[str, Any] | CustomerCreateRequest | None = None,
        expires_in: int | None = None,
        expires_date: DateLike | None = None,
        additional_info: Mapping[str, str] | None = None,
    ) -> Charge:
        """Create a Pix charge of `value` cents; its `br_code` and `qr_code_image` are what the payer uses.

        Safe to retry: the call sends `return_existing=true` and one correlationID (yours, or a new
        UUID) on every attempt, so a repeat returns the charge already created instead of a second one.
        `customer` uses Woovi's field names (`name` and at least one of `taxID`, `email`, `phone`).
        For the other fields (splits, discounts, interests...) use `client.charges.create_charge`.
        """
        body = P.charge_body(
            value=value,
            correlation_id=correlation_id,
            comment=comment,
            customer=customer,
            expires_in=expires_in,
            expires_date=expires_date,
            additional_info=additional_info,
        )
        raw = self.charges.with_raw_response.create_charge(body=body, return_existing=True)
        charge: Charge = _unwrap(raw, "charge")
        return charge

    def get_charge(self, charge_id: str) -> Charge:
        """One charge, by its id or its correlationID."""
        raw = self.charges.with_raw_response.get_charge(P.identifier(charge_id, "charge_id"))
        charge: Charge = _unwrap(raw, "charge")
        return charge

    def list_charges(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        status: str | ChargeStatus | None = None,
        customer: str | None = None,
        subscription: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> SyncPager[Charge]:
        """Every matching charge, fetched page by page as you iterate (`max_items` caps the total)."""
        params = _charge_filters(start, end, status, customer, subscription, page_size)
        return _sync_pager(self.charges.list_charges, params, "charges", max_items)

    # -- customers, refunds, subscriptions, transactions, statements ---------------------------------------

    def create_customer(
        self,
        *,
        name: str,
        tax_id: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        correlation_id: str | None = None,
        address: Mapping[str, str] | None = None,
    ) -> Customer:
        """Create a customer: a name and at least one of tax_id (CPF/CNPJ digits), email and phone.

        Sent once: Woovi does not document what a repeated customer creation does, so it is not retried.
        """
        body = P.customer_body(
            name=name, tax_id=tax_id, email=email, phone=phone, correlation_id=correlation_id, address=address
        )
        raw = self.customers.with_raw_response.create_customer(body=body)
        created: Customer = _unwrap(raw, "customer")
        return created

    def list_customers(
        self, *, page_size: int = DEFAULT_PAGE_SIZE, max_items: int | None = None
    ) -> SyncPager[Customer]:
        """Every customer, fetched page by page as you iterate."""
        params = P.offset_params(page_size)
        return _sync_pager(self.customers.list_customers, params, "customers", max_items)

    def create_refund(
        self,
        *,
        transaction_end_to_end_id: str,
        value: int,
        correlation_id: str | None = None,
        comment: str | None = None,
    ) -> Refund:
        """Refund `value` cents of a received Pix, identified by its end-to-end id.

        Sent once, never retried after it may have reached Woovi (Woovi does not document refunds as
        deduplicated). Give your own `correlation_id` to look the refund up, or to repeat the call yourself.
        """
        body = P.refund_body(
            transaction_end_to_end_id=transaction_end_to_end_id,
            value=value,
            correlation_id=correlation_id,
            comment=comment,
        )
        raw = self.refunds.with_raw_response.create_refund(body=body)
        refund: Refund = _unwrap(raw, "refund")
        return refund

    def list_refunds(self, *, page_size: int = DEFAULT_PAGE_SIZE, max_items: int | None = None) -> SyncPager[Refund]:
        """Every refund, fetched page by page as you iterate."""
        params = P.offset_params(page_size)
        return _sync_pager(self.refunds.list_refunds, params, "refunds", max_items)

    def list_subscriptions(
        self, *, page_size: int = DEFAULT_PAGE_SIZE, max_items: int | None = None
    ) -> SyncPager[Subscription]:
        """Every subscription, fetched page by page as you iterate."""
        params = P.offset_params(page_size)
        return _sync_pager(self.subscriptions.list_subscriptions, params, "subscriptions", max_items)

    def list_transactions(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        charge: str | None = None,
        pix_qr_code: str | None = None,
        withdrawal: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> SyncPager[Transaction]:
        """Every matching Pix transaction, fetched page by page as you iterate."""
        params = _transaction_filters(start, end, charge, pix_qr_code, withdrawal, page_size)
        return _sync_pager(self.transactions.list_transactions, params, "transactions", max_items)

    def list_statement(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> SyncPager[StatementEntry]:
        """Every ledger entry of the account. Woovi sends bare arrays here; a short one is the last."""
        params = _period_filters(start, end, page_size)
        return _sync_pager(self.statements.get_statement, params, None, max_items)

    def list_subaccount_statement(
        self,
        pix_key: str,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> SyncPager[StatementEntry]:
        """Every ledger entry of the subaccount with this Pix key (bare arrays, like `list_statement`)."""
        fetch = functools.partial(self.subaccounts.get_subaccount_statement, P.identifier(pix_key, "pix_key"))
        params = _period_filters(start, end, page_size)
        return _sync_pager(fetch, params, None, max_items)


class AsyncWoovi(AsyncAPIClient):
    """Woovi's API, asynchronous: the same surface as `Woovi`, awaited (listings with `async for`).

    >>> async with AsyncWoovi(app_id="...") as woovi:
    ...     charge = await woovi.create_charge(value=1500)
    ...     async for charge in woovi.list_charges():
    ...         ...
    """

    provider = PROVIDER
    account_registers: AsyncAccountRegistersResource
    accounts: AsyncAccountsResource
    anticipations: AsyncAnticipationsResource
    applications: AsyncApplicationsResource
    boleto: AsyncBoletoResource
    cashback: AsyncCashbackResource
    charges: AsyncChargesResource
    companies: AsyncCompaniesResource
    customers: AsyncCustomersResource
    disputes: AsyncDisputesResource
    funds_recoveries: AsyncFundsRecoveriesResource
    installments: AsyncInstallmentsResource
    invoices: AsyncInvoicesResource
    kyc_onboardings: AsyncKycOnboardingsResource
    partners: AsyncPartnersResource
    payments: AsyncPaymentsResource
    pix_keys: AsyncPixKeysResource
    psps: AsyncPspsResource
    qr_codes: AsyncQrCodesResource
    receipts: AsyncReceiptsResource
    refunds: AsyncRefundsResource
    stablecoins: AsyncStablecoinsResource
    statements: AsyncStatementsResource
    subaccounts: AsyncSubaccountsResource
    subscriptions: AsyncSubscriptionsResource
    transactions: AsyncTransactionsResource
    transfers: AsyncTransfersResource
    webhooks: AsyncWebhooksResource

    def __init__(
        self,
        app_id: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        url, auth = _settings(app_id, environment, base_url)
        super().__init__(
            base_url=url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
            http_client=http_client,
            limits=limits,
            deadline=deadline,
        )

    # -- invoices (NFS-e) --------------------------------------------------------------------------------

    async def create_invoice(
        self,
        *,
        billing_date: DateLike,
        value: int | None = None,
        charge: str | None = None,
        customer_id: str | None = None,
        customer: Mapping[str, Any] | InvoiceCustomerInput | None = None,
        description: str | None = None,
        correlation_id: str | None = None,
    ) -> Invoice:
        """Issue a service invoice (NFS-e); see `Woovi.create_invoice` for the rules."""
        body = P.invoice_body(
            billing_date=billing_date,
            value=value,
            charge=charge,
            customer_id=customer_id,
            customer=customer,
            description=description,
            correlation_id=correlation_id,
        )
        raw = await self.invoices.with_raw_response.create_invoice(body=body)
        invoice: Invoice = _unwrap(raw, "invoice")
        return invoice

    def list_invoices(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[Invoice]:
        """Every invoice, optionally of a billing period (dates), fetched page by page (`async for`)."""
        params = _invoice_filters(start, end, page_size)
        return _async_pager(self.invoices.list_invoices, params, "invoices", max_items)

    async def cancel_invoice(self, correlation_id: str) -> None:
        """Cancel a CONFIRMED invoice, by the correlationID it was issued with (or its id)."""
        raw = await self.invoices.with_raw_response.cancel_invoice(P.identifier(correlation_id, "correlation_id"))
        _cancelled(raw)

    async def get_invoice_pdf(self, correlation_id: str) -> bytes:
        """The PDF of a CONFIRMED invoice."""
        return _file_bytes(await self.invoices.get_invoice_pdf(P.identifier(correlation_id, "correlation_id")))

    async def get_invoice_xml(self, correlation_id: str) -> bytes:
        """The XML of a CONFIRMED invoice."""
        return _file_bytes(await self.invoices.get_invoice_xml(P.identifier(correlation_id, "correlation_id")))

    # -- charges ---------------------------------------------------------------------------------------------

    async def create_charge(
        self,
        *,
        value: int,
        correlation_id: str | None = None,
        comment: str | None = None,
        customer: Mapping[str, Any] | CustomerCreateRequest | None = None,
        expires_in: int | None = None,
        expires_date: DateLike | None = None,
        additional_info: Mapping[str, str] | None = None,
    ) -> Charge:
        """Create a Pix charge of `value` cents; safe to retry (see `Woovi.create_charge`)."""
        body = P.charge_body(
            value=value,
            correlation_id=correlation_id,
            comment=comment,
            customer=customer,
            expires_in=expires_in,
            expires_date=expires_date,
            additional_info=additional_info,
        )
        raw = await self.charges.with_raw_response.create_charge(body=body, return_existing=True)
        charge: Charge = _unwrap(raw, "charge")
        return charge

    async def get_charge(self, charge_id: str) -> Charge:
        """One charge, by its id or its correlationID."""
        raw = await self.charges.with_raw_response.get_charge(P.identifier(charge_id, "charge_id"))
        charge: Charge = _unwrap(raw, "charge")
        return charge

    def list_charges(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        status: str | ChargeStatus | None = None,
        customer: str | None = None,
        subscription: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[Charge]:
        """Every matching charge, fetched page by page (`async for`; `max_items` caps the total)."""
        params = _charge_filters(start, end, status, customer, subscription, page_size)
        return _async_pager(self.charges.list_charges, params, "charges", max_items)

    # -- customers, refunds, subscriptions, transactions, statements ---------------------------------------

    async def create_customer(
        self,
        *,
        name: str,
        tax_id: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        correlation_id: str | None = None,
        address: Mapping[str, str] | None = None,
    ) -> Customer:
        """Create a customer: a name and at least one of tax_id, email and phone. Sent once."""
        body = P.customer_body(
            name=name, tax_id=tax_id, email=email, phone=phone, correlation_id=correlation_id, address=address
        )
        raw = await self.customers.with_raw_response.create_customer(body=body)
        created: Customer = _unwrap(raw, "customer")
        return created

    def list_customers(
        self, *, page_size: int = DEFAULT_PAGE_SIZE, max_items: int | None = None
    ) -> AsyncPager[Customer]:
        """Every customer, fetched page by page (`async for`)."""
        params = P.offset_params(page_size)
        return _async_pager(self.customers.list_customers, params, "customers", max_items)

    async def create_refund(
        self,
        *,
        transaction_end_to_end_id: str,
        value: int,
        correlation_id: str | None = None,
        comment: str | None = None,
    ) -> Refund:
        """Refund `value` cents of a received Pix; sent once (see `Woovi.create_refund`)."""
        body = P.refund_body(
            transaction_end_to_end_id=transaction_end_to_end_id,
            value=value,
            correlation_id=correlation_id,
            comment=comment,
        )
        raw = await self.refunds.with_raw_response.create_refund(body=body)
        refund: Refund = _unwrap(raw, "refund")
        return refund

    def list_refunds(self, *, page_size: int = DEFAULT_PAGE_SIZE, max_items: int | None = None) -> AsyncPager[Refund]:
        """Every refund, fetched page by page (`async for`)."""
        params = P.offset_params(page_size)
        return _async_pager(self.refunds.list_refunds, params, "refunds", max_items)

    def list_subscriptions(
        self, *, page_size: int = DEFAULT_PAGE_SIZE, max_items: int | None = None
    ) -> AsyncPager[Subscription]:
        """Every subscription, fetched page by page (`async for`)."""
        params = P.offset_params(page_size)
        return _async_pager(self.subscriptions.list_subscriptions, params, "subscriptions", max_items)

    def list_transactions(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        charge: str | None = None,
        pix_qr_code: str | None = None,
        withdrawal: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[Transaction]:
        """Every matching Pix transaction, fetched page by page (`async for`)."""
        params = _transaction_filters(start, end, charge, pix_qr_code, withdrawal, page_size)
        return _async_pager(self.transactions.list_transactions, params, "transactions", max_items)

    def list_statement(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[StatementEntry]:
        """Every ledger entry of the account (`async for`); a short bare array is the last page."""
        params = _period_filters(start, end, page_size)
        return _async_pager(self.statements.get_statement, params, None, max_items)

    def list_subaccount_statement(
        self,
        pix_key: str,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[StatementEntry]:
        """Every ledger entry of the subaccount with this Pix key (`async for`)."""
        fetch = functools.partial(self.subaccounts.get_subaccount_statement, P.identifier(pix_key, "pix_key"))
        params = _period_filters(start, end, page_size)
        return _async_pager(fetch, params, None, max_items)
