"""Mindz clients: the tenant's two APIs, DRF errors, and the MindzPay invoice conveniences.

Every operation of `specs/mindz.yaml` is a typed method of a resource (`client.mindzpay_invoices`,
`client.users`, `client.public_contact`, ...). The methods here add argument checks, exact amounts,
the one-file upload and pagination on top of the MindzPay invoice operations.

Mindz has no idempotency mechanism, so its POST and PATCH calls are never repeated after a response
(only when the connection failed before anything reached the server).
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, cast

import httpx

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._config import TimeoutTypes
from .._exceptions import ParameterError
from .._pagination import AsyncPager, PageStyle, SyncPager
from .._provider import Provider, no_idempotency
from .._retries import DEFAULT_MAX_RETRIES
from ._config import AuthStyle, resolve
from ._errors import parse_error
from ._money import AmountLike, to_amount
from ._status import LABELS, InvoiceStatus

if TYPE_CHECKING:
    from payclients_mindz.api.bundles import AsyncBundlesResource, BundlesResource
    from payclients_mindz.api.course_grade_details import AsyncCourseGradeDetailsResource, CourseGradeDetailsResource
    from payclients_mindz.api.course_grades import AsyncCourseGradesResource, CourseGradesResource
    from payclients_mindz.api.course_teachers import AsyncCourseTeachersResource, CourseTeachersResource
    from payclients_mindz.api.courses import AsyncCoursesResource, CoursesResource
    from payclients_mindz.api.email_campaign_courses import (
        AsyncEmailCampaignCoursesResource,
        EmailCampaignCoursesResource,
    )
    from payclients_mindz.api.email_campaign_excluded_courses import (
        AsyncEmailCampaignExcludedCoursesResource,
        EmailCampaignExcludedCoursesResource,
    )
    from payclients_mindz.api.email_campaign_excluded_lists import (
        AsyncEmailCampaignExcludedListsResource,
        EmailCampaignExcludedListsResource,
    )
    from payclients_mindz.api.email_campaign_excluded_plans import (
        AsyncEmailCampaignExcludedPlansResource,
        EmailCampaignExcludedPlansResource,
    )
    from payclients_mindz.api.email_campaign_lists import AsyncEmailCampaignListsResource, EmailCampaignListsResource
    from payclients_mindz.api.email_campaign_plans import AsyncEmailCampaignPlansResource, EmailCampaignPlansResource
    from payclients_mindz.api.email_campaigns import AsyncEmailCampaignsResource, EmailCampaignsResource
    from payclients_mindz.api.email_lists import AsyncEmailListsResource, EmailListsResource
    from payclients_mindz.api.emails import AsyncEmailsResource, EmailsResource
    from payclients_mindz.api.enrolls import AsyncEnrollsResource, EnrollsResource
    from payclients_mindz.api.mindzpay_accounts import AsyncMindzpayAccountsResource, MindzpayAccountsResource
    from payclients_mindz.api.mindzpay_invoices import AsyncMindzpayInvoicesResource, MindzpayInvoicesResource
    from payclients_mindz.api.mindzpay_payments import AsyncMindzpayPaymentsResource, MindzpayPaymentsResource
    from payclients_mindz.api.mindzpay_subscriptions import (
        AsyncMindzpaySubscriptionsResource,
        MindzpaySubscriptionsResource,
    )
    from payclients_mindz.api.public_contact import AsyncPublicContactResource, PublicContactResource
    from payclients_mindz.api.public_newsletter import AsyncPublicNewsletterResource, PublicNewsletterResource
    from payclients_mindz.api.public_products import AsyncPublicProductsResource, PublicProductsResource
    from payclients_mindz.api.public_site_identity import AsyncPublicSiteIdentityResource, PublicSiteIdentityResource
    from payclients_mindz.api.public_statements import AsyncPublicStatementsResource, PublicStatementsResource
    from payclients_mindz.api.public_stats import AsyncPublicStatsResource, PublicStatsResource
    from payclients_mindz.api.subscriptions import AsyncSubscriptionsResource, SubscriptionsResource
    from payclients_mindz.api.teams import AsyncTeamsResource, TeamsResource
    from payclients_mindz.api.users import AsyncUsersResource, UsersResource
    from payclients_mindz.models import (
        MindzPayInvoice,
        MindzPayInvoicePage,
        MindzPayInvoiceRequest,
        MindzPayInvoiceStatus,
        PatchedMindzPayInvoiceRequest,
    )
    from payclients_mindz.types import File

__all__ = ["AsyncMindz", "InvoiceFile", "Mindz"]

DEFAULT_PAGE_SIZE: Final = 50
"""The n8n node's default page size for Mindz listings."""
PUBLIC_TAG_PREFIX: Final = "public_"
LIST_OPERATION: Final = "list_mindz_pay_invoices"

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


def _list_request(account_key: str, params: Mapping[str, Any]) -> dict[str, Any]:
    from payclients_mindz.api.mindzpay_invoices import list_mindz_pay_invoices

    return list_mindz_pay_invoices._get_kwargs(account_key, **params)


def _parse_invoice_page(*, client: Any, response: httpx.Response) -> Any:
    """The spec's DRF envelope, or a bare JSON list, which is read as the one and only page."""
    from payclients_mindz.api.mindzpay_invoices import list_mindz_pay_invoices
    from payclients_mindz.models import MindzPayInvoice, MindzPayInvoicePage
    from payclients_mindz.types import decode_json, list_of

    if response.status_code == 200:
        data = decode_json(response.content)
        if isinstance(data, list):  # everything there is: `count` says so to _next_page
            return MindzPayInvoicePage(results=list_of(data, MindzPayInvoice.from_dict), count=len(data))
    return list_mindz_pay_invoices._parse_response(client=client, response=response)


def _next_page(params: Mapping[str, Any], page: MindzPayInvoicePage) -> Mapping[str, Any] | None:
    """Limit/offset paging. The next offset is counted here, never taken from `next` (which may name
    another host): a `next` link says there is more. Without one (absent or null), `count` decides, then a
    short page."""
    results = page.results
    if not results:
        return None
    following = {**params, "offset": int(params.get("offset", 0)) + len(results)}
    if page.next_:
        return following
    count = page.count
    if isinstance(count, int):
        return following if following["offset"] < count else None
    limit = params.get("limit")
    return following if isinstance(limit, int) and len(results) >= limit else None


PAGES: Final = PageStyle(items=lambda page: page.results, next_params=_next_page)


class Mindz(SyncAPIClient):
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
    """

    provider = PROVIDER
    public_base_url: str
    """Where the public API v1 operations (`client.public_*`) go: `<tenant>/api/public/v1`."""

    bundles: BundlesResource
    course_grade_details: CourseGradeDetailsResource
    course_grades: CourseGradesResource
    course_teachers: CourseTeachersResource
    courses: CoursesResource
    email_campaign_courses: EmailCampaignCoursesResource
    email_campaign_excluded_courses: EmailCampaignExcludedCoursesResource
    email_campaign_excluded_lists: EmailCampaignExcludedListsResource
    email_campaign_excluded_plans: EmailCampaignExcludedPlansResource
    email_campaign_lists: EmailCampaignListsResource
    email_campaign_plans: EmailCampaignPlansResource
    email_campaigns: EmailCampaignsResource
    email_lists: EmailListsResource
    emails: EmailsResource
    enrolls: EnrollsResource
    mindzpay_accounts: MindzpayAccountsResource
    mindzpay_invoices: MindzpayInvoicesResource
    mindzpay_payments: MindzpayPaymentsResource
    mindzpay_subscriptions: MindzpaySubscriptionsResource
    public_contact: PublicContactResource
    public_newsletter: PublicNewsletterResource
    public_products: PublicProductsResource
    public_site_identity: PublicSiteIdentityResource
    public_statements: PublicStatementsResource
    public_stats: PublicStatsResource
    subscriptions: SubscriptionsResource
    teams: TeamsResource
    users: UsersResource

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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
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
        super().__init__(
            base_url=settings.api_base_url,
            auth=settings.auth,
            timeout=timeout,
            max_retries=max_retries,
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

    def refresh_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """Have Mindz re-query the NF-e provider; returns the invoice with its current status."""
        return self.mindzpay_invoices.refresh_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    def get_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """One invoice of a MindzPay account."""
        return self.mindzpay_invoices.get_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    def reissue_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """Issue the NF-e again (e.g. after `ISSUE_FAILED`); returns the invoice."""
        return self.mindzpay_invoices.reissue_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    def cancel_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """Cancel the NF-e; the invoice moves to `CANCELING`, then `CANCELED` or `CANCEL_FAILED`."""
        return self.mindzpay_invoices.cancel_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    def create_invoice(
        self,
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
    ) -> MindzPayInvoice:
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
        return self.mindzpay_invoices.create_mindz_pay_invoice(_account_key(account_key), body=body)

    def update_invoice(
        self,
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
    ) -> MindzPayInvoice:
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
        return self.mindzpay_invoices.update_mindz_pay_invoice(key, number, body=body)

    def list_invoices(
        self,
        account_key: str,
        *,
        search: str | None = None,
        ordering: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> SyncPager[MindzPayInvoice]:
        """Every invoice of the account, fetched page by page (limit/offset) as you iterate.

        `ordering` is a field name, `-` first for descending (`"-created_at"`); `max_items` caps the total.
        Pages may be DRF envelopes (`{count, next, previous, results}`) or a bare list (the only page).
        """
        key = _account_key(account_key)
        params = _list_params(search=search, ordering=ordering, page_size=page_size)
        invoker = self._invoker

        def fetch(**page_params: Any) -> MindzPayInvoicePage:
            page = invoker.request(LIST_OPERATION, _list_request(key, page_params), _parse_invoice_page)
            return cast("MindzPayInvoicePage", page)

        return SyncPager(fetch, params, PAGES, max_items=max_items)


class AsyncMindz(AsyncAPIClient):
    """One Mindz tenant's API, asynchronous: the same surface as `Mindz`, awaited.

    >>> async with AsyncMindz(app_id="...", api_key="...", platform="escola") as mindz:
    ...     invoice = await mindz.refresh_invoice("conta-principal", 42)
    ...     async for invoice in mindz.list_invoices("conta-principal"):
    ...         ...
    """

    provider = PROVIDER
    public_base_url: str
    """Where the public API v1 operations (`client.public_*`) go: `<tenant>/api/public/v1`."""

    bundles: AsyncBundlesResource
    course_grade_details: AsyncCourseGradeDetailsResource
    course_grades: AsyncCourseGradesResource
    course_teachers: AsyncCourseTeachersResource
    courses: AsyncCoursesResource
    email_campaign_courses: AsyncEmailCampaignCoursesResource
    email_campaign_excluded_courses: AsyncEmailCampaignExcludedCoursesResource
    email_campaign_excluded_lists: AsyncEmailCampaignExcludedListsResource
    email_campaign_excluded_plans: AsyncEmailCampaignExcludedPlansResource
    email_campaign_lists: AsyncEmailCampaignListsResource
    email_campaign_plans: AsyncEmailCampaignPlansResource
    email_campaigns: AsyncEmailCampaignsResource
    email_lists: AsyncEmailListsResource
    emails: AsyncEmailsResource
    enrolls: AsyncEnrollsResource
    mindzpay_accounts: AsyncMindzpayAccountsResource
    mindzpay_invoices: AsyncMindzpayInvoicesResource
    mindzpay_payments: AsyncMindzpayPaymentsResource
    mindzpay_subscriptions: AsyncMindzpaySubscriptionsResource
    public_contact: AsyncPublicContactResource
    public_newsletter: AsyncPublicNewsletterResource
    public_products: AsyncPublicProductsResource
    public_site_identity: AsyncPublicSiteIdentityResource
    public_statements: AsyncPublicStatementsResource
    public_stats: AsyncPublicStatsResource
    subscriptions: AsyncSubscriptionsResource
    teams: AsyncTeamsResource
    users: AsyncUsersResource

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
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
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
        super().__init__(
            base_url=settings.api_base_url,
            auth=settings.auth,
            timeout=timeout,
            max_retries=max_retries,
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

    async def refresh_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """Have Mindz re-query the NF-e provider; returns the invoice with its current status."""
        return await self.mindzpay_invoices.refresh_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    async def get_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """One invoice of a MindzPay account."""
        return await self.mindzpay_invoices.get_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    async def reissue_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """Issue the NF-e again (e.g. after `ISSUE_FAILED`); returns the invoice."""
        return await self.mindzpay_invoices.reissue_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    async def cancel_invoice(self, account_key: str, invoice_id: int) -> MindzPayInvoice:
        """Cancel the NF-e; the invoice moves to `CANCELING`, then `CANCELED` or `CANCEL_FAILED`."""
        return await self.mindzpay_invoices.cancel_mindz_pay_invoice(*_invoice_ref(account_key, invoice_id))

    async def create_invoice(
        self,
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
    ) -> MindzPayInvoice:
        """Upload one invoice document (PDF or XML) with its details, as multipart/form-data (see `Mindz`)."""
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
        return await self.mindzpay_invoices.create_mindz_pay_invoice(_account_key(account_key), body=body)

    async def update_invoice(
        self,
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
    ) -> MindzPayInvoice:
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
        return await self.mindzpay_invoices.update_mindz_pay_invoice(key, number, body=body)

    def list_invoices(
        self,
        account_key: str,
        *,
        search: str | None = None,
        ordering: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[MindzPayInvoice]:
        """Every invoice of the account (`async for`), fetched page by page (see `Mindz.list_invoices`)."""
        key = _account_key(account_key)
        params = _list_params(search=search, ordering=ordering, page_size=page_size)
        invoker = self._invoker

        async def fetch(**page_params: Any) -> MindzPayInvoicePage:
            page = await invoker.request(LIST_OPERATION, _list_request(key, page_params), _parse_invoice_page)
            return cast("MindzPayInvoicePage", page)

        return AsyncPager(fetch, params, PAGES, max_items=max_items)
