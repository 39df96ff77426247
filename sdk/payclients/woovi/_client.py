"""Woovi clients: configuration, auth, and the conveniences for the common money flows.

Every operation of `specs/woovi.yaml` is a typed method of a resource named after its tag
(`client.charges.create_charge(...)`, `client.pix_keys.get_pix_key_tokens()`, 28 resources); the
methods here check their arguments before sending and pick the object out of Woovi's response
envelope (`{"charge": {...}}` -> `Charge`); every listing of the spec returns a pager, and the
`list_*` here add checked filters on top of the common ones. Each convenience is written once, for
both clients (see `payclients._facade`). The models are the generated ones (`payclients_woovi.models`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._auth import CredentialHeaders
from .._base_client import AsyncAPIClient, SyncAPIClient, _Core
from .._checks import config_text
from .._config import TimeoutTypes, env_setting, resolve_base_url
from .._dates import DateLike
from .._exceptions import ConfigurationError, ResponseValidationError
from .._facade import AsyncRaw, Steps, SyncRaw, convenience, listing, raw_access
from .._logging import redact_url
from .._retries import DEFAULT_MAX_RETRIES
from . import _params as P
from ._provider import PROVIDER

if TYPE_CHECKING:
    from payclients_woovi.api import AsyncResources, Resources
    from payclients_woovi.models import (
        Charge,
        ChargePage,
        ChargeStatus,
        Customer,
        CustomerCreateRequest,
        Invoice,
        InvoiceCustomerInput,
        InvoicePage,
        Refund,
        StatementEntry,
        Transaction,
        TransactionPage,
    )
    from payclients_woovi.types import Pager
else:  # the resource declarations are for type checkers: at run time each resource loads on first use
    from .._base_client import LazyResources as AsyncResources
    from .._base_client import LazyResources as Resources

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


# -- the conveniences, one definition for both clients ----------------------------------------------------


def _create_invoice(
    client: Woovi,
    *,
    billing_date: DateLike,
    value: int | None = None,
    charge: str | None = None,
    customer_id: str | None = None,
    customer: Mapping[str, Any] | InvoiceCustomerInput | None = None,
    description: str | None = None,
    correlation_id: str | None = None,
) -> Steps[Invoice]:
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
    raw = yield client.invoices.with_raw_response.create_invoice(body=body)
    invoice: Invoice = _unwrap(raw, "invoice")
    return invoice


def _list_invoices(
    client: Woovi,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[InvoicePage, Invoice]:
    """Every invoice, optionally of a billing period (dates), fetched page by page as you iterate."""
    return client.invoices.list_invoices(**_invoice_filters(start, end, page_size), max_items=max_items)


def _cancel_invoice(client: Woovi, correlation_id: str) -> Steps[None]:
    """Cancel a CONFIRMED invoice, by the correlationID it was issued with (or its id)."""
    raw = yield client.invoices.with_raw_response.cancel_invoice(P.identifier(correlation_id, "correlation_id"))
    _cancelled(raw)


def _get_invoice_pdf(client: Woovi, correlation_id: str) -> Steps[bytes]:
    """The PDF of a CONFIRMED invoice."""
    file = yield client.invoices.get_invoice_pdf(P.identifier(correlation_id, "correlation_id"))
    return _file_bytes(file)


def _get_invoice_xml(client: Woovi, correlation_id: str) -> Steps[bytes]:
    """The XML of a CONFIRMED invoice."""
    file = yield client.invoices.get_invoice_xml(P.identifier(correlation_id, "correlation_id"))
    return _file_bytes(file)


def _create_charge(
    client: Woovi,
    *,
    value: int,
    correlation_id: str | None = None,
    comment: str | None = None,
    customer: Mapping[str, Any] | CustomerCreateRequest | None = None,
    expires_in: int | None = None,
    expires_date: DateLike | None = None,
    additional_info: Mapping[str, str] | None = None,
) -> Steps[Charge]:
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
    raw = yield client.charges.with_raw_response.create_charge(body=body, return_existing=True)
    charge: Charge = _unwrap(raw, "charge")
    return charge


def _get_charge(client: Woovi, charge_id: str) -> Steps[Charge]:
    """One charge, by its id or its correlationID."""
    raw = yield client.charges.with_raw_response.get_charge(P.identifier(charge_id, "charge_id"))
    charge: Charge = _unwrap(raw, "charge")
    return charge


def _list_charges(
    client: Woovi,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    status: str | ChargeStatus | None = None,
    customer: str | None = None,
    subscription: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[ChargePage, Charge]:
    """Every matching charge, fetched page by page as you iterate (`max_items` caps the total)."""
    filters = _charge_filters(start, end, status, customer, subscription, page_size)
    return client.charges.list_charges(**filters, max_items=max_items)


def _create_customer(
    client: Woovi,
    *,
    name: str,
    tax_id: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    correlation_id: str | None = None,
    address: Mapping[str, str] | None = None,
) -> Steps[Customer]:
    """Create a customer: a name and at least one of tax_id (CPF/CNPJ digits), email and phone.

    Sent once: Woovi does not document what a repeated customer creation does, so it is not retried.
    """
    body = P.customer_body(
        name=name, tax_id=tax_id, email=email, phone=phone, correlation_id=correlation_id, address=address
    )
    raw = yield client.customers.with_raw_response.create_customer(body=body)
    created: Customer = _unwrap(raw, "customer")
    return created


def _create_refund(
    client: Woovi,
    *,
    transaction_end_to_end_id: str,
    value: int,
    correlation_id: str | None = None,
    comment: str | None = None,
) -> Steps[Refund]:
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
    raw = yield client.refunds.with_raw_response.create_refund(body=body)
    refund: Refund = _unwrap(raw, "refund")
    return refund


def _list_transactions(
    client: Woovi,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    charge: str | None = None,
    pix_qr_code: str | None = None,
    withdrawal: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[TransactionPage, Transaction]:
    """Every matching Pix transaction, fetched page by page as you iterate."""
    filters = _transaction_filters(start, end, charge, pix_qr_code, withdrawal, page_size)
    return client.transactions.list_transactions(**filters, max_items=max_items)


def _list_statement(
    client: Woovi,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[list[StatementEntry], StatementEntry]:
    """Every ledger entry of the account. Woovi sends bare arrays here; a short one is the last."""
    return client.statements.get_statement(**_period_filters(start, end, page_size), max_items=max_items)


def _list_subaccount_statement(
    client: Woovi,
    pix_key: str,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[list[StatementEntry], StatementEntry]:
    """Every ledger entry of the subaccount with this Pix key (bare arrays, like `list_statement`)."""
    return client.subaccounts.get_subaccount_statement(
        P.identifier(pix_key, "pix_key"), **_period_filters(start, end, page_size), max_items=max_items
    )


class _WooviCalls:
    """The conveniences, declared once for both clients and their raw proxies."""

    # invoices (NFS-e)
    create_invoice = convenience(_create_invoice)
    list_invoices = listing(_list_invoices)
    cancel_invoice = convenience(_cancel_invoice)
    get_invoice_pdf = convenience(_get_invoice_pdf)
    get_invoice_xml = convenience(_get_invoice_xml)
    # charges
    create_charge = convenience(_create_charge)
    get_charge = convenience(_get_charge)
    list_charges = listing(_list_charges)
    # customers, refunds, transactions, statements
    create_customer = convenience(_create_customer)
    create_refund = convenience(_create_refund)
    list_transactions = listing(_list_transactions)
    list_statement = listing(_list_statement)
    list_subaccount_statement = listing(_list_subaccount_statement)


class _SyncRawWoovi(_WooviCalls, SyncRaw):
    """`Woovi().with_raw_response`: each convenience returns an `APIResponse`."""


class _AsyncRawWoovi(_WooviCalls, AsyncRaw):
    """`AsyncWoovi().with_raw_response`: each convenience returns a coroutine of an `APIResponse`."""


class _Woovi(_WooviCalls, _Core):
    """What both Woovi clients have: settings and the conveniences."""

    provider = PROVIDER

    def __init__(
        self,
        app_id: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        url, auth = _settings(app_id, environment, base_url)
        self._connect(
            base_url=url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=None,
            transport=transport,
            http_client=http_client,
            limits=limits,
            deadline=deadline,
        )

    with_raw_response = raw_access(_SyncRawWoovi, _AsyncRawWoovi)
    """The conveniences and resources returning `APIResponse`s (status, headers, request id, parsed body)."""


class Woovi(_Woovi, Resources, SyncAPIClient):
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
    * **deadline** - *(optional)* seconds for a whole call, retries and waits included.
    """


class AsyncWoovi(_Woovi, AsyncResources, AsyncAPIClient):
    """Woovi's API, asynchronous: the same surface as `Woovi`, awaited (listings with `async for`).

    >>> async with AsyncWoovi(app_id="...") as woovi:
    ...     charge = await woovi.create_charge(value=1500)
    ...     async for charge in woovi.list_charges():
    ...         ...
    """
