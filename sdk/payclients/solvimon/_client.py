"""Solvimon clients: configuration, auth and the invoice conveniences.

Every operation of `specs/solvimon.yaml` is a typed method of a resource (`client.invoices.<op>`),
and every listing among them returns a pager. The conveniences here add argument checks on top of the
most used ones. Each is written once, for both clients (see `payclients._facade`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import AsyncIterable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._auth import CredentialHeaders
from .._base_client import AsyncAPIClient, SyncAPIClient, _Core
from .._checks import config_text, param_list
from .._config import TimeoutTypes, env_setting, resolve_base_url, user_agent
from .._dates import DateLike, to_datetime
from .._exceptions import ConfigurationError, ParameterError
from .._facade import AsyncRaw, Steps, SyncRaw, convenience, listing, raw_access
from .._oauth import OAuthEndpoints, TokenAuth, TokenProvider
from .._provider import ErrorDetails, Provider, decode_json_body, header_idempotency
from .._retries import DEFAULT_MAX_RETRIES
from . import _billing
from ._ingest import DEFAULT_BATCH_SIZE, IngestResult, ProgressCallback

if TYPE_CHECKING:
    from payclients_solvimon.api import AsyncResources, Resources
    from payclients_solvimon.models import (
        Customer,
        CustomerPage,
        Invoice,
        InvoicePage,
        Payment,
        PaymentPage,
        PricingPlanSchedule,
        PricingPlanSubscription,
        PricingPlanSubscriptionInit,
        PricingPlanSubscriptionPage,
        RefreshInvoiceRequest,
    )
    from payclients_solvimon.types import Pager
else:  # the resource declarations are for type checkers: at run time each resource loads on first use
    from .._base_client import LazyResources as AsyncResources
    from .._base_client import LazyResources as Resources

__all__ = ["ENVIRONMENTS", "AsyncSolvimon", "Solvimon"]

ENVIRONMENTS: Mapping[str, str] = {
    "test": "https://test.api.solvimon.com",
    "live": "https://api.solvimon.com",
}
DEFAULT_PAGE_SIZE = 100


def _parse_error(response: httpx.Response) -> ErrorDetails | None:
    """Solvimon's `ApiError` body: {type, code, message, field?, resource_id?, resource_type?}."""
    body = decode_json_body(response)
    if not isinstance(body, dict) or not isinstance(body.get("message"), str):
        return None
    from payclients_solvimon.models import ApiError

    try:
        parsed: Any = ApiError.from_dict(body)
    except (KeyError, TypeError, ValueError):
        parsed = body
    field = body.get("field")
    return ErrorDetails(
        message=body["message"],
        code=body.get("code") if isinstance(body.get("code"), str) else None,
        error=parsed,
        field_errors={field: [body["message"]]} if isinstance(field, str) and field else {},
    )


PROVIDER = Provider(
    name="Solvimon",
    generated_package="payclients_solvimon",
    parse_error=_parse_error,
    request_id_header="x-request-id",
    idempotency=header_idempotency("Idempotency-Key"),
    sensitive_headers=("x-platform-id",),
)


OAUTH_TOKEN_PATH = "/v1/oauth/token"
OAUTH_REFRESH_PATH = "/v1/oauth/refresh-token"


def _settings(
    api_key: str | None,
    bearer_token: str | None,
    platform_id: str | None,
    environment: str | None,
    base_url: str | None,
    client_id: str | None = None,
    client_secret: str | None = None,
    token_provider: TokenProvider | None = None,
) -> tuple[str, httpx.Auth, dict[str, str]]:
    """(base URL, auth, default headers). Arguments beat environment variables, per setting.

    One way of authenticating: an API key, a static bearer token, OAuth client credentials (tokens
    fetched and renewed by `TokenAuth`), or your own `token_provider`.
    """
    given = [
        name
        for name, value in (
            ("api_key", api_key),
            ("bearer_token", bearer_token),
            ("client_id/client_secret", client_id if client_id is not None else client_secret),
            ("token_provider", token_provider),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise ConfigurationError(f"pass one way of authenticating to Solvimon, not both {given[0]} and {given[1]}")
    if not given:
        api_key = env_setting(None, "SOLVIMON_API_KEY")
        if api_key is None:
            bearer_token = env_setting(None, "SOLVIMON_BEARER_TOKEN")
        if api_key is None and bearer_token is None:
            client_id = env_setting(None, "SOLVIMON_CLIENT_ID")
            client_secret = env_setting(None, "SOLVIMON_CLIENT_SECRET")
    url, _ = resolve_base_url(
        base_url=base_url,
        base_url_variable="SOLVIMON_BASE_URL",
        environment=environment,
        environment_variable="SOLVIMON_ENVIRONMENT",
        default_environment="test",
        environments=ENVIRONMENTS,
    )
    platform = env_setting(platform_id, "SOLVIMON_PLATFORM_ID")
    # sent like a credential: added at send time (unless the call names another), never kept on the client
    account = {} if platform is None else {"x-platform-id": config_text(platform, "platform_id")}
    auth: httpx.Auth
    if api_key is not None:
        auth = CredentialHeaders({"X-API-KEY": config_text(api_key, "api_key")}, defaults=account)
    elif bearer_token is not None:
        auth = CredentialHeaders(
            {"Authorization": f"Bearer {config_text(bearer_token, 'bearer_token')}"}, defaults=account
        )
    elif token_provider is not None:
        auth = TokenAuth(base_url=url, token_provider=token_provider, defaults=account, provider_name="Solvimon")
    elif client_id is not None or client_secret is not None:
        if client_id is None or client_secret is None:
            raise ConfigurationError(
                "OAuth needs both client_id and client_secret (or SOLVIMON_CLIENT_ID and SOLVIMON_CLIENT_SECRET)"
            )
        endpoints = OAuthEndpoints(
            token_path=OAUTH_TOKEN_PATH,
            refresh_path=OAUTH_REFRESH_PATH,
            credentials={
                "username": config_text(client_id, "client_id").strip(),
                "password": config_text(client_secret, "client_secret"),
            },
        )
        auth = TokenAuth(
            base_url=url,
            endpoints=endpoints,
            default_headers={"User-Agent": user_agent()},
            defaults=account,
            provider_name="Solvimon",
        )
    else:
        raise ConfigurationError(
            "Solvimon needs credentials: pass api_key=... (or set SOLVIMON_API_KEY), "
            "bearer_token=... (or SOLVIMON_BEARER_TOKEN), client_id=... and client_secret=... "
            "(or SOLVIMON_CLIENT_ID and SOLVIMON_CLIENT_SECRET), or token_provider=..."
        )
    return url, auth, {}


# -- argument checks shared by the sync and async clients -------------------------------------------


def _invoice_id(invoice_id: object) -> str:
    if not isinstance(invoice_id, str) or not invoice_id.strip():
        raise ParameterError("invoice_id", f"must be a non-empty string, not {invoice_id!r}")
    return invoice_id


def _refresh_body(types: str | Iterable[str] | None) -> RefreshInvoiceRequest | None:
    """The refresh request body; None (send no body) when no types are given."""
    from payclients_solvimon.models import RefreshInvoiceRequest, RefreshInvoiceType

    if types is None:
        return None
    values = [types] if isinstance(types, str) else param_list(types, "types")
    if not values:
        raise ParameterError("types", "give at least one refresh type, or None to let Solvimon decide")
    chosen: list[RefreshInvoiceType] = []
    for value in values:
        if isinstance(value, RefreshInvoiceType):
            member = value  # includes explicitly built values the spec does not list yet
        elif isinstance(value, str) and value in {m.value for m in RefreshInvoiceType}:
            member = RefreshInvoiceType(value)
        else:
            known = ", ".join(m.value for m in RefreshInvoiceType)
            raise ParameterError("types", f"unknown refresh type {value!r}; known types: {known}")
        if member not in chosen:
            chosen.append(member)
    return RefreshInvoiceRequest(types=chosen)


def _date_range(value: tuple[DateLike, DateLike] | None, param: str) -> str | None:
    """Solvimon's range filter syntax: `[start,end]` in ISO-8601."""
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or len(value) != 2:
        raise ParameterError(param, "must be a (start, end) pair")
    start, end = (to_datetime(v, param) for v in value)
    if end < start:
        raise ParameterError(param, "the end comes before the start")
    return f"[{_utc(start)},{_utc(end)}]"


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _list_params(
    *,
    customer_id: str | None,
    statuses: Iterable[str] | None,
    invoice_date: tuple[DateLike, DateLike] | None,
    paid: bool | None,
    on_hold: bool | None,
    pricing_plan_subscription_id: str | None,
    include_periods: bool | None,
    include_lines: bool | None,
    order_by: str | None,
    order_direction: str | None,
    page_size: int,
) -> dict[str, Any]:
    from payclients_solvimon.models import OrderDirection

    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ParameterError("page_size", f"must be a whole number >= 1, not {page_size!r}")
    if isinstance(statuses, str):
        statuses = [statuses]
    params: dict[str, Any] = {
        "customer_id": customer_id,
        "statuses": list(statuses) if statuses is not None else None,
        "invoice_date": _date_range(invoice_date, "invoice_date"),
        "paid": paid,
        "on_hold": on_hold,
        "pricing_plan_subscription_id": pricing_plan_subscription_id,
        "include_periods": include_periods,
        "include_lines": include_lines,
        "order_by": order_by,
        "page": 1,
        "limit": page_size,
    }
    if order_direction is not None:
        if order_direction.lower() not in ("asc", "desc"):
            raise ParameterError("order_direction", f"must be 'asc' or 'desc', not {order_direction!r}")
        params["order_direction"] = OrderDirection(order_direction.lower())
    return {k: v for k, v in params.items() if v is not None}


# -- the conveniences, one definition for both clients ----------------------------------------------


def _refresh_invoice(
    client: Solvimon,
    invoice_id: str,
    types: str | Iterable[str] | None = None,
    *,
    idempotency_key: str | None = None,
) -> Steps[Invoice]:
    """Re-pull the given parts (`types`) of an invoice's data and return the updated invoice.

    Types: FULL, CUSTOMER, CUSTOM_FIELD, BILLING_ENTITY, PAYMENT_ACCEPTOR, PO_NUMBER, TAX_RATES.
    One idempotency key is used for every retry of the call (a new one unless you give it).
    """
    body = _refresh_body(types)
    invoice: Invoice = yield client.invoices.refresh_invoice(
        _invoice_id(invoice_id), body=body, idempotency_key=idempotency_key
    )
    return invoice


def _get_invoice(client: Solvimon, invoice_id: str) -> Steps[Invoice]:
    """One invoice by id."""
    invoice: Invoice = yield client.invoices.get_invoice(_invoice_id(invoice_id))
    return invoice


def _list_invoices(
    client: Solvimon,
    *,
    customer_id: str | None = None,
    statuses: Iterable[str] | None = None,
    invoice_date: tuple[DateLike, DateLike] | None = None,
    paid: bool | None = None,
    on_hold: bool | None = None,
    pricing_plan_subscription_id: str | None = None,
    include_periods: bool | None = None,
    include_lines: bool | None = None,
    order_by: str | None = None,
    order_direction: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[InvoicePage, Invoice]:
    """Every matching invoice, fetched page by page as you iterate (`max_items` caps the total).

    The filters are checked before anything is sent; `invoice_date` is a (start, end) pair.
    """
    params = _list_params(
        customer_id=customer_id,
        statuses=statuses,
        invoice_date=invoice_date,
        paid=paid,
        on_hold=on_hold,
        pricing_plan_subscription_id=pricing_plan_subscription_id,
        include_periods=include_periods,
        include_lines=include_lines,
        order_by=order_by,
        order_direction=order_direction,
        page_size=page_size,
    )
    return client.invoices.list_invoices(**params, max_items=max_items)


def _key(idempotency_key: str | None) -> Any:
    """The generated methods' form of an optional idempotency key."""
    return None if idempotency_key is None else _billing.identifier(idempotency_key, "idempotency_key")


# -- customers, subscriptions, payments: one definition for both clients -----------------------------


def _create_customer(
    client: Solvimon,
    reference: str,
    *,
    customer_type: str = "ORGANIZATION",
    email: str | None = None,
    legal_name: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    country: str | None = None,
    fields: Mapping[str, Any] | None = None,
    idempotency_key: str | None = None,
) -> Steps[Customer]:
    """Create a customer (`reference` is yours, unique). `fields` adds any other Solvimon field."""
    body = _billing.customer_body(
        reference,
        customer_type=customer_type,
        email=email,
        legal_name=legal_name,
        first_name=first_name,
        last_name=last_name,
        country=country,
        fields=fields,
    )
    customer: Customer = yield client.customers.create_customer(body=body, idempotency_key=_key(idempotency_key))
    return customer


def _get_customer(client: Solvimon, customer: str) -> Steps[Customer]:
    """One customer, by id or by your reference."""
    found: Customer = yield client.customers.get_customer(_billing.identifier(customer, "customer"))
    return found


def _update_customer(
    client: Solvimon,
    /,
    customer: str,
    changes: Mapping[str, Any] | None = None,
    *,
    idempotency_key: str | None = None,
    **fields: Any,
) -> Steps[Customer]:
    """Change the given fields of a customer (by id or reference); the others stay as they are.

    >>> client.update_customer("acme-bv", email="ap@acme.example")
    """
    body = _billing.customer_changes({**(changes or {}), **fields})
    updated: Customer = yield client.customers.update_customer(
        _billing.identifier(customer, "customer"), body=body, idempotency_key=_key(idempotency_key)
    )
    return updated


def _list_customers(
    client: Solvimon,
    *,
    reference: str | None = None,
    order_by: str | None = None,
    order_direction: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[CustomerPage, Customer]:
    """Every customer (or the one with `reference`), fetched page by page as you iterate."""
    params = _billing.page_params(page_size, order_direction, reference=reference, order_by=order_by)
    return client.customers.list_customers(**params, max_items=max_items)


def _create_subscription(
    client: Solvimon,
    *,
    pricing_plan_id: str,
    customer_id: str | None = None,
    customer_reference: str | None = None,
    reference: str | None = None,
    name: str | None = None,
    billing_currency: str | None = None,
    billing_period: tuple[str, int] | Mapping[str, Any] | None = None,
    start_at: DateLike | None = None,
    fields: Mapping[str, Any] | None = None,
    idempotency_key: str | None = None,
) -> Steps[PricingPlanSubscription]:
    """Subscribe a customer to a pricing plan (a DRAFT until `init_subscription`)."""
    body = _billing.subscription_body(
        customer_id=customer_id,
        customer_reference=customer_reference,
        pricing_plan_id=pricing_plan_id,
        reference=reference,
        name=name,
        billing_currency=billing_currency,
        billing_period=billing_period,
        start_at=start_at,
        fields=fields,
    )
    created: PricingPlanSubscription = yield client.pricing_plan_subscriptions.create_pricing_plan_subscription(
        body=body, idempotency_key=_key(idempotency_key)
    )
    return created


def _init_subscription(
    client: Solvimon,
    subscription: str | PricingPlanSubscription | None = None,
    *,
    pricing_plan_id: str | None = None,
    customer_id: str | None = None,
    customer_reference: str | None = None,
    reference: str | None = None,
    billing_currency: str | None = None,
    start_at: DateLike | None = None,
    idempotency_key: str | None = None,
) -> Steps[PricingPlanSubscriptionInit]:
    """Start a subscription and make its first invoice (`result.invoice`).

    Pass a subscription (id or model) made by `create_subscription`, or the arguments of one to create
    and start it in one call.
    """
    if subscription is None and pricing_plan_id is None:
        raise ParameterError("pricing_plan_id", "give a subscription, or pricing_plan_id and the customer")
    extra: dict[str, Any] = dict(reference=reference, billing_currency=billing_currency, start_at=start_at)
    if subscription is None:
        body = _billing.init_body(
            None,
            customer_id=customer_id,
            customer_reference=customer_reference,
            pricing_plan_id=pricing_plan_id,
            name=None,
            billing_period=None,
            fields=None,
            **extra,
        )
    else:
        body = _billing.init_body(subscription, customer_id=customer_id, customer_reference=customer_reference, **extra)
    started: PricingPlanSubscriptionInit = yield client.pricing_plan_subscriptions.init_pricing_plan_subscription(
        body=body, idempotency_key=_key(idempotency_key)
    )
    return started


def _list_subscriptions(
    client: Solvimon,
    *,
    customer_id: str | None = None,
    statuses: Iterable[str] | None = None,
    reference: str | None = None,
    order_by: str | None = None,
    order_direction: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[PricingPlanSubscriptionPage, PricingPlanSubscription]:
    """Every matching pricing-plan subscription, fetched page by page as you iterate."""
    if isinstance(statuses, str):
        statuses = [statuses]
    params = _billing.page_params(
        page_size,
        order_direction,
        customer_id=customer_id,
        statuses=statuses,
        reference=reference,
        order_by=order_by,
    )
    return client.pricing_plan_subscriptions.list_pricing_plan_subscriptions(**params, max_items=max_items)


def _change_plan(
    client: Solvimon,
    subscription: str | PricingPlanSubscription,
    pricing_plan_id: str,
    *,
    start_at: DateLike | None = None,
    billing_period: tuple[str, int] | Mapping[str, Any] | None = None,
    idempotency_key: str | None = None,
) -> Steps[PricingPlanSchedule]:
    """Move a subscription to another pricing plan (from `start_at`, default now); returns the new schedule."""
    subscription_id = _billing.identifier(getattr(subscription, "id", subscription), "subscription")
    body = _billing.change_plan_body(pricing_plan_id, start_at, billing_period)
    schedule: PricingPlanSchedule = yield client.pricing_plan_subscriptions.change_pricing_plan_subscription_plan(
        subscription_id, body=body, idempotency_key=_key(idempotency_key)
    )
    return schedule


def _list_payments(
    client: Solvimon,
    *,
    customer_id: str | None = None,
    invoice_id: str | None = None,
    order_by: str | None = None,
    order_direction: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[PaymentPage, Payment]:
    """Every matching payment, fetched page by page as you iterate."""
    params = _billing.page_params(
        page_size, order_direction, customer_id=customer_id, invoice_id=invoice_id, order_by=order_by
    )
    return client.payments.list_payments(**params, max_items=max_items)


class _SolvimonCalls:
    """The conveniences, declared once for both clients and their raw proxies."""

    refresh_invoice = convenience(_refresh_invoice)
    get_invoice = convenience(_get_invoice)
    list_invoices = listing(_list_invoices)
    create_customer = convenience(_create_customer)
    get_customer = convenience(_get_customer)
    update_customer = convenience(_update_customer)
    list_customers = listing(_list_customers)
    create_subscription = convenience(_create_subscription)
    init_subscription = convenience(_init_subscription)
    list_subscriptions = listing(_list_subscriptions)
    change_plan = convenience(_change_plan)
    list_payments = listing(_list_payments)


class _SyncRawSolvimon(_SolvimonCalls, SyncRaw):
    """`Solvimon().with_raw_response`: each convenience returns an `APIResponse`."""


class _AsyncRawSolvimon(_SolvimonCalls, AsyncRaw):
    """`AsyncSolvimon().with_raw_response`: each convenience returns a coroutine of an `APIResponse`."""


class _Solvimon(_SolvimonCalls, _Core):
    """What both Solvimon clients have: settings and the conveniences."""

    provider = PROVIDER

    def __init__(
        self,
        api_key: str | None = None,
        *,
        bearer_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_provider: TokenProvider | None = None,
        platform_id: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        url, auth, headers = _settings(
            api_key, bearer_token, platform_id, environment, base_url, client_id, client_secret, token_provider
        )
        self._connect(
            base_url=url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=headers,
            transport=transport,
            http_client=http_client,
            limits=limits,
            deadline=deadline,
        )

    with_raw_response = raw_access(_SyncRawSolvimon, _AsyncRawSolvimon)
    """The conveniences and resources returning `APIResponse`s (status, headers, request id, parsed body)."""


class Solvimon(_Solvimon, Resources, SyncAPIClient):
    """Solvimon's API (invoices), synchronous.

    >>> client = Solvimon(api_key="...", environment="test")
    >>> invoice = client.refresh_invoice("inv_1", types=["CUSTOMER"])

    **Parameters:**

    * **api_key** - *(optional)* sent as `X-API-KEY`; default `SOLVIMON_API_KEY`.
    * **bearer_token** - *(optional)* a JWT sent as `Authorization: Bearer`; default `SOLVIMON_BEARER_TOKEN`.
    * **client_id**, **client_secret** - *(optional)* OAuth credentials: tokens come from `POST /v1/oauth/token`
      and are renewed before they expire and after a 401; default `SOLVIMON_CLIENT_ID` / `SOLVIMON_CLIENT_SECRET`.
    * **token_provider** - *(optional)* a callable returning a token (`str` or `payclients.solvimon.AccessToken`).
    * **platform_id** - *(optional)* sent as `x-platform-id`; default `SOLVIMON_PLATFORM_ID`.
    * **environment** - `"test"` (default) or `"live"`; default `SOLVIMON_ENVIRONMENT`.
    * **base_url** - *(optional)* overrides the environment; default `SOLVIMON_BASE_URL`.
    * **timeout** - seconds or an `httpx.Timeout`; finite by default.
    * **max_retries** - retries after the first attempt (default 2).
    * **transport** - *(optional)* an httpx transport, e.g. a fake from `payclients.testing`.
    * **http_client** - *(optional)* an `httpx.Client` you configured (pool, proxies, HTTP/2, event hooks);
      our auth, timeout and no-redirect rules still apply, and `close()` leaves it open.
    * **limits** - *(optional)* an `httpx.Limits` for the default connection pool.
    * **deadline** - *(optional)* seconds for a whole call, retries and waits included.
    """

    # Ingestion reacts to API errors between its calls (a refused batch is split, a checkpoint is
    # kept), which a one-definition convenience cannot do on the async client; so each client has a
    # thin driver (`_ingestion`), and the planning they share is sans-IO (`_ingest`).

    def ingest_events(
        self,
        events: Iterable[Mapping[str, Any] | Any],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
    ) -> IngestResult:
        """Send usage events (dicts in Solvimon's event shape, or generated models); never bills twice.

        Each event without a `reference` gets one, made once and kept on every retry: Solvimon counts an
        event once per reference. Batches of at most `batch_size` (<= 1000) go to `/v1/events/ingest-list`
        (one event: `/v1/events/ingest`). The result lists every accepted record and every failed event
        with its error; nothing is dropped. All events are checked before the first is sent.
        """
        from . import _ingestion

        return _ingestion.ingest_events(
            self, events, batch_size=batch_size, cost_prediction=cost_prediction, meter_validation=meter_validation
        )

    def backfill_events(
        self,
        events: Iterable[Mapping[str, Any] | Any],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | None = None,
        progress: bool | ProgressCallback = False,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
    ) -> IngestResult:
        """Ingest a large stream (a generator, `events_from_csv(...)`) batch by batch, in flat memory.

        With `checkpoint=` (a file path) the acknowledged position is saved after every batch, and
        failures are appended to `<checkpoint>.failed.jsonl`; run again with the same file and the same
        events to resume where it stopped. `progress=True` prints a line to stderr every 10,000 events.
        The result keeps counts and failures, not the accepted records. Up to `concurrency` batches are
        in flight at once (worker threads here, tasks on the async client).
        """
        from . import _ingestion

        return _ingestion.backfill(
            self,
            events,
            batch_size=batch_size,
            concurrency=concurrency,
            checkpoint=checkpoint,
            progress=progress,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
        )


class AsyncSolvimon(_Solvimon, AsyncResources, AsyncAPIClient):
    """Solvimon's API (invoices), asynchronous: the same surface as `Solvimon`, awaited.

    >>> async with AsyncSolvimon(api_key="...") as client:
    ...     invoice = await client.refresh_invoice("inv_1", types=["CUSTOMER"])
    ...     async for invoice in client.list_invoices(statuses=["OPEN"]):
    ...         ...
    """

    async def ingest_events(
        self,
        events: Iterable[Mapping[str, Any] | Any],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
    ) -> IngestResult:
        """Send usage events; see `Solvimon.ingest_events`."""
        from . import _ingestion

        return await _ingestion.aingest_events(
            self, events, batch_size=batch_size, cost_prediction=cost_prediction, meter_validation=meter_validation
        )

    async def backfill_events(
        self,
        events: Iterable[Mapping[str, Any] | Any] | AsyncIterable[Mapping[str, Any] | Any],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | None = None,
        progress: bool | ProgressCallback = False,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
    ) -> IngestResult:
        """Ingest a large stream with at most `concurrency` batches in flight; see `Solvimon.backfill_events`.

        The checkpoint only moves past a batch once every batch before it is acknowledged.
        """
        from . import _ingestion

        return await _ingestion.abackfill(
            self,
            events,
            batch_size=batch_size,
            concurrency=concurrency,
            checkpoint=checkpoint,
            progress=progress,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
        )
