"""Typed operations tagged `invoices`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ...types import (
    UNSET,
    AsyncInvoker,
    AsyncPager,
    File,
    FileTypes,
    Invoker,
    LazyModule,
    Listing,
    Pager,
    RawResponse,
    Unset,
)

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.charge_on_demand_pricing_items_request import ChargeOnDemandPricingItemsRequest
    from ...models.create_invoice_request import CreateInvoiceRequest
    from ...models.credit_and_copy_invoice_request import CreditAndCopyInvoiceRequest
    from ...models.credit_and_copy_invoice_response import CreditAndCopyInvoiceResponse
    from ...models.credit_invoice_request import CreditInvoiceRequest
    from ...models.delete_invoice_lines_request import DeleteInvoiceLinesRequest
    from ...models.e_invoice import EInvoice
    from ...models.e_invoice_file_format import EInvoiceFileFormat
    from ...models.export_invoice_to_erp_request import ExportInvoiceToErpRequest
    from ...models.invoice import Invoice
    from ...models.invoice_page import InvoicePage
    from ...models.invoice_preview import InvoicePreview
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.one_off_invoice_line_request import OneOffInvoiceLineRequest
    from ...models.order_direction import OrderDirection
    from ...models.payment_page import PaymentPage
    from ...models.preview_invoice_request import PreviewInvoiceRequest
    from ...models.refresh_invoice_request import RefreshInvoiceRequest
    from ...models.resubmit_e_invoice_request import ResubmitEInvoiceRequest
    from ...models.send_invoice_by_email_request import SendInvoiceByEmailRequest
    from ...models.update_e_invoice_status_request import UpdateEInvoiceStatusRequest
    from ...models.update_invoice_request import UpdateInvoiceRequest
    from . import add_invoice_line as _add_invoice_line
    from . import archive_invoice as _archive_invoice
    from . import cancel_invoice_dunning_actions as _cancel_invoice_dunning_actions
    from . import charge_on_demand_pricing_items as _charge_on_demand_pricing_items
    from . import create_invoice as _create_invoice
    from . import create_invoice_line as _create_invoice_line
    from . import credit_and_copy_invoice as _credit_and_copy_invoice
    from . import credit_invoice as _credit_invoice
    from . import delete_invoice_line as _delete_invoice_line
    from . import delete_invoice_lines as _delete_invoice_lines
    from . import download_invoice_e_invoice as _download_invoice_e_invoice
    from . import download_invoice_pdf as _download_invoice_pdf
    from . import download_invoice_ubl_21 as _download_invoice_ubl_21
    from . import export_invoice_to_erp as _export_invoice_to_erp
    from . import get_invoice as _get_invoice
    from . import list_invoice_payment_attempts as _list_invoice_payment_attempts
    from . import list_invoice_payments as _list_invoice_payments
    from . import list_invoices as _list_invoices
    from . import pay_invoice as _pay_invoice
    from . import preview_invoice as _preview_invoice
    from . import refresh_invoice as _refresh_invoice
    from . import refresh_invoice_e_invoices as _refresh_invoice_e_invoices
    from . import refund_invoice as _refund_invoice
    from . import replace_invoice_line as _replace_invoice_line
    from . import resubmit_invoice_e_invoice as _resubmit_invoice_e_invoice
    from . import search_invoices as _search_invoices
    from . import send_invoice_by_email as _send_invoice_by_email
    from . import update_invoice as _update_invoice
    from . import update_invoice_e_invoice_status as _update_invoice_e_invoice_status
else:
    _list_invoices = LazyModule(__name__ + ".list_invoices")
    _create_invoice = LazyModule(__name__ + ".create_invoice")
    _preview_invoice = LazyModule(__name__ + ".preview_invoice")
    _search_invoices = LazyModule(__name__ + ".search_invoices")
    _charge_on_demand_pricing_items = LazyModule(__name__ + ".charge_on_demand_pricing_items")
    _get_invoice = LazyModule(__name__ + ".get_invoice")
    _update_invoice = LazyModule(__name__ + ".update_invoice")
    _add_invoice_line = LazyModule(__name__ + ".add_invoice_line")
    _create_invoice_line = LazyModule(__name__ + ".create_invoice_line")
    _replace_invoice_line = LazyModule(__name__ + ".replace_invoice_line")
    _delete_invoice_line = LazyModule(__name__ + ".delete_invoice_line")
    _list_invoice_payment_attempts = LazyModule(__name__ + ".list_invoice_payment_attempts")
    _list_invoice_payments = LazyModule(__name__ + ".list_invoice_payments")
    _delete_invoice_lines = LazyModule(__name__ + ".delete_invoice_lines")
    _send_invoice_by_email = LazyModule(__name__ + ".send_invoice_by_email")
    _export_invoice_to_erp = LazyModule(__name__ + ".export_invoice_to_erp")
    _download_invoice_pdf = LazyModule(__name__ + ".download_invoice_pdf")
    _download_invoice_ubl_21 = LazyModule(__name__ + ".download_invoice_ubl_21")
    _credit_invoice = LazyModule(__name__ + ".credit_invoice")
    _credit_and_copy_invoice = LazyModule(__name__ + ".credit_and_copy_invoice")
    _refresh_invoice = LazyModule(__name__ + ".refresh_invoice")
    _refresh_invoice_e_invoices = LazyModule(__name__ + ".refresh_invoice_e_invoices")
    _resubmit_invoice_e_invoice = LazyModule(__name__ + ".resubmit_invoice_e_invoice")
    _download_invoice_e_invoice = LazyModule(__name__ + ".download_invoice_e_invoice")
    _update_invoice_e_invoice_status = LazyModule(__name__ + ".update_invoice_e_invoice_status")
    _archive_invoice = LazyModule(__name__ + ".archive_invoice")
    _cancel_invoice_dunning_actions = LazyModule(__name__ + ".cancel_invoice_dunning_actions")
    _pay_invoice = LazyModule(__name__ + ".pay_invoice")
    _refund_invoice = LazyModule(__name__ + ".refund_invoice")

_LIST_INVOICES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_invoices` pages (the spec's `x-payclients-pagination`: style `page`)."""

_SEARCH_INVOICES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `search_invoices` pages (the spec's `x-payclients-pagination`: style `page`)."""


class InvoicesResource:
    """Operations tagged `invoices`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> InvoicesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return InvoicesResourceWithRawResponse(self._invoker)

    def list_invoices(
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
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[InvoicePage, Invoice]:
        """List invoices

        Returns invoices one page at a time. Periods and lines are left out unless include_periods
        / include_lines are set.

        `GET /v1/invoices`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses (e.g. DRAFT, OPEN, FINAL).
            invoice_date: Invoice date range, written [start,end] with ISO-8601 timestamps.
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices that are (true) or are not (false) on hold.
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[InvoicePage, Invoice]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_invoices", request, _list_invoices._parse_response, _LIST_INVOICES_LISTING, max_items=max_items
        )

    def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Create a one-off invoice

        Creates a one-off invoice or one-off credit invoice from the given data.

        `POST /v1/invoices`

        Args:
            body: Body for creating a one-off invoice or a one-off credit invoice; same fields as
                Invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("create_invoice", request, _create_invoice._parse_response))

    def preview_invoice(
        self,
        *,
        body: PreviewInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> InvoicePreview:
        """Preview invoices

        Works out the invoices a pricing plan subscription would produce, without saving anything.

        `POST /v1/invoices/preview`

        Args:
            body: Body for previewing the invoices a pricing plan subscription would produce.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            InvoicePreview: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _preview_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "InvoicePreview", self._invoker.request("preview_invoice", request, _preview_invoice._parse_response)
        )

    def search_invoices(
        self,
        *,
        body: InvoiceSearchRequest,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
        max_items: int | None = None,
    ) -> Pager[InvoicePage, Invoice]:
        """Find invoices by criteria

        Finds invoices matching search, filter and selection criteria; paged like listInvoices.

        `POST /v1/invoices/search`

        Args:
            body: Search criteria for invoices.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[InvoicePage, Invoice]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_invoices._get_kwargs(
            body=body,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            limit=limit,
            page=page,
            include_periods=include_periods,
            include_lines=include_lines,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return self._invoker.paginate(
            "search_invoices", request, _search_invoices._parse_response, _SEARCH_INVOICES_LISTING, max_items=max_items
        )

    def charge_on_demand_pricing_items(
        self,
        *,
        body: ChargeOnDemandPricingItemsRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Charge on-demand pricing items

        Invoices the given on-demand pricing items of a pricing plan schedule straight away.

        `POST /v1/invoices/charge-on-demand-pricing-items`

        Args:
            body: Body for invoicing on-demand pricing items of a pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _charge_on_demand_pricing_items._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            self._invoker.request(
                "charge_on_demand_pricing_items", request, _charge_on_demand_pricing_items._parse_response
            ),
        )

    def get_invoice(
        self,
        resource_id: str,
        *,
        processing_only_customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> Invoice:
        """Fetch an invoice

        Fetches one invoice by ID.

        `GET /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            processing_only_customer_id: Limit the invoice details to this processing-only (child)
                customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice._get_kwargs(
            resource_id=resource_id,
            processing_only_customer_id=processing_only_customer_id,
            x_platform_id=x_platform_id,
        )
        return cast("Invoice", self._invoker.request("get_invoice", request, _get_invoice._parse_response))

    def update_invoice(
        self,
        resource_id: str,
        *,
        body: UpdateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Change an invoice

        Changes the given fields of an invoice, for example status or on_hold.

        `PATCH /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            body: Body for updating an invoice; send only the fields to change.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("update_invoice", request, _update_invoice._parse_response))

    def add_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Add a one-off line (add-line)

        Adds a one-off line to an invoice. Same as createInvoiceLine.

        `POST /v1/invoices/{resource_id}/add-line`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _add_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("add_invoice_line", request, _add_invoice_line._parse_response))

    def create_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Create an invoice line

        Adds a one-off line to an invoice. Same as addInvoiceLine.

        `POST /v1/invoices/{resource_id}/lines`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", self._invoker.request("create_invoice_line", request, _create_invoice_line._parse_response)
        )

    def replace_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Replace an invoice line

        Puts a new one-off line in place of an existing one-off line.

        `PUT /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _replace_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", self._invoker.request("replace_invoice_line", request, _replace_invoice_line._parse_response)
        )

    def delete_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Invoice:
        """Remove one invoice line

        Removes one line from an invoice by line ID.

        `DELETE /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Invoice", self._invoker.request("delete_invoice_line", request, _delete_invoice_line._parse_response)
        )

    def list_invoice_payment_attempts(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PaymentPage:
        """List payment attempts of an invoice

        Deprecated: use listInvoicePayments.

        `GET /v1/invoices/{resource_id}/payment-attempts`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payment_attempts._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentPage",
            self._invoker.request(
                "list_invoice_payment_attempts", request, _list_invoice_payment_attempts._parse_response
            ),
        )

    def list_invoice_payments(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PaymentPage:
        """List payments of an invoice

        Returns the payments made for an invoice.

        `GET /v1/invoices/{resource_id}/payments`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payments._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentPage",
            self._invoker.request("list_invoice_payments", request, _list_invoice_payments._parse_response),
        )

    def delete_invoice_lines(
        self,
        resource_id: str,
        *,
        body: DeleteInvoiceLinesRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Delete invoice lines

        Removes the lines, groups or periods named in the body from an invoice.

        `POST /v1/invoices/{resource_id}/delete-line`

        Args:
            resource_id: Invoice ID.
            body: Lines to remove, addressed by period, group and line order.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_lines._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", self._invoker.request("delete_invoice_lines", request, _delete_invoice_lines._parse_response)
        )

    def send_invoice_by_email(
        self,
        resource_id: str,
        *,
        body: SendInvoiceByEmailRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Email an invoice

        Sends the invoice to the customer by email.

        `POST /v1/invoices/{resource_id}/send_by_email`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_invoice_by_email._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", self._invoker.request("send_invoice_by_email", request, _send_invoice_by_email._parse_response)
        )

    def export_invoice_to_erp(
        self,
        resource_id: str,
        *,
        body: ExportInvoiceToErpRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Push an invoice to the ERP

        Pushes the invoice to the connected ERP system.

        `POST /v1/invoices/{resource_id}/export_to_erp`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _export_invoice_to_erp._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", self._invoker.request("export_invoice_to_erp", request, _export_invoice_to_erp._parse_response)
        )

    def download_invoice_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the invoice PDF

        Returns the invoice as a PDF file.

        `GET /v1/invoices/{resource_id}/pdf`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File", self._invoker.request("download_invoice_pdf", request, _download_invoice_pdf._parse_response)
        )

    def download_invoice_ubl_21(
        self,
        resource_id: str,
        *,
        include_invoice_pdf: bool | None = None,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the invoice as UBL 2.1

        Returns the invoice as a UBL 2.1 XML document.

        `GET /v1/invoices/{resource_id}/ubl21`

        Args:
            resource_id: Invoice ID.
            include_invoice_pdf: Embed the invoice PDF in the UBL document.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_ubl_21._get_kwargs(
            resource_id=resource_id,
            include_invoice_pdf=include_invoice_pdf,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File", self._invoker.request("download_invoice_ubl_21", request, _download_invoice_ubl_21._parse_response)
        )

    def credit_invoice(
        self,
        resource_id: str,
        *,
        body: CreditInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Credit an invoice

        Creates a credit invoice for all or part of the invoice.

        `POST /v1/invoices/{resource_id}/credit`

        Args:
            resource_id: Invoice ID.
            body: Body for crediting an invoice, in full or in part.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("credit_invoice", request, _credit_invoice._parse_response))

    def credit_and_copy_invoice(
        self,
        resource_id: str,
        *,
        body: CreditAndCopyInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditAndCopyInvoiceResponse:
        """Credit and copy an invoice

        Credits the invoice and creates an editable copy of it to correct and reissue.

        `POST /v1/invoices/{resource_id}/credit_and_copy`

        Args:
            resource_id: Invoice ID.
            body: Options for crediting an invoice and copying it into a new editable invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditAndCopyInvoiceResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_and_copy_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditAndCopyInvoiceResponse",
            self._invoker.request("credit_and_copy_invoice", request, _credit_and_copy_invoice._parse_response),
        )

    def refresh_invoice(
        self,
        resource_id: str,
        *,
        body: RefreshInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Refresh an invoice

        Reloads the chosen parts of the invoice (customer, billing entity, tax rates, ...) from
        current data and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh`

        Args:
            resource_id: Invoice ID.
            body: Which parts of the invoice to reload from current data.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("refresh_invoice", request, _refresh_invoice._parse_response))

    def refresh_invoice_e_invoices(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Refresh the e-invoices of an invoice

        Fetches the latest state of the invoice's e-invoices and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh-e-invoices`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice_e_invoices._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            self._invoker.request("refresh_invoice_e_invoices", request, _refresh_invoice_e_invoices._parse_response),
        )

    def resubmit_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        body: ResubmitEInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Resubmit an e-invoice

        Submits an e-invoice of the invoice again and returns the invoice.

        `POST /v1/invoices/{resource_id}/resubmit-e-invoice`

        Args:
            resource_id: Invoice ID.
            body: Which e-invoice to submit again, and under which mandate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _resubmit_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            self._invoker.request("resubmit_invoice_e_invoice", request, _resubmit_invoice_e_invoice._parse_response),
        )

    def download_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        external_reference: str,
        file_format: EInvoiceFileFormat,
        x_platform_id: str | None = None,
    ) -> File:
        """Download an e-invoice

        Returns one file of an e-invoice: the document sent to the e-invoicing provider or the tax
        authority's version.

        `GET /v1/invoices/{resource_id}/download-e-invoice`

        Args:
            resource_id: Invoice ID.
            external_reference: External reference of the e-invoice.
            file_format: Which file of an e-invoice to download.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            external_reference=external_reference,
            file_format=file_format,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File",
            self._invoker.request("download_invoice_e_invoice", request, _download_invoice_e_invoice._parse_response),
        )

    def update_invoice_e_invoice_status(
        self,
        resource_id: str,
        *,
        body: UpdateEInvoiceStatusRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> EInvoice:
        """Update the status of an e-invoice

        Records a new status for one e-invoice of the invoice.

        `PATCH /v1/invoices/{resource_id}/update-e-invoice-status`

        Args:
            resource_id: Invoice ID.
            body: New status for one e-invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            EInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_e_invoice_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "EInvoice",
            self._invoker.request(
                "update_invoice_e_invoice_status", request, _update_invoice_e_invoice_status._parse_response
            ),
        )

    def archive_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Move an invoice to the archive

        Archives the invoice.

        `POST /v1/invoices/{resource_id}/archive`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("archive_invoice", request, _archive_invoice._parse_response))

    def cancel_invoice_dunning_actions(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Stop payment retries

        Stops the automatic payment retries scheduled for the invoice.

        `POST /v1/invoices/{resource_id}/cancel-dunning-actions`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice_dunning_actions._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            self._invoker.request(
                "cancel_invoice_dunning_actions", request, _cancel_invoice_dunning_actions._parse_response
            ),
        )

    def pay_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Pay an invoice

        Charges the customer's stored payment method for the invoice.

        `POST /v1/invoices/{resource_id}/pay`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pay_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("pay_invoice", request, _pay_invoice._parse_response))

    def refund_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Refund a credit invoice

        Pays out a credit invoice through the payment it credits.

        `POST /v1/invoices/{resource_id}/refund`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", self._invoker.request("refund_invoice", request, _refund_invoice._parse_response))


class InvoicesResourceWithRawResponse:
    """Like `InvoicesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_invoices(
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
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[InvoicePage]:
        """List invoices

        Returns invoices one page at a time. Periods and lines are left out unless include_periods
        / include_lines are set.

        `GET /v1/invoices`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses (e.g. DRAFT, OPEN, FINAL).
            invoice_date: Invoice date range, written [start,end] with ISO-8601 timestamps.
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices that are (true) or are not (false) on hold.
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[InvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[InvoicePage]",
            self._invoker.request_raw("list_invoices", request, _list_invoices._parse_response),
        )

    def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Create a one-off invoice

        Creates a one-off invoice or one-off credit invoice from the given data.

        `POST /v1/invoices`

        Args:
            body: Body for creating a one-off invoice or a one-off credit invoice; same fields as
                Invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("create_invoice", request, _create_invoice._parse_response),
        )

    def preview_invoice(
        self,
        *,
        body: PreviewInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[InvoicePreview]:
        """Preview invoices

        Works out the invoices a pricing plan subscription would produce, without saving anything.

        `POST /v1/invoices/preview`

        Args:
            body: Body for previewing the invoices a pricing plan subscription would produce.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[InvoicePreview]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _preview_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[InvoicePreview]",
            self._invoker.request_raw("preview_invoice", request, _preview_invoice._parse_response),
        )

    def search_invoices(
        self,
        *,
        body: InvoiceSearchRequest,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[InvoicePage]:
        """Find invoices by criteria

        Finds invoices matching search, filter and selection criteria; paged like listInvoices.

        `POST /v1/invoices/search`

        Args:
            body: Search criteria for invoices.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[InvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_invoices._get_kwargs(
            body=body,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            limit=limit,
            page=page,
            include_periods=include_periods,
            include_lines=include_lines,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[InvoicePage]",
            self._invoker.request_raw("search_invoices", request, _search_invoices._parse_response),
        )

    def charge_on_demand_pricing_items(
        self,
        *,
        body: ChargeOnDemandPricingItemsRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Charge on-demand pricing items

        Invoices the given on-demand pricing items of a pricing plan schedule straight away.

        `POST /v1/invoices/charge-on-demand-pricing-items`

        Args:
            body: Body for invoicing on-demand pricing items of a pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _charge_on_demand_pricing_items._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw(
                "charge_on_demand_pricing_items", request, _charge_on_demand_pricing_items._parse_response
            ),
        )

    def get_invoice(
        self,
        resource_id: str,
        *,
        processing_only_customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Invoice]:
        """Fetch an invoice

        Fetches one invoice by ID.

        `GET /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            processing_only_customer_id: Limit the invoice details to this processing-only (child)
                customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice._get_kwargs(
            resource_id=resource_id,
            processing_only_customer_id=processing_only_customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Invoice]", self._invoker.request_raw("get_invoice", request, _get_invoice._parse_response)
        )

    def update_invoice(
        self,
        resource_id: str,
        *,
        body: UpdateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Change an invoice

        Changes the given fields of an invoice, for example status or on_hold.

        `PATCH /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            body: Body for updating an invoice; send only the fields to change.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("update_invoice", request, _update_invoice._parse_response),
        )

    def add_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Add a one-off line (add-line)

        Adds a one-off line to an invoice. Same as createInvoiceLine.

        `POST /v1/invoices/{resource_id}/add-line`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _add_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("add_invoice_line", request, _add_invoice_line._parse_response),
        )

    def create_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Create an invoice line

        Adds a one-off line to an invoice. Same as addInvoiceLine.

        `POST /v1/invoices/{resource_id}/lines`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("create_invoice_line", request, _create_invoice_line._parse_response),
        )

    def replace_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Replace an invoice line

        Puts a new one-off line in place of an existing one-off line.

        `PUT /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _replace_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("replace_invoice_line", request, _replace_invoice_line._parse_response),
        )

    def delete_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Invoice]:
        """Remove one invoice line

        Removes one line from an invoice by line ID.

        `DELETE /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("delete_invoice_line", request, _delete_invoice_line._parse_response),
        )

    def list_invoice_payment_attempts(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentPage]:
        """List payment attempts of an invoice

        Deprecated: use listInvoicePayments.

        `GET /v1/invoices/{resource_id}/payment-attempts`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payment_attempts._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentPage]",
            self._invoker.request_raw(
                "list_invoice_payment_attempts", request, _list_invoice_payment_attempts._parse_response
            ),
        )

    def list_invoice_payments(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentPage]:
        """List payments of an invoice

        Returns the payments made for an invoice.

        `GET /v1/invoices/{resource_id}/payments`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payments._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentPage]",
            self._invoker.request_raw("list_invoice_payments", request, _list_invoice_payments._parse_response),
        )

    def delete_invoice_lines(
        self,
        resource_id: str,
        *,
        body: DeleteInvoiceLinesRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Delete invoice lines

        Removes the lines, groups or periods named in the body from an invoice.

        `POST /v1/invoices/{resource_id}/delete-line`

        Args:
            resource_id: Invoice ID.
            body: Lines to remove, addressed by period, group and line order.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_lines._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("delete_invoice_lines", request, _delete_invoice_lines._parse_response),
        )

    def send_invoice_by_email(
        self,
        resource_id: str,
        *,
        body: SendInvoiceByEmailRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Email an invoice

        Sends the invoice to the customer by email.

        `POST /v1/invoices/{resource_id}/send_by_email`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_invoice_by_email._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("send_invoice_by_email", request, _send_invoice_by_email._parse_response),
        )

    def export_invoice_to_erp(
        self,
        resource_id: str,
        *,
        body: ExportInvoiceToErpRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Push an invoice to the ERP

        Pushes the invoice to the connected ERP system.

        `POST /v1/invoices/{resource_id}/export_to_erp`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _export_invoice_to_erp._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("export_invoice_to_erp", request, _export_invoice_to_erp._parse_response),
        )

    def download_invoice_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the invoice PDF

        Returns the invoice as a PDF file.

        `GET /v1/invoices/{resource_id}/pdf`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            self._invoker.request_raw("download_invoice_pdf", request, _download_invoice_pdf._parse_response),
        )

    def download_invoice_ubl_21(
        self,
        resource_id: str,
        *,
        include_invoice_pdf: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the invoice as UBL 2.1

        Returns the invoice as a UBL 2.1 XML document.

        `GET /v1/invoices/{resource_id}/ubl21`

        Args:
            resource_id: Invoice ID.
            include_invoice_pdf: Embed the invoice PDF in the UBL document.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_ubl_21._get_kwargs(
            resource_id=resource_id,
            include_invoice_pdf=include_invoice_pdf,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            self._invoker.request_raw("download_invoice_ubl_21", request, _download_invoice_ubl_21._parse_response),
        )

    def credit_invoice(
        self,
        resource_id: str,
        *,
        body: CreditInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Credit an invoice

        Creates a credit invoice for all or part of the invoice.

        `POST /v1/invoices/{resource_id}/credit`

        Args:
            resource_id: Invoice ID.
            body: Body for crediting an invoice, in full or in part.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("credit_invoice", request, _credit_invoice._parse_response),
        )

    def credit_and_copy_invoice(
        self,
        resource_id: str,
        *,
        body: CreditAndCopyInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditAndCopyInvoiceResponse]:
        """Credit and copy an invoice

        Credits the invoice and creates an editable copy of it to correct and reissue.

        `POST /v1/invoices/{resource_id}/credit_and_copy`

        Args:
            resource_id: Invoice ID.
            body: Options for crediting an invoice and copying it into a new editable invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditAndCopyInvoiceResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_and_copy_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditAndCopyInvoiceResponse]",
            self._invoker.request_raw("credit_and_copy_invoice", request, _credit_and_copy_invoice._parse_response),
        )

    def refresh_invoice(
        self,
        resource_id: str,
        *,
        body: RefreshInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Refresh an invoice

        Reloads the chosen parts of the invoice (customer, billing entity, tax rates, ...) from
        current data and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh`

        Args:
            resource_id: Invoice ID.
            body: Which parts of the invoice to reload from current data.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("refresh_invoice", request, _refresh_invoice._parse_response),
        )

    def refresh_invoice_e_invoices(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Refresh the e-invoices of an invoice

        Fetches the latest state of the invoice's e-invoices and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh-e-invoices`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice_e_invoices._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw(
                "refresh_invoice_e_invoices", request, _refresh_invoice_e_invoices._parse_response
            ),
        )

    def resubmit_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        body: ResubmitEInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Resubmit an e-invoice

        Submits an e-invoice of the invoice again and returns the invoice.

        `POST /v1/invoices/{resource_id}/resubmit-e-invoice`

        Args:
            resource_id: Invoice ID.
            body: Which e-invoice to submit again, and under which mandate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _resubmit_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw(
                "resubmit_invoice_e_invoice", request, _resubmit_invoice_e_invoice._parse_response
            ),
        )

    def download_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        external_reference: str,
        file_format: EInvoiceFileFormat,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download an e-invoice

        Returns one file of an e-invoice: the document sent to the e-invoicing provider or the tax
        authority's version.

        `GET /v1/invoices/{resource_id}/download-e-invoice`

        Args:
            resource_id: Invoice ID.
            external_reference: External reference of the e-invoice.
            file_format: Which file of an e-invoice to download.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            external_reference=external_reference,
            file_format=file_format,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            self._invoker.request_raw(
                "download_invoice_e_invoice", request, _download_invoice_e_invoice._parse_response
            ),
        )

    def update_invoice_e_invoice_status(
        self,
        resource_id: str,
        *,
        body: UpdateEInvoiceStatusRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[EInvoice]:
        """Update the status of an e-invoice

        Records a new status for one e-invoice of the invoice.

        `PATCH /v1/invoices/{resource_id}/update-e-invoice-status`

        Args:
            resource_id: Invoice ID.
            body: New status for one e-invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[EInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_e_invoice_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[EInvoice]",
            self._invoker.request_raw(
                "update_invoice_e_invoice_status", request, _update_invoice_e_invoice_status._parse_response
            ),
        )

    def archive_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Move an invoice to the archive

        Archives the invoice.

        `POST /v1/invoices/{resource_id}/archive`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("archive_invoice", request, _archive_invoice._parse_response),
        )

    def cancel_invoice_dunning_actions(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Stop payment retries

        Stops the automatic payment retries scheduled for the invoice.

        `POST /v1/invoices/{resource_id}/cancel-dunning-actions`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice_dunning_actions._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw(
                "cancel_invoice_dunning_actions", request, _cancel_invoice_dunning_actions._parse_response
            ),
        )

    def pay_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Pay an invoice

        Charges the customer's stored payment method for the invoice.

        `POST /v1/invoices/{resource_id}/pay`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pay_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]", self._invoker.request_raw("pay_invoice", request, _pay_invoice._parse_response)
        )

    def refund_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Refund a credit invoice

        Pays out a credit invoice through the payment it credits.

        `POST /v1/invoices/{resource_id}/refund`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            self._invoker.request_raw("refund_invoice", request, _refund_invoice._parse_response),
        )


class AsyncInvoicesResource:
    """Operations tagged `invoices`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncInvoicesResourceWithRawResponse(self._invoker)

    def list_invoices(
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
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InvoicePage, Invoice]:
        """List invoices

        Returns invoices one page at a time. Periods and lines are left out unless include_periods
        / include_lines are set.

        `GET /v1/invoices`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses (e.g. DRAFT, OPEN, FINAL).
            invoice_date: Invoice date range, written [start,end] with ISO-8601 timestamps.
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices that are (true) or are not (false) on hold.
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[InvoicePage, Invoice]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_invoices", request, _list_invoices._parse_response, _LIST_INVOICES_LISTING, max_items=max_items
        )

    async def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Create a one-off invoice

        Creates a one-off invoice or one-off credit invoice from the given data.

        `POST /v1/invoices`

        Args:
            body: Body for creating a one-off invoice or a one-off credit invoice; same fields as
                Invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", await self._invoker.request("create_invoice", request, _create_invoice._parse_response))

    async def preview_invoice(
        self,
        *,
        body: PreviewInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> InvoicePreview:
        """Preview invoices

        Works out the invoices a pricing plan subscription would produce, without saving anything.

        `POST /v1/invoices/preview`

        Args:
            body: Body for previewing the invoices a pricing plan subscription would produce.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            InvoicePreview: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _preview_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "InvoicePreview", await self._invoker.request("preview_invoice", request, _preview_invoice._parse_response)
        )

    def search_invoices(
        self,
        *,
        body: InvoiceSearchRequest,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InvoicePage, Invoice]:
        """Find invoices by criteria

        Finds invoices matching search, filter and selection criteria; paged like listInvoices.

        `POST /v1/invoices/search`

        Args:
            body: Search criteria for invoices.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[InvoicePage, Invoice]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_invoices._get_kwargs(
            body=body,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            limit=limit,
            page=page,
            include_periods=include_periods,
            include_lines=include_lines,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return self._invoker.paginate(
            "search_invoices", request, _search_invoices._parse_response, _SEARCH_INVOICES_LISTING, max_items=max_items
        )

    async def charge_on_demand_pricing_items(
        self,
        *,
        body: ChargeOnDemandPricingItemsRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Charge on-demand pricing items

        Invoices the given on-demand pricing items of a pricing plan schedule straight away.

        `POST /v1/invoices/charge-on-demand-pricing-items`

        Args:
            body: Body for invoicing on-demand pricing items of a pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _charge_on_demand_pricing_items._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request(
                "charge_on_demand_pricing_items", request, _charge_on_demand_pricing_items._parse_response
            ),
        )

    async def get_invoice(
        self,
        resource_id: str,
        *,
        processing_only_customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> Invoice:
        """Fetch an invoice

        Fetches one invoice by ID.

        `GET /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            processing_only_customer_id: Limit the invoice details to this processing-only (child)
                customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice._get_kwargs(
            resource_id=resource_id,
            processing_only_customer_id=processing_only_customer_id,
            x_platform_id=x_platform_id,
        )
        return cast("Invoice", await self._invoker.request("get_invoice", request, _get_invoice._parse_response))

    async def update_invoice(
        self,
        resource_id: str,
        *,
        body: UpdateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Change an invoice

        Changes the given fields of an invoice, for example status or on_hold.

        `PATCH /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            body: Body for updating an invoice; send only the fields to change.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", await self._invoker.request("update_invoice", request, _update_invoice._parse_response))

    async def add_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Add a one-off line (add-line)

        Adds a one-off line to an invoice. Same as createInvoiceLine.

        `POST /v1/invoices/{resource_id}/add-line`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _add_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", await self._invoker.request("add_invoice_line", request, _add_invoice_line._parse_response)
        )

    async def create_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Create an invoice line

        Adds a one-off line to an invoice. Same as addInvoiceLine.

        `POST /v1/invoices/{resource_id}/lines`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", await self._invoker.request("create_invoice_line", request, _create_invoice_line._parse_response)
        )

    async def replace_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Replace an invoice line

        Puts a new one-off line in place of an existing one-off line.

        `PUT /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _replace_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request("replace_invoice_line", request, _replace_invoice_line._parse_response),
        )

    async def delete_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Invoice:
        """Remove one invoice line

        Removes one line from an invoice by line ID.

        `DELETE /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Invoice", await self._invoker.request("delete_invoice_line", request, _delete_invoice_line._parse_response)
        )

    async def list_invoice_payment_attempts(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PaymentPage:
        """List payment attempts of an invoice

        Deprecated: use listInvoicePayments.

        `GET /v1/invoices/{resource_id}/payment-attempts`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payment_attempts._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentPage",
            await self._invoker.request(
                "list_invoice_payment_attempts", request, _list_invoice_payment_attempts._parse_response
            ),
        )

    async def list_invoice_payments(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PaymentPage:
        """List payments of an invoice

        Returns the payments made for an invoice.

        `GET /v1/invoices/{resource_id}/payments`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payments._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentPage",
            await self._invoker.request("list_invoice_payments", request, _list_invoice_payments._parse_response),
        )

    async def delete_invoice_lines(
        self,
        resource_id: str,
        *,
        body: DeleteInvoiceLinesRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Delete invoice lines

        Removes the lines, groups or periods named in the body from an invoice.

        `POST /v1/invoices/{resource_id}/delete-line`

        Args:
            resource_id: Invoice ID.
            body: Lines to remove, addressed by period, group and line order.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_lines._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request("delete_invoice_lines", request, _delete_invoice_lines._parse_response),
        )

    async def send_invoice_by_email(
        self,
        resource_id: str,
        *,
        body: SendInvoiceByEmailRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Email an invoice

        Sends the invoice to the customer by email.

        `POST /v1/invoices/{resource_id}/send_by_email`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_invoice_by_email._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request("send_invoice_by_email", request, _send_invoice_by_email._parse_response),
        )

    async def export_invoice_to_erp(
        self,
        resource_id: str,
        *,
        body: ExportInvoiceToErpRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Push an invoice to the ERP

        Pushes the invoice to the connected ERP system.

        `POST /v1/invoices/{resource_id}/export_to_erp`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _export_invoice_to_erp._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request("export_invoice_to_erp", request, _export_invoice_to_erp._parse_response),
        )

    async def download_invoice_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the invoice PDF

        Returns the invoice as a PDF file.

        `GET /v1/invoices/{resource_id}/pdf`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File", await self._invoker.request("download_invoice_pdf", request, _download_invoice_pdf._parse_response)
        )

    async def download_invoice_ubl_21(
        self,
        resource_id: str,
        *,
        include_invoice_pdf: bool | None = None,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the invoice as UBL 2.1

        Returns the invoice as a UBL 2.1 XML document.

        `GET /v1/invoices/{resource_id}/ubl21`

        Args:
            resource_id: Invoice ID.
            include_invoice_pdf: Embed the invoice PDF in the UBL document.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_ubl_21._get_kwargs(
            resource_id=resource_id,
            include_invoice_pdf=include_invoice_pdf,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File",
            await self._invoker.request("download_invoice_ubl_21", request, _download_invoice_ubl_21._parse_response),
        )

    async def credit_invoice(
        self,
        resource_id: str,
        *,
        body: CreditInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Credit an invoice

        Creates a credit invoice for all or part of the invoice.

        `POST /v1/invoices/{resource_id}/credit`

        Args:
            resource_id: Invoice ID.
            body: Body for crediting an invoice, in full or in part.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", await self._invoker.request("credit_invoice", request, _credit_invoice._parse_response))

    async def credit_and_copy_invoice(
        self,
        resource_id: str,
        *,
        body: CreditAndCopyInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditAndCopyInvoiceResponse:
        """Credit and copy an invoice

        Credits the invoice and creates an editable copy of it to correct and reissue.

        `POST /v1/invoices/{resource_id}/credit_and_copy`

        Args:
            resource_id: Invoice ID.
            body: Options for crediting an invoice and copying it into a new editable invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditAndCopyInvoiceResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_and_copy_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditAndCopyInvoiceResponse",
            await self._invoker.request("credit_and_copy_invoice", request, _credit_and_copy_invoice._parse_response),
        )

    async def refresh_invoice(
        self,
        resource_id: str,
        *,
        body: RefreshInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Refresh an invoice

        Reloads the chosen parts of the invoice (customer, billing entity, tax rates, ...) from
        current data and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh`

        Args:
            resource_id: Invoice ID.
            body: Which parts of the invoice to reload from current data.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", await self._invoker.request("refresh_invoice", request, _refresh_invoice._parse_response)
        )

    async def refresh_invoice_e_invoices(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Refresh the e-invoices of an invoice

        Fetches the latest state of the invoice's e-invoices and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh-e-invoices`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice_e_invoices._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request(
                "refresh_invoice_e_invoices", request, _refresh_invoice_e_invoices._parse_response
            ),
        )

    async def resubmit_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        body: ResubmitEInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Resubmit an e-invoice

        Submits an e-invoice of the invoice again and returns the invoice.

        `POST /v1/invoices/{resource_id}/resubmit-e-invoice`

        Args:
            resource_id: Invoice ID.
            body: Which e-invoice to submit again, and under which mandate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _resubmit_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request(
                "resubmit_invoice_e_invoice", request, _resubmit_invoice_e_invoice._parse_response
            ),
        )

    async def download_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        external_reference: str,
        file_format: EInvoiceFileFormat,
        x_platform_id: str | None = None,
    ) -> File:
        """Download an e-invoice

        Returns one file of an e-invoice: the document sent to the e-invoicing provider or the tax
        authority's version.

        `GET /v1/invoices/{resource_id}/download-e-invoice`

        Args:
            resource_id: Invoice ID.
            external_reference: External reference of the e-invoice.
            file_format: Which file of an e-invoice to download.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            external_reference=external_reference,
            file_format=file_format,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File",
            await self._invoker.request(
                "download_invoice_e_invoice", request, _download_invoice_e_invoice._parse_response
            ),
        )

    async def update_invoice_e_invoice_status(
        self,
        resource_id: str,
        *,
        body: UpdateEInvoiceStatusRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> EInvoice:
        """Update the status of an e-invoice

        Records a new status for one e-invoice of the invoice.

        `PATCH /v1/invoices/{resource_id}/update-e-invoice-status`

        Args:
            resource_id: Invoice ID.
            body: New status for one e-invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            EInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_e_invoice_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "EInvoice",
            await self._invoker.request(
                "update_invoice_e_invoice_status", request, _update_invoice_e_invoice_status._parse_response
            ),
        )

    async def archive_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Move an invoice to the archive

        Archives the invoice.

        `POST /v1/invoices/{resource_id}/archive`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice", await self._invoker.request("archive_invoice", request, _archive_invoice._parse_response)
        )

    async def cancel_invoice_dunning_actions(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Stop payment retries

        Stops the automatic payment retries scheduled for the invoice.

        `POST /v1/invoices/{resource_id}/cancel-dunning-actions`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice_dunning_actions._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Invoice",
            await self._invoker.request(
                "cancel_invoice_dunning_actions", request, _cancel_invoice_dunning_actions._parse_response
            ),
        )

    async def pay_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Pay an invoice

        Charges the customer's stored payment method for the invoice.

        `POST /v1/invoices/{resource_id}/pay`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pay_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", await self._invoker.request("pay_invoice", request, _pay_invoice._parse_response))

    async def refund_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Invoice:
        """Refund a credit invoice

        Pays out a credit invoice through the payment it credits.

        `POST /v1/invoices/{resource_id}/refund`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Invoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Invoice", await self._invoker.request("refund_invoice", request, _refund_invoice._parse_response))


class AsyncInvoicesResourceWithRawResponse:
    """Like `AsyncInvoicesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_invoices(
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
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[InvoicePage]:
        """List invoices

        Returns invoices one page at a time. Periods and lines are left out unless include_periods
        / include_lines are set.

        `GET /v1/invoices`

        Args:
            customer_id: Only invoices of this customer.
            statuses: Only invoices with one of these statuses (e.g. DRAFT, OPEN, FINAL).
            invoice_date: Invoice date range, written [start,end] with ISO-8601 timestamps.
            paid: Only paid (true) or unpaid (false) invoices.
            on_hold: Only invoices that are (true) or are not (false) on hold.
            pricing_plan_subscription_id: Only invoices of this pricing plan subscription.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[InvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            customer_id=customer_id,
            statuses=statuses,
            invoice_date=invoice_date,
            paid=paid,
            on_hold=on_hold,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            include_periods=include_periods,
            include_lines=include_lines,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[InvoicePage]",
            await self._invoker.request_raw("list_invoices", request, _list_invoices._parse_response),
        )

    async def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Create a one-off invoice

        Creates a one-off invoice or one-off credit invoice from the given data.

        `POST /v1/invoices`

        Args:
            body: Body for creating a one-off invoice or a one-off credit invoice; same fields as
                Invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("create_invoice", request, _create_invoice._parse_response),
        )

    async def preview_invoice(
        self,
        *,
        body: PreviewInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[InvoicePreview]:
        """Preview invoices

        Works out the invoices a pricing plan subscription would produce, without saving anything.

        `POST /v1/invoices/preview`

        Args:
            body: Body for previewing the invoices a pricing plan subscription would produce.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[InvoicePreview]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _preview_invoice._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[InvoicePreview]",
            await self._invoker.request_raw("preview_invoice", request, _preview_invoice._parse_response),
        )

    async def search_invoices(
        self,
        *,
        body: InvoiceSearchRequest,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        include_periods: bool | None = None,
        include_lines: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[InvoicePage]:
        """Find invoices by criteria

        Finds invoices matching search, filter and selection criteria; paged like listInvoices.

        `POST /v1/invoices/search`

        Args:
            body: Search criteria for invoices.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            include_periods: Include periods and groups in each invoice.
            include_lines: Include invoice lines.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[InvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_invoices._get_kwargs(
            body=body,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            limit=limit,
            page=page,
            include_periods=include_periods,
            include_lines=include_lines,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[InvoicePage]",
            await self._invoker.request_raw("search_invoices", request, _search_invoices._parse_response),
        )

    async def charge_on_demand_pricing_items(
        self,
        *,
        body: ChargeOnDemandPricingItemsRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Charge on-demand pricing items

        Invoices the given on-demand pricing items of a pricing plan schedule straight away.

        `POST /v1/invoices/charge-on-demand-pricing-items`

        Args:
            body: Body for invoicing on-demand pricing items of a pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _charge_on_demand_pricing_items._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw(
                "charge_on_demand_pricing_items", request, _charge_on_demand_pricing_items._parse_response
            ),
        )

    async def get_invoice(
        self,
        resource_id: str,
        *,
        processing_only_customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Invoice]:
        """Fetch an invoice

        Fetches one invoice by ID.

        `GET /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            processing_only_customer_id: Limit the invoice details to this processing-only (child)
                customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice._get_kwargs(
            resource_id=resource_id,
            processing_only_customer_id=processing_only_customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("get_invoice", request, _get_invoice._parse_response),
        )

    async def update_invoice(
        self,
        resource_id: str,
        *,
        body: UpdateInvoiceRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Change an invoice

        Changes the given fields of an invoice, for example status or on_hold.

        `PATCH /v1/invoices/{resource_id}`

        Args:
            resource_id: Invoice ID.
            body: Body for updating an invoice; send only the fields to change.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("update_invoice", request, _update_invoice._parse_response),
        )

    async def add_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Add a one-off line (add-line)

        Adds a one-off line to an invoice. Same as createInvoiceLine.

        `POST /v1/invoices/{resource_id}/add-line`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _add_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("add_invoice_line", request, _add_invoice_line._parse_response),
        )

    async def create_invoice_line(
        self,
        resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Create an invoice line

        Adds a one-off line to an invoice. Same as addInvoiceLine.

        `POST /v1/invoices/{resource_id}/lines`

        Args:
            resource_id: Invoice ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_line._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("create_invoice_line", request, _create_invoice_line._parse_response),
        )

    async def replace_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        body: OneOffInvoiceLineRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Replace an invoice line

        Puts a new one-off line in place of an existing one-off line.

        `PUT /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            body: A one-off line to add to an invoice, or to put in place of an existing line.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _replace_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("replace_invoice_line", request, _replace_invoice_line._parse_response),
        )

    async def delete_invoice_line(
        self,
        resource_id: str,
        invoice_line_resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Invoice]:
        """Remove one invoice line

        Removes one line from an invoice by line ID.

        `DELETE /v1/invoices/{resource_id}/lines/{invoice_line_resource_id}`

        Args:
            resource_id: Invoice ID.
            invoice_line_resource_id: Invoice line ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_line._get_kwargs(
            resource_id=resource_id,
            invoice_line_resource_id=invoice_line_resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("delete_invoice_line", request, _delete_invoice_line._parse_response),
        )

    async def list_invoice_payment_attempts(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentPage]:
        """List payment attempts of an invoice

        Deprecated: use listInvoicePayments.

        `GET /v1/invoices/{resource_id}/payment-attempts`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payment_attempts._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentPage]",
            await self._invoker.request_raw(
                "list_invoice_payment_attempts", request, _list_invoice_payment_attempts._parse_response
            ),
        )

    async def list_invoice_payments(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentPage]:
        """List payments of an invoice

        Returns the payments made for an invoice.

        `GET /v1/invoices/{resource_id}/payments`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoice_payments._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentPage]",
            await self._invoker.request_raw("list_invoice_payments", request, _list_invoice_payments._parse_response),
        )

    async def delete_invoice_lines(
        self,
        resource_id: str,
        *,
        body: DeleteInvoiceLinesRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Delete invoice lines

        Removes the lines, groups or periods named in the body from an invoice.

        `POST /v1/invoices/{resource_id}/delete-line`

        Args:
            resource_id: Invoice ID.
            body: Lines to remove, addressed by period, group and line order.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_invoice_lines._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("delete_invoice_lines", request, _delete_invoice_lines._parse_response),
        )

    async def send_invoice_by_email(
        self,
        resource_id: str,
        *,
        body: SendInvoiceByEmailRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Email an invoice

        Sends the invoice to the customer by email.

        `POST /v1/invoices/{resource_id}/send_by_email`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_invoice_by_email._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("send_invoice_by_email", request, _send_invoice_by_email._parse_response),
        )

    async def export_invoice_to_erp(
        self,
        resource_id: str,
        *,
        body: ExportInvoiceToErpRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Push an invoice to the ERP

        Pushes the invoice to the connected ERP system.

        `POST /v1/invoices/{resource_id}/export_to_erp`

        Args:
            resource_id: Invoice ID.
            body: Empty body: the action takes no options.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _export_invoice_to_erp._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("export_invoice_to_erp", request, _export_invoice_to_erp._parse_response),
        )

    async def download_invoice_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the invoice PDF

        Returns the invoice as a PDF file.

        `GET /v1/invoices/{resource_id}/pdf`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw("download_invoice_pdf", request, _download_invoice_pdf._parse_response),
        )

    async def download_invoice_ubl_21(
        self,
        resource_id: str,
        *,
        include_invoice_pdf: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the invoice as UBL 2.1

        Returns the invoice as a UBL 2.1 XML document.

        `GET /v1/invoices/{resource_id}/ubl21`

        Args:
            resource_id: Invoice ID.
            include_invoice_pdf: Embed the invoice PDF in the UBL document.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_ubl_21._get_kwargs(
            resource_id=resource_id,
            include_invoice_pdf=include_invoice_pdf,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw(
                "download_invoice_ubl_21", request, _download_invoice_ubl_21._parse_response
            ),
        )

    async def credit_invoice(
        self,
        resource_id: str,
        *,
        body: CreditInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Credit an invoice

        Creates a credit invoice for all or part of the invoice.

        `POST /v1/invoices/{resource_id}/credit`

        Args:
            resource_id: Invoice ID.
            body: Body for crediting an invoice, in full or in part.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("credit_invoice", request, _credit_invoice._parse_response),
        )

    async def credit_and_copy_invoice(
        self,
        resource_id: str,
        *,
        body: CreditAndCopyInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditAndCopyInvoiceResponse]:
        """Credit and copy an invoice

        Credits the invoice and creates an editable copy of it to correct and reissue.

        `POST /v1/invoices/{resource_id}/credit_and_copy`

        Args:
            resource_id: Invoice ID.
            body: Options for crediting an invoice and copying it into a new editable invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditAndCopyInvoiceResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _credit_and_copy_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditAndCopyInvoiceResponse]",
            await self._invoker.request_raw(
                "credit_and_copy_invoice", request, _credit_and_copy_invoice._parse_response
            ),
        )

    async def refresh_invoice(
        self,
        resource_id: str,
        *,
        body: RefreshInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Refresh an invoice

        Reloads the chosen parts of the invoice (customer, billing entity, tax rates, ...) from
        current data and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh`

        Args:
            resource_id: Invoice ID.
            body: Which parts of the invoice to reload from current data.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("refresh_invoice", request, _refresh_invoice._parse_response),
        )

    async def refresh_invoice_e_invoices(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Refresh the e-invoices of an invoice

        Fetches the latest state of the invoice's e-invoices and returns the invoice.

        `POST /v1/invoices/{resource_id}/refresh-e-invoices`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_invoice_e_invoices._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw(
                "refresh_invoice_e_invoices", request, _refresh_invoice_e_invoices._parse_response
            ),
        )

    async def resubmit_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        body: ResubmitEInvoiceRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Resubmit an e-invoice

        Submits an e-invoice of the invoice again and returns the invoice.

        `POST /v1/invoices/{resource_id}/resubmit-e-invoice`

        Args:
            resource_id: Invoice ID.
            body: Which e-invoice to submit again, and under which mandate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _resubmit_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw(
                "resubmit_invoice_e_invoice", request, _resubmit_invoice_e_invoice._parse_response
            ),
        )

    async def download_invoice_e_invoice(
        self,
        resource_id: str,
        *,
        external_reference: str,
        file_format: EInvoiceFileFormat,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download an e-invoice

        Returns one file of an e-invoice: the document sent to the e-invoicing provider or the tax
        authority's version.

        `GET /v1/invoices/{resource_id}/download-e-invoice`

        Args:
            resource_id: Invoice ID.
            external_reference: External reference of the e-invoice.
            file_format: Which file of an e-invoice to download.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_invoice_e_invoice._get_kwargs(
            resource_id=resource_id,
            external_reference=external_reference,
            file_format=file_format,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw(
                "download_invoice_e_invoice", request, _download_invoice_e_invoice._parse_response
            ),
        )

    async def update_invoice_e_invoice_status(
        self,
        resource_id: str,
        *,
        body: UpdateEInvoiceStatusRequest,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[EInvoice]:
        """Update the status of an e-invoice

        Records a new status for one e-invoice of the invoice.

        `PATCH /v1/invoices/{resource_id}/update-e-invoice-status`

        Args:
            resource_id: Invoice ID.
            body: New status for one e-invoice.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[EInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_e_invoice_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[EInvoice]",
            await self._invoker.request_raw(
                "update_invoice_e_invoice_status", request, _update_invoice_e_invoice_status._parse_response
            ),
        )

    async def archive_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Move an invoice to the archive

        Archives the invoice.

        `POST /v1/invoices/{resource_id}/archive`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("archive_invoice", request, _archive_invoice._parse_response),
        )

    async def cancel_invoice_dunning_actions(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Stop payment retries

        Stops the automatic payment retries scheduled for the invoice.

        `POST /v1/invoices/{resource_id}/cancel-dunning-actions`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice_dunning_actions._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw(
                "cancel_invoice_dunning_actions", request, _cancel_invoice_dunning_actions._parse_response
            ),
        )

    async def pay_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Pay an invoice

        Charges the customer's stored payment method for the invoice.

        `POST /v1/invoices/{resource_id}/pay`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pay_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("pay_invoice", request, _pay_invoice._parse_response),
        )

    async def refund_invoice(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Invoice]:
        """Refund a credit invoice

        Pays out a credit invoice through the payment it credits.

        `POST /v1/invoices/{resource_id}/refund`

        Args:
            resource_id: Invoice ID.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Invoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_invoice._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Invoice]",
            await self._invoker.request_raw("refund_invoice", request, _refund_invoice._parse_response),
        )


__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
]
