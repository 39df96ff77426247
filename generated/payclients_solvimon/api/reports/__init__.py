"""Typed operations tagged `reports`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.create_report_generate_request_request import CreateReportGenerateRequestRequest
    from ...models.download_url import DownloadUrl
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.report import Report
    from ...models.report_generate_request import ReportGenerateRequest
    from ...models.report_generate_request_page import ReportGenerateRequestPage
    from ...models.report_page import ReportPage
    from . import create_report_generate_request as _create_report_generate_request
    from . import get_generated_report as _get_generated_report
    from . import get_invoice_headers_report as _get_invoice_headers_report
    from . import get_invoice_lines_report as _get_invoice_lines_report
    from . import get_invoice_tax_report as _get_invoice_tax_report
    from . import get_report as _get_report
    from . import get_report_download_url as _get_report_download_url
    from . import get_report_generate_request as _get_report_generate_request
    from . import list_report_generate_requests as _list_report_generate_requests
    from . import list_reports as _list_reports
    from . import search_report_generate_requests as _search_report_generate_requests
    from . import search_reports as _search_reports
else:
    _list_report_generate_requests = LazyModule(__name__ + ".list_report_generate_requests")
    _create_report_generate_request = LazyModule(__name__ + ".create_report_generate_request")
    _search_report_generate_requests = LazyModule(__name__ + ".search_report_generate_requests")
    _get_report_generate_request = LazyModule(__name__ + ".get_report_generate_request")
    _get_generated_report = LazyModule(__name__ + ".get_generated_report")
    _list_reports = LazyModule(__name__ + ".list_reports")
    _get_invoice_headers_report = LazyModule(__name__ + ".get_invoice_headers_report")
    _get_invoice_lines_report = LazyModule(__name__ + ".get_invoice_lines_report")
    _get_invoice_tax_report = LazyModule(__name__ + ".get_invoice_tax_report")
    _search_reports = LazyModule(__name__ + ".search_reports")
    _get_report = LazyModule(__name__ + ".get_report")
    _get_report_download_url = LazyModule(__name__ + ".get_report_download_url")

_LIST_REPORT_GENERATE_REQUESTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_report_generate_requests` pages (the spec's `x-payclients-pagination`: style `page`)."""

_LIST_REPORTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_reports` pages (the spec's `x-payclients-pagination`: style `page`)."""


class ReportsResource:
    """Operations tagged `reports`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ReportsResourceWithRawResponse(self._invoker)

    def list_report_generate_requests(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ReportGenerateRequestPage, ReportGenerateRequest]:
        """List the report generate requests.

        `GET /v1/report-generate-requests`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ReportGenerateRequestPage, ReportGenerateRequest]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_generate_requests._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_report_generate_requests",
            request,
            _list_report_generate_requests._parse_response,
            _LIST_REPORT_GENERATE_REQUESTS_LISTING,
            max_items=max_items,
        )

    def create_report_generate_request(
        self,
        *,
        body: CreateReportGenerateRequestRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportGenerateRequest:
        """Create a report generate request.

        `POST /v1/report-generate-requests`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_report_generate_request._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportGenerateRequest",
            self._invoker.request(
                "create_report_generate_request", request, _create_report_generate_request._parse_response
            ),
        )

    def search_report_generate_requests(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportGenerateRequestPage:
        """Search the report generate requests.

        `POST /v1/report-generate-requests/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportGenerateRequestPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_report_generate_requests._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportGenerateRequestPage",
            self._invoker.request(
                "search_report_generate_requests", request, _search_report_generate_requests._parse_response
            ),
        )

    def get_report_generate_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the report generate request.

        `GET /v1/report-generate-requests/{resource_id}`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_generate_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            self._invoker.request("get_report_generate_request", request, _get_report_generate_request._parse_response),
        )

    def get_generated_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Report:
        """Get the generated report.

        `GET /v1/report-generate-requests/{resource_id}/report`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Report: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_generated_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Report", self._invoker.request("get_generated_report", request, _get_generated_report._parse_response)
        )

    def list_reports(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ReportPage, Report]:
        """List the reports.

        `GET /v1/reports`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ReportPage, Report]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_reports._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_reports", request, _list_reports._parse_response, _LIST_REPORTS_LISTING, max_items=max_items
        )

    def get_invoice_headers_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the invoice headers report.

        `GET /v1/reports/invoice-headers-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_headers_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            self._invoker.request("get_invoice_headers_report", request, _get_invoice_headers_report._parse_response),
        )

    def get_invoice_lines_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the invoice lines report.

        `GET /v1/reports/invoice-lines-overview`

        Args:
            customer_id: Only invoice lines of this customer.
            statuses: Only invoice lines with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoice lines of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_lines_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            self._invoker.request("get_invoice_lines_report", request, _get_invoice_lines_report._parse_response),
        )

    def get_invoice_tax_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the invoice tax report.

        `GET /v1/reports/invoice-tax-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_tax_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            self._invoker.request("get_invoice_tax_report", request, _get_invoice_tax_report._parse_response),
        )

    def search_reports(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportPage:
        """Search the reports.

        `POST /v1/reports/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_reports._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ReportPage", self._invoker.request("search_reports", request, _search_reports._parse_response))

    def get_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Report:
        """Get the report.

        `GET /v1/reports/{resource_id}`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Report: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("Report", self._invoker.request("get_report", request, _get_report._parse_response))

    def get_report_download_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> DownloadUrl:
        """Get the report download URL.

        `GET /v1/reports/{resource_id}/download-url`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            DownloadUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_download_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "DownloadUrl",
            self._invoker.request("get_report_download_url", request, _get_report_download_url._parse_response),
        )


class ReportsResourceWithRawResponse:
    """Like `ReportsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_report_generate_requests(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequestPage]:
        """List the report generate requests.

        `GET /v1/report-generate-requests`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_generate_requests._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequestPage]",
            self._invoker.request_raw(
                "list_report_generate_requests", request, _list_report_generate_requests._parse_response
            ),
        )

    def create_report_generate_request(
        self,
        *,
        body: CreateReportGenerateRequestRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Create a report generate request.

        `POST /v1/report-generate-requests`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_report_generate_request._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            self._invoker.request_raw(
                "create_report_generate_request", request, _create_report_generate_request._parse_response
            ),
        )

    def search_report_generate_requests(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportGenerateRequestPage]:
        """Search the report generate requests.

        `POST /v1/report-generate-requests/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportGenerateRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_report_generate_requests._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportGenerateRequestPage]",
            self._invoker.request_raw(
                "search_report_generate_requests", request, _search_report_generate_requests._parse_response
            ),
        )

    def get_report_generate_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the report generate request.

        `GET /v1/report-generate-requests/{resource_id}`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_generate_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            self._invoker.request_raw(
                "get_report_generate_request", request, _get_report_generate_request._parse_response
            ),
        )

    def get_generated_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Report]:
        """Get the generated report.

        `GET /v1/report-generate-requests/{resource_id}/report`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Report]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_generated_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Report]",
            self._invoker.request_raw("get_generated_report", request, _get_generated_report._parse_response),
        )

    def list_reports(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportPage]:
        """List the reports.

        `GET /v1/reports`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_reports._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportPage]", self._invoker.request_raw("list_reports", request, _list_reports._parse_response)
        )

    def get_invoice_headers_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the invoice headers report.

        `GET /v1/reports/invoice-headers-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_headers_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            self._invoker.request_raw(
                "get_invoice_headers_report", request, _get_invoice_headers_report._parse_response
            ),
        )

    def get_invoice_lines_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the invoice lines report.

        `GET /v1/reports/invoice-lines-overview`

        Args:
            customer_id: Only invoice lines of this customer.
            statuses: Only invoice lines with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoice lines of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_lines_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            self._invoker.request_raw("get_invoice_lines_report", request, _get_invoice_lines_report._parse_response),
        )

    def get_invoice_tax_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the invoice tax report.

        `GET /v1/reports/invoice-tax-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_tax_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            self._invoker.request_raw("get_invoice_tax_report", request, _get_invoice_tax_report._parse_response),
        )

    def search_reports(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportPage]:
        """Search the reports.

        `POST /v1/reports/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_reports._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportPage]",
            self._invoker.request_raw("search_reports", request, _search_reports._parse_response),
        )

    def get_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Report]:
        """Get the report.

        `GET /v1/reports/{resource_id}`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Report]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Report]", self._invoker.request_raw("get_report", request, _get_report._parse_response)
        )

    def get_report_download_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[DownloadUrl]:
        """Get the report download URL.

        `GET /v1/reports/{resource_id}/download-url`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[DownloadUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_download_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[DownloadUrl]",
            self._invoker.request_raw("get_report_download_url", request, _get_report_download_url._parse_response),
        )


class AsyncReportsResource:
    """Operations tagged `reports`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncReportsResourceWithRawResponse(self._invoker)

    def list_report_generate_requests(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ReportGenerateRequestPage, ReportGenerateRequest]:
        """List the report generate requests.

        `GET /v1/report-generate-requests`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ReportGenerateRequestPage, ReportGenerateRequest]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_generate_requests._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_report_generate_requests",
            request,
            _list_report_generate_requests._parse_response,
            _LIST_REPORT_GENERATE_REQUESTS_LISTING,
            max_items=max_items,
        )

    async def create_report_generate_request(
        self,
        *,
        body: CreateReportGenerateRequestRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportGenerateRequest:
        """Create a report generate request.

        `POST /v1/report-generate-requests`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_report_generate_request._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportGenerateRequest",
            await self._invoker.request(
                "create_report_generate_request", request, _create_report_generate_request._parse_response
            ),
        )

    async def search_report_generate_requests(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportGenerateRequestPage:
        """Search the report generate requests.

        `POST /v1/report-generate-requests/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportGenerateRequestPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_report_generate_requests._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportGenerateRequestPage",
            await self._invoker.request(
                "search_report_generate_requests", request, _search_report_generate_requests._parse_response
            ),
        )

    async def get_report_generate_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the report generate request.

        `GET /v1/report-generate-requests/{resource_id}`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_generate_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            await self._invoker.request(
                "get_report_generate_request", request, _get_report_generate_request._parse_response
            ),
        )

    async def get_generated_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Report:
        """Get the generated report.

        `GET /v1/report-generate-requests/{resource_id}/report`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Report: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_generated_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Report",
            await self._invoker.request("get_generated_report", request, _get_generated_report._parse_response),
        )

    def list_reports(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ReportPage, Report]:
        """List the reports.

        `GET /v1/reports`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ReportPage, Report]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_reports._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_reports", request, _list_reports._parse_response, _LIST_REPORTS_LISTING, max_items=max_items
        )

    async def get_invoice_headers_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the invoice headers report.

        `GET /v1/reports/invoice-headers-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_headers_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            await self._invoker.request(
                "get_invoice_headers_report", request, _get_invoice_headers_report._parse_response
            ),
        )

    async def get_invoice_lines_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the invoice lines report.

        `GET /v1/reports/invoice-lines-overview`

        Args:
            customer_id: Only invoice lines of this customer.
            statuses: Only invoice lines with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoice lines of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_lines_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            await self._invoker.request("get_invoice_lines_report", request, _get_invoice_lines_report._parse_response),
        )

    async def get_invoice_tax_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportGenerateRequest:
        """Get the invoice tax report.

        `GET /v1/reports/invoice-tax-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_tax_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportGenerateRequest",
            await self._invoker.request("get_invoice_tax_report", request, _get_invoice_tax_report._parse_response),
        )

    async def search_reports(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportPage:
        """Search the reports.

        `POST /v1/reports/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_reports._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportPage", await self._invoker.request("search_reports", request, _search_reports._parse_response)
        )

    async def get_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Report:
        """Get the report.

        `GET /v1/reports/{resource_id}`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Report: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("Report", await self._invoker.request("get_report", request, _get_report._parse_response))

    async def get_report_download_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> DownloadUrl:
        """Get the report download URL.

        `GET /v1/reports/{resource_id}/download-url`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            DownloadUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_download_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "DownloadUrl",
            await self._invoker.request("get_report_download_url", request, _get_report_download_url._parse_response),
        )


class AsyncReportsResourceWithRawResponse:
    """Like `AsyncReportsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_report_generate_requests(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequestPage]:
        """List the report generate requests.

        `GET /v1/report-generate-requests`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_generate_requests._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequestPage]",
            await self._invoker.request_raw(
                "list_report_generate_requests", request, _list_report_generate_requests._parse_response
            ),
        )

    async def create_report_generate_request(
        self,
        *,
        body: CreateReportGenerateRequestRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Create a report generate request.

        `POST /v1/report-generate-requests`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_report_generate_request._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            await self._invoker.request_raw(
                "create_report_generate_request", request, _create_report_generate_request._parse_response
            ),
        )

    async def search_report_generate_requests(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportGenerateRequestPage]:
        """Search the report generate requests.

        `POST /v1/report-generate-requests/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportGenerateRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_report_generate_requests._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportGenerateRequestPage]",
            await self._invoker.request_raw(
                "search_report_generate_requests", request, _search_report_generate_requests._parse_response
            ),
        )

    async def get_report_generate_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the report generate request.

        `GET /v1/report-generate-requests/{resource_id}`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_generate_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            await self._invoker.request_raw(
                "get_report_generate_request", request, _get_report_generate_request._parse_response
            ),
        )

    async def get_generated_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Report]:
        """Get the generated report.

        `GET /v1/report-generate-requests/{resource_id}/report`

        Args:
            resource_id: Id of the report generate request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Report]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_generated_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Report]",
            await self._invoker.request_raw("get_generated_report", request, _get_generated_report._parse_response),
        )

    async def list_reports(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportPage]:
        """List the reports.

        `GET /v1/reports`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_reports._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportPage]",
            await self._invoker.request_raw("list_reports", request, _list_reports._parse_response),
        )

    async def get_invoice_headers_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the invoice headers report.

        `GET /v1/reports/invoice-headers-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_headers_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            await self._invoker.request_raw(
                "get_invoice_headers_report", request, _get_invoice_headers_report._parse_response
            ),
        )

    async def get_invoice_lines_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the invoice lines report.

        `GET /v1/reports/invoice-lines-overview`

        Args:
            customer_id: Only invoice lines of this customer.
            statuses: Only invoice lines with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoice lines of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_lines_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            await self._invoker.request_raw(
                "get_invoice_lines_report", request, _get_invoice_lines_report._parse_response
            ),
        )

    async def get_invoice_tax_report(
        self,
        *,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        invoice_date: str | None = None,
        paid: bool | None = None,
        on_hold: bool | None = None,
        pricing_plan_subscription_id: str | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Get the invoice tax report.

        `GET /v1/reports/invoice-tax-overview`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses.
            invoice_date: Only invoices dated in this range (ISO-8601).
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices on hold (true) or not on hold (false).
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_tax_report._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            await self._invoker.request_raw("get_invoice_tax_report", request, _get_invoice_tax_report._parse_response),
        )

    async def search_reports(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportPage]:
        """Search the reports.

        `POST /v1/reports/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_reports._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportPage]",
            await self._invoker.request_raw("search_reports", request, _search_reports._parse_response),
        )

    async def get_report(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Report]:
        """Get the report.

        `GET /v1/reports/{resource_id}`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Report]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Report]", await self._invoker.request_raw("get_report", request, _get_report._parse_response)
        )

    async def get_report_download_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[DownloadUrl]:
        """Get the report download URL.

        `GET /v1/reports/{resource_id}/download-url`

        Args:
            resource_id: Id of the report.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[DownloadUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_report_download_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[DownloadUrl]",
            await self._invoker.request_raw(
                "get_report_download_url", request, _get_report_download_url._parse_response
            ),
        )


__all__ = [
    "AsyncReportsResource",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResource",
    "ReportsResourceWithRawResponse",
]
