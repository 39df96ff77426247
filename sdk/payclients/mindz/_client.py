"""Mindz clients: the tenant's two APIs, DRF errors, and the MindzPay invoice conveniences.

Every operation of `specs/mindz.yaml` is a typed method of a resource (`client.mindzpay_invoices`,
`client.users`, `client.public_contact`, ...). The methods here add argument checks, exact amounts,
the one-file upload on top of the MindzPay invoice operations; every listing of the spec returns a
pager. Each convenience is written once, for both clients (see `payclients._facade`).

Mindz has no idempotency mechanism, so its POST and PATCH calls are never repeated after a response
(only when the connection failed before anything reached the server).
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

import httpx

from .._base_client import AsyncAPIClient, SyncAPIClient, _Core
from .._config import TimeoutTypes
from .._exceptions import ParameterError
from .._facade import AsyncRaw, Steps, SyncRaw, convenience, listing, raw_access
from .._provider import Provider, no_idempotency
from .._retries import DEFAULT_MAX_RETRIES
from ._config import AuthStyle, resolve
from ._errors import parse_error
from ._money import AmountLike, to_amount
from ._status import LABELS, InvoiceStatus

if TYPE_CHECKING:
    from payclients_mindz.api import AsyncResources, Resources
    from payclients_mindz.models import (
        MindzPayInvoice,
        MindzPayInvoicePage,
        MindzPayInvoiceRequest,
        MindzPayInvoiceStatus,
        PatchedMindzPayInvoiceRequest,
    )
    from payclients_mindz.types import File, Pager
else:  # the resource declarations are for type checkers: at run time each resource loads on first use
    from .._base_client import LazyResources as AsyncResources
    from .._base_client import LazyResources as Resources

__all__ = ["AsyncMindz", "InvoiceFile", "Mindz"]

DEFAULT_PAGE_SIZE: Final = 50
"""The n8n node's default page size for Mindz listings."""
PUBLIC_TAG_PREFIX: Final = "public_"

InvoiceFile = bytes | bytearray | memoryview | IO[bytes] | str | os.PathLike[str]
"""The one invoice document: its bytes, a file opened in binary mode, or a path to it."""

PROVIDER: Final = Provider(
    name="Mindz",
    generated_package="payclients_mindz",
    parse_error=parse_error,
    request_id_header="x-request-id",
    idempotency=no_idempotency,  # no idempotency keys: POST/PATCH are never repeated after a response
)


class _PublicV1Invoker:
    """Sends the public API v1 operations (tags `public_*`) to `<tenant>/api/public/v1`.

    The generated operations carry paths relative to a base URL; the client's is the API v2, so this
    makes the v1 ones absolute before handing them to the client's invoker (sync or async alike).
    """

    def __init__(self, invoker: Any, base_url: str) -> None:
        self._invoker = invoker
        self._base_url = base_url

    def _absolute(self, request: dict[str, Any]) -> dict[str, Any]:
        return {**request, "url": self._base_url + str(request["url"])}

    def request(self, operation: str, request: dict[str, Any], parse: Any) -> Any:
        return self._invoker.request(operation, self._absolute(request), parse)

    def request_raw(self, operation: str, request: dict[str, Any], parse: Any) -> Any:
        return self._invoker.request_raw(operation, self._absolute(request), parse)

    def paginate(self, operation: str, request: dict[str, Any], parse: Any, listing: Any, **options: Any) -> Any:
        return self._invoker.paginate(operation, self._absolute(request), parse, listing, **options)


# -- argument checks shared by the sync and async clients -------------------------------------------


def _account_key(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParameterError("account_key", f"must be a non-empty string, not {value!r}")
    return value


def _positive_int(value: object, param: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ParameterError(param, f"must be a whole number >= 1, not {value!r}")
    return value


def _invoice_ref(account_key: object, invoice_id: object) -> tuple[str, int]:
    return _account_key(account_key), _positive_int(invoice_id, "invoice_id")


def _status(value: object) -> MindzPayInvoiceStatus:
    """An invoice status from `InvoiceStatus`, the generated enum, or its integer value."""
    from payclients_mindz.models import MindzPayInvoiceStatus

    if isinstance(value, InvoiceStatus | MindzPayInvoiceStatus):
        return MindzPayInvoiceStatus(int(value))  # explicitly built enums may carry a value added later
    if isinstance(value, int) and not isinstance(value, bool) and value in LABELS:
        return MindzPayInvoiceStatus(value)
    known = ", ".join(f"{s.value} {s.name} ({s.label})" for s in InvoiceStatus)
    raise ParameterError("status", f"unknown invoice status {value!r}; use InvoiceStatus or one of: {known}")


def _nfe_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParameterError("nfe_id", f"must be a non-empty string, not {value!r}")
    return value


_CONTENT_TYPES: Final[Mapping[str, str]] = {".pdf": "application/pdf", ".xml": "application/xml"}


def _invoice_file(file: object, file_name: str | None, content_type: str | None) -> File:
    """The upload: exactly one document, read into memory (so a retry after a failed connection resends it)."""
    from payclients_mindz.types import File

    name: str | None = None
    if isinstance(file, bytes | bytearray | memoryview):
        data = bytes(file)
    elif isinstance(file, str | os.PathLike):
        path = Path(file)
        try:
            data = path.read_bytes()
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the "path"
            shown = str(path) if len(str(path)) <= 80 else str(path)[:77] + "..."
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            hint = "; to upload a document's content, pass it as bytes" if str(file).lstrip()[:1] in ("<", "%") else ""
            raise ParameterError("file", f"cannot read {shown!r}: {reason}{hint}") from None
        name = path.name
    elif isinstance(file, io.TextIOBase):
        raise ParameterError("file", "open the file in binary mode ('rb'), not text mode")
    elif callable(getattr(file, "read", None)) and not isinstance(file, list | tuple | set | dict):
        try:
            data = file.read()  # type: ignore[attr-defined]
        except OSError as exc:  # e.g. a file opened for writing only
            raise ParameterError("file", f"cannot read the file object: {exc}") from None
        if not isinstance(data, bytes | bytearray):
            raise ParameterError("file", f"read() returned {type(data).__name__}, not bytes: open it in binary mode")
        data = bytes(data)
        file_attr = getattr(file, "name", None)
        name = Path(file_attr).name if isinstance(file_attr, str) else None
    elif isinstance(file, list | tuple | set | dict):
        raise ParameterError("file", "an invoice has exactly one file: pass one, not a collection")
    else:
        raise ParameterError(
            "file", f"expected the file's bytes, a file opened in binary mode or a path, not {type(file).__name__}"
        )
    if not data:
        raise ParameterError("file", "the file is empty")
    if file_name is not None and (not isinstance(file_name, str) or not file_name.strip()):
        raise ParameterError("file_name", f"must be a non-empty string, not {file_name!r}")
    if content_type is not None and (not isinstance(content_type, str) or "/" not in content_type):
        raise ParameterError("content_type", f"must be a media type such as 'application/pdf', not {content_type!r}")
    sniffed = _sniff(data)
    chosen_name = file_name or name or "invoice" + sniffed[0]
    chosen_type = content_type or _CONTENT_TYPES.get(Path(chosen_name).suffix.lower()) or sniffed[1]
    return File(payload=io.BytesIO(data), file_name=chosen_name, mime_type=chosen_type)


def _sniff(data: bytes) -> tuple[str, str]:
    """(extension, media type) of an invoice document: NF-e files are PDFs or XML."""
    if data.startswith(b"%PDF"):
        return ".pdf", "application/pdf"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return ".xml", "application/xml"
    return "", "application/octet-stream"


def _create_body(
    file: object,
    *,
    amount: AmountLike | None,
    nfe_id: str | None,
    status: object,
    payment_id: int | None,
    client_id: int | None,
    file_name: str | None,
    content_type: str | None,
) -> MindzPayInvoiceRequest:
    from payclients_mindz.models import MindzPayInvoiceRequest

    return MindzPayInvoiceRequest(
        file=_invoice_file(file, file_name, content_type),
        nfe_id=None if nfe_id is None else _nfe_id(nfe_id),
        status=None if status is None else _status(status),
        payment=None if payment_id is None else _positive_int(payment_id, "payment_id"),
        client=None if client_id is None else _positive_int(client_id, "client_id"),
        amount=None if amount is None else to_amount(amount),
    )


def _update_body(
    *,
    file: object,
    amount: AmountLike | None,
    nfe_id: str | None,
    status: object,
    payment_id: int | None,
    client_id: int | None,
    file_name: str | None,
    content_type: str | None,
) -> PatchedMindzPayInvoiceRequest:
    from payclients_mindz.models import PatchedMindzPayInvoiceRequest

    if all(v is None for v in (file, amount, nfe_id, status, payment_id, client_id)):
        raise ParameterError(
            "update_invoice", "nothing to change: give file, nfe_id, status, payment_id, client_id or amount"
        )
    if file is None and (file_name is not None or content_type is not None):
        raise ParameterError("file_name", "file_name and content_type describe a file: pass file too")
    return PatchedMindzPayInvoiceRequest(
        file=None if file is None else _invoice_file(file, file_name, content_type),
        nfe_id=None if nfe_id is None else _nfe_id(nfe_id),
        status=None if status is None else _status(status),
        payment=None if payment_id is None else _positive_int(payment_id, "payment_id"),
        client=None if client_id is None else _positive_int(client_id, "client_id"),
        amount=None if amount is None else to_amount(amount),
    )


def _list_params(*, search: str | None, ordering: str | None, page_size: int) -> dict[str, Any]:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ParameterError("page_size", f"must be a whole number >= 1, not {page_size!r}")
    params: dict[str, Any] = {"limit": page_size, "offset": 0}
    if search is not None:
        if not isinstance(search, str):
            raise ParameterError("search", f"must be a string, not {type(search).__name__}")
        params["search"] = search
    if ordering is not None:
        if not isinstance(ordering, str) or not ordering.strip() or ordering.strip() in ("-", ","):
            raise ParameterError(
                "ordering", f"must be a field name such as 'created_at' or '-created_at', not {ordering!r}"
            )
        params["ordering"] = ordering.strip()
    return params


# -- the conveniences, one definition for both clients ----------------------------------------------


def _refresh_invoice(client: Mindz, account_key: str, invoice_id: int) -> Steps[MindzPayInvoice]:
    """Have Mindz re-query the NF-e provider; returns the invoice with its current status."""
    invoice: MindzPayInvoice = yield client.mindzpay_invoices.refresh_mindz_pay_invoice(
        *_invoice_ref(account_key, invoice_id)
    )
    return invoice


def _get_invoice(client: Mindz, account_key: str, invoice_id: int) -> Steps[MindzPayInvoice]:
    """One invoice of a MindzPay account."""
    invoice: MindzPayInvoice = yield client.mindzpay_invoices.get_mindz_pay_invoice(
        *_invoice_ref(account_key, invoice_id)
    )
    return invoice


def _reissue_invoice(client: Mindz, account_key: str, invoice_id: int) -> Steps[MindzPayInvoice]:
    """Issue the NF-e again (e.g. after `ISSUE_FAILED`); returns the invoice."""
    invoice: MindzPayInvoice = yield client.mindzpay_invoices.reissue_mindz_pay_invoice(
        *_invoice_ref(account_key, invoice_id)
    )
    return invoice


def _cancel_invoice(client: Mindz, account_key: str, invoice_id: int) -> Steps[MindzPayInvoice]:
    """Cancel the NF-e; the invoice moves to `CANCELING`, then `CANCELED` or `CANCEL_FAILED`."""
    invoice: MindzPayInvoice = yield client.mindzpay_invoices.cancel_mindz_pay_invoice(
        *_invoice_ref(account_key, invoice_id)
    )
    return invoice


def _create_invoice(
    client: Mindz,
    account_key: str,
    file: InvoiceFile,
    *,
    amount: AmountLike | None = None,
    nfe_id: str | None = None,
    status: InvoiceStatus | int | None = None,
    payment_id: int | None = None,
    client_id: int | None = None,
    file_name: str | None = None,
    content_type: str | None = None,
) -> Steps[MindzPayInvoice]:
    """Upload one invoice document (PDF or XML) with its details, as multipart/form-data.

    `amount` is exact: a `Decimal`, an int or a string with at most two decimals (sent as `"150.00"`);
    floats are refused. `file_name` and `content_type` default to the file's own name (or
    `invoice.pdf` / `invoice.xml` from its content) and the matching media type.
    """
    body = _create_body(
        file,
        amount=amount,
        nfe_id=nfe_id,
        status=status,
        payment_id=payment_id,
        client_id=client_id,
        file_name=file_name,
        content_type=content_type,
    )
    invoice: MindzPayInvoice = yield client.mindzpay_invoices.create_mindz_pay_invoice(
        _account_key(account_key), body=body
    )
    return invoice


def _update_invoice(
    client: Mindz,
    account_key: str,
    invoice_id: int,
    *,
    file: InvoiceFile | None = None,
    amount: AmountLike | None = None,
    nfe_id: str | None = None,
    status: InvoiceStatus | int | None = None,
    payment_id: int | None = None,
    client_id: int | None = None,
    file_name: str | None = None,
    content_type: str | None = None,
) -> Steps[MindzPayInvoice]:
    """Change some fields of an invoice (PATCH); what you leave out (None) keeps its value."""
    key, number = _invoice_ref(account_key, invoice_id)
    body = _update_body(
        file=file,
        amount=amount,
        nfe_id=nfe_id,
        status=status,
        payment_id=payment_id,
        client_id=client_id,
        file_name=file_name,
        content_type=content_type,
    )
    invoice: MindzPayInvoice = yield client.mindzpay_invoices.update_mindz_pay_invoice(key, number, body=body)
    return invoice


def _list_invoices(
    client: Mindz,
    account_key: str,
    *,
    search: str | None = None,
    ordering: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
) -> Pager[MindzPayInvoicePage, MindzPayInvoice]:
    """Every invoice of the account, fetched page by page (limit/offset) as you iterate.

    `ordering` is a field name, `-` first for descending (`"-created_at"`); `max_items` caps the total.
    Pages may be DRF envelopes (`{count, next, previous, results}`) or a bare list (the only page).
    """
    params = _list_params(search=search, ordering=ordering, page_size=page_size)
    return client.mindzpay_invoices.list_mindz_pay_invoices(_account_key(account_key), **params, max_items=max_items)


class _MindzCalls:
    """The conveniences, declared once for both clients and their raw proxies."""

    refresh_invoice = convenience(_refresh_invoice)
    get_invoice = convenience(_get_invoice)
    reissue_invoice = convenience(_reissue_invoice)
    cancel_invoice = convenience(_cancel_invoice)
    create_invoice = convenience(_create_invoice)
    update_invoice = convenience(_update_invoice)
    list_invoices = listing(_list_invoices)


class _SyncRawMindz(_MindzCalls, SyncRaw):
    """`Mindz().with_raw_response`: each convenience returns an `APIResponse`."""


class _AsyncRawMindz(_MindzCalls, AsyncRaw):
    """`AsyncMindz().with_raw_response`: each convenience returns a coroutine of an `APIResponse`."""


class _Mindz(_MindzCalls, _Core):
    """What both Mindz clients have: tenant settings, the v1 routing and the conveniences."""

    provider = PROVIDER
    public_base_url: str
    """Where the public API v1 operations (`client.public_*`) go: `<tenant>/api/public/v1`."""

    def __init__(
        self,
        app_id: str | None = None,
        api_key: str | None = None,
        *,
        platform: str | None = None,
        base_url: str | None = None,
        auth_style: AuthStyle | None = None,
        app_id_header: str | None = None,
        api_key_header: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        settings = resolve(
            app_id=app_id,
            api_key=api_key,
            platform=platform,
            base_url=base_url,
            auth_style=auth_style,
            app_id_header=app_id_header,
            api_key_header=api_key_header,
        )
        self._connect(
            base_url=settings.api_base_url,
            auth=settings.auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=None,
            transport=transport,
            http_client=http_client,
            limits=limits,
            deadline=deadline,
        )
        self.public_base_url = settings.public_base_url

    def _invoker_for(self, tag: str) -> Any:
        if tag.startswith(PUBLIC_TAG_PREFIX):
            return _PublicV1Invoker(self._invoker, self.public_base_url)
        return self._invoker

    with_raw_response = raw_access(_SyncRawMindz, _AsyncRawMindz)
    """The conveniences and resources returning `APIResponse`s (status, headers, request id, parsed body)."""


class Mindz(_Mindz, Resources, SyncAPIClient):
    """One Mindz tenant's API (private v2 and public v1), synchronous.

    >>> mindz = Mindz(app_id="...", api_key="...", platform="escola")
    >>> invoice = mindz.refresh_invoice("conta-principal", 42)
    >>> status = invoice_status(invoice)  # from payclients.mindz
    >>> status.name, status.label
    ('ISSUED', 'Emitida')

    **Parameters:**

    * **app_id**, **api_key** - the API key pair from *Configurações > API*; default `MINDZ_APP_ID`, `MINDZ_API_KEY`.
    * **platform** - the tenant's subdomain (`escola` for `https://escola.mindz.com.br`); default `MINDZ_PLATFORM`.
    * **base_url** - instead of platform, the tenant's address on a custom domain (`https://cursos.example.com.br`,
      or its `/api/v2`); default `MINDZ_BASE_URL`.
    * **auth_style** - `"headers"` (default: `App-Id` and `Api-Key`) or `"basic"` (HTTP Basic, APP_ID as user).
    * **app_id_header**, **api_key_header** - other header names for `auth_style="headers"`.
    * **timeout** - seconds or an `httpx.Timeout`; finite by default.
    * **max_retries** - retries after the first attempt (default 2; only for requests safe to repeat).
    * **transport** - *(optional)* an httpx transport (tests, proxies).
    * **http_client** - *(optional)* an `httpx.Client` you configured (pool, proxies, HTTP/2, event hooks);
      our auth, timeout and no-redirect rules still apply, and `close()` leaves it open.
    * **limits** - *(optional)* an `httpx.Limits` for the default connection pool.
    * **deadline** - *(optional)* seconds for a whole call, retries and waits included.
    """


class AsyncMindz(_Mindz, AsyncResources, AsyncAPIClient):
    """One Mindz tenant's API, asynchronous: the same surface as `Mindz`, awaited.

    >>> async with AsyncMindz(app_id="...", api_key="...", platform="escola") as mindz:
    ...     invoice = await mindz.refresh_invoice("conta-principal", 42)
    ...     async for invoice in mindz.list_invoices("conta-principal"):
    ...         ...
    """
