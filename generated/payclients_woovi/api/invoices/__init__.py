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
    from ...models.invoice import Invoice
    from ...models.invoice_certificate_upload_request import InvoiceCertificateUploadRequest
    from ...models.invoice_create_request import InvoiceCreateRequest
    from ...models.invoice_integration_activation_request import InvoiceIntegrationActivationRequest
    from ...models.invoice_integration_create_request import InvoiceIntegrationCreateRequest
    from ...models.invoice_integration_response import InvoiceIntegrationResponse
    from ...models.invoice_integration_test_response import InvoiceIntegrationTestResponse
    from ...models.invoice_integration_update_request import InvoiceIntegrationUpdateRequest
    from ...models.invoice_page import InvoicePage
    from ...models.invoice_response import InvoiceResponse
    from ...models.success_response import SuccessResponse
    from ...models.woovi_error import WooviError
    from . import cancel_invoice as _cancel_invoice
    from . import create_invoice as _create_invoice
    from . import create_invoice_integration as _create_invoice_integration
    from . import get_invoice_integration as _get_invoice_integration
    from . import get_invoice_pdf as _get_invoice_pdf
    from . import get_invoice_xml as _get_invoice_xml
    from . import issue_invoice_integration_test as _issue_invoice_integration_test
    from . import list_invoices as _list_invoices
    from . import set_invoice_integration_active as _set_invoice_integration_active
    from . import update_invoice_integration as _update_invoice_integration
    from . import upload_invoice_integration_certificate as _upload_invoice_integration_certificate
else:
    _list_invoices = LazyModule(__name__ + ".list_invoices")
    _create_invoice = LazyModule(__name__ + ".create_invoice")
    _cancel_invoice = LazyModule(__name__ + ".cancel_invoice")
    _get_invoice_pdf = LazyModule(__name__ + ".get_invoice_pdf")
    _get_invoice_xml = LazyModule(__name__ + ".get_invoice_xml")
    _get_invoice_integration = LazyModule(__name__ + ".get_invoice_integration")
    _update_invoice_integration = LazyModule(__name__ + ".update_invoice_integration")
    _create_invoice_integration = LazyModule(__name__ + ".create_invoice_integration")
    _set_invoice_integration_active = LazyModule(__name__ + ".set_invoice_integration_active")
    _upload_invoice_integration_certificate = LazyModule(__name__ + ".upload_invoice_integration_certificate")
    _issue_invoice_integration_test = LazyModule(__name__ + ".issue_invoice_integration_test")

_LIST_INVOICES_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="invoices",
    attributes=("invoices",),
)
"""How `list_invoices` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


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
        start: str | None = None,
        end: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[InvoicePage, Invoice]:
        """List invoices

        Lists the service invoices (NFS-e) issued by the company, optionally in a billing period.
        There is no endpoint to fetch a single invoice.

        `GET /api/v1/invoice`

        Args:
            start: Start of the period, as a date (`YYYY-MM-DD`).
            end: End of the period, as a date (`YYYY-MM-DD`).
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[InvoicePage, Invoice]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_invoices", request, _list_invoices._parse_response, _LIST_INVOICES_LISTING, max_items=max_items
        )

    def create_invoice(
        self,
        *,
        body: InvoiceCreateRequest,
    ) -> InvoiceResponse:
        """Issue an invoice

        Issues a service invoice (NFS-e) through the NFe.io integration. Give either `value` (with
        `customer` or `customerId`) or `charge` (the correlationID of an existing charge, whose
        value
        and customer are used). Issuing is asynchronous: the invoice starts as PENDING. Needs the
        Invoice feature and a configured integration.

        `POST /api/v1/invoice`

        Args:
            body: Send either `value` or `charge`.

        Returns:
            InvoiceResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceResponse", self._invoker.request("create_invoice", request, _create_invoice._parse_response)
        )

    def cancel_invoice(
        self,
        correlation_id: str,
    ) -> SuccessResponse:
        """Cancel an issued invoice

        Cancels an invoice. Only CONFIRMED invoices can be canceled.

        `POST /api/v1/invoice/{correlation_id}/cancel`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            SuccessResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "SuccessResponse", self._invoker.request("cancel_invoice", request, _cancel_invoice._parse_response)
        )

    def get_invoice_pdf(
        self,
        correlation_id: str,
    ) -> File:
        """Download the invoice PDF

        Returns the PDF of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/pdf`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_pdf._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast("File", self._invoker.request("get_invoice_pdf", request, _get_invoice_pdf._parse_response))

    def get_invoice_xml(
        self,
        correlation_id: str,
    ) -> File:
        """Download the invoice XML

        Returns the XML of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/xml`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_xml._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast("File", self._invoker.request("get_invoice_xml", request, _get_invoice_xml._parse_response))

    def get_invoice_integration(
        self,
    ) -> InvoiceIntegrationResponse:
        """Get the invoice integration

        Shows the NFe.io integration of the company - status, activation and tax settings.

        `GET /api/v1/invoice/integration`

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_integration._get_kwargs()
        return cast(
            "InvoiceIntegrationResponse",
            self._invoker.request("get_invoice_integration", request, _get_invoice_integration._parse_response),
        )

    def update_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationUpdateRequest,
    ) -> InvoiceIntegrationResponse:
        """Update the invoice integration

        Replaces the tax settings of the NFe.io integration.

        `PUT /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            self._invoker.request("update_invoice_integration", request, _update_invoice_integration._parse_response),
        )

    def create_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationCreateRequest | None = None,
    ) -> InvoiceIntegrationResponse:
        """Create the invoice integration

        Creates the NFe.io integration of the company with its municipal tax settings. It starts
        in CONFIGURING.

        `POST /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            self._invoker.request("create_invoice_integration", request, _create_invoice_integration._parse_response),
        )

    def set_invoice_integration_active(
        self,
        *,
        body: InvoiceIntegrationActivationRequest,
    ) -> InvoiceIntegrationResponse:
        """Turn the invoice integration on or off

        Activates or deactivates the integration. Activation needs a CONFIGURED integration.

        `PATCH /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_invoice_integration_active._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            self._invoker.request(
                "set_invoice_integration_active", request, _set_invoice_integration_active._parse_response
            ),
        )

    def upload_invoice_integration_certificate(
        self,
        *,
        body: InvoiceCertificateUploadRequest,
    ) -> InvoiceIntegrationResponse:
        """Upload the A1 certificate

        Uploads the company's A1 digital certificate (PKCS#12, base64) used by NFe.io to sign
        invoices.

        `POST /api/v1/invoice/integration/certificate`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upload_invoice_integration_certificate._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            self._invoker.request(
                "upload_invoice_integration_certificate",
                request,
                _upload_invoice_integration_certificate._parse_response,
            ),
        )

    def issue_invoice_integration_test(
        self,
    ) -> InvoiceIntegrationTestResponse:
        """Issue a test invoice

        Sends a test invoice to NFe.io. The integration goes to VALIDATING, then to CONFIGURED
        when NFe.io accepts the test; a configured integration cannot do this again.

        `POST /api/v1/invoice/integration/test`

        Returns:
            InvoiceIntegrationTestResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _issue_invoice_integration_test._get_kwargs()
        return cast(
            "InvoiceIntegrationTestResponse",
            self._invoker.request(
                "issue_invoice_integration_test", request, _issue_invoice_integration_test._parse_response
            ),
        )


class InvoicesResourceWithRawResponse:
    """Like `InvoicesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_invoices(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[InvoicePage]:
        """List invoices

        Lists the service invoices (NFS-e) issued by the company, optionally in a billing period.
        There is no endpoint to fetch a single invoice.

        `GET /api/v1/invoice`

        Args:
            start: Start of the period, as a date (`YYYY-MM-DD`).
            end: End of the period, as a date (`YYYY-MM-DD`).
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[InvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[InvoicePage]",
            self._invoker.request_raw("list_invoices", request, _list_invoices._parse_response),
        )

    def create_invoice(
        self,
        *,
        body: InvoiceCreateRequest,
    ) -> RawResponse[InvoiceResponse]:
        """Issue an invoice

        Issues a service invoice (NFS-e) through the NFe.io integration. Give either `value` (with
        `customer` or `customerId`) or `charge` (the correlationID of an existing charge, whose
        value
        and customer are used). Issuing is asynchronous: the invoice starts as PENDING. Needs the
        Invoice feature and a configured integration.

        `POST /api/v1/invoice`

        Args:
            body: Send either `value` or `charge`.

        Returns:
            RawResponse[InvoiceResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceResponse]",
            self._invoker.request_raw("create_invoice", request, _create_invoice._parse_response),
        )

    def cancel_invoice(
        self,
        correlation_id: str,
    ) -> RawResponse[SuccessResponse]:
        """Cancel an issued invoice

        Cancels an invoice. Only CONFIRMED invoices can be canceled.

        `POST /api/v1/invoice/{correlation_id}/cancel`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            RawResponse[SuccessResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[SuccessResponse]",
            self._invoker.request_raw("cancel_invoice", request, _cancel_invoice._parse_response),
        )

    def get_invoice_pdf(
        self,
        correlation_id: str,
    ) -> RawResponse[File]:
        """Download the invoice PDF

        Returns the PDF of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/pdf`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_pdf._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[File]", self._invoker.request_raw("get_invoice_pdf", request, _get_invoice_pdf._parse_response)
        )

    def get_invoice_xml(
        self,
        correlation_id: str,
    ) -> RawResponse[File]:
        """Download the invoice XML

        Returns the XML of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/xml`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_xml._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[File]", self._invoker.request_raw("get_invoice_xml", request, _get_invoice_xml._parse_response)
        )

    def get_invoice_integration(
        self,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Get the invoice integration

        Shows the NFe.io integration of the company - status, activation and tax settings.

        `GET /api/v1/invoice/integration`

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_integration._get_kwargs()
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            self._invoker.request_raw("get_invoice_integration", request, _get_invoice_integration._parse_response),
        )

    def update_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationUpdateRequest,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Update the invoice integration

        Replaces the tax settings of the NFe.io integration.

        `PUT /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            self._invoker.request_raw(
                "update_invoice_integration", request, _update_invoice_integration._parse_response
            ),
        )

    def create_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationCreateRequest | None = None,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Create the invoice integration

        Creates the NFe.io integration of the company with its municipal tax settings. It starts
        in CONFIGURING.

        `POST /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            self._invoker.request_raw(
                "create_invoice_integration", request, _create_invoice_integration._parse_response
            ),
        )

    def set_invoice_integration_active(
        self,
        *,
        body: InvoiceIntegrationActivationRequest,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Turn the invoice integration on or off

        Activates or deactivates the integration. Activation needs a CONFIGURED integration.

        `PATCH /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_invoice_integration_active._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            self._invoker.request_raw(
                "set_invoice_integration_active", request, _set_invoice_integration_active._parse_response
            ),
        )

    def upload_invoice_integration_certificate(
        self,
        *,
        body: InvoiceCertificateUploadRequest,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Upload the A1 certificate

        Uploads the company's A1 digital certificate (PKCS#12, base64) used by NFe.io to sign
        invoices.

        `POST /api/v1/invoice/integration/certificate`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upload_invoice_integration_certificate._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            self._invoker.request_raw(
                "upload_invoice_integration_certificate",
                request,
                _upload_invoice_integration_certificate._parse_response,
            ),
        )

    def issue_invoice_integration_test(
        self,
    ) -> RawResponse[InvoiceIntegrationTestResponse]:
        """Issue a test invoice

        Sends a test invoice to NFe.io. The integration goes to VALIDATING, then to CONFIGURED
        when NFe.io accepts the test; a configured integration cannot do this again.

        `POST /api/v1/invoice/integration/test`

        Returns:
            RawResponse[InvoiceIntegrationTestResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _issue_invoice_integration_test._get_kwargs()
        return cast(
            "RawResponse[InvoiceIntegrationTestResponse]",
            self._invoker.request_raw(
                "issue_invoice_integration_test", request, _issue_invoice_integration_test._parse_response
            ),
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
        start: str | None = None,
        end: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InvoicePage, Invoice]:
        """List invoices

        Lists the service invoices (NFS-e) issued by the company, optionally in a billing period.
        There is no endpoint to fetch a single invoice.

        `GET /api/v1/invoice`

        Args:
            start: Start of the period, as a date (`YYYY-MM-DD`).
            end: End of the period, as a date (`YYYY-MM-DD`).
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[InvoicePage, Invoice]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_invoices", request, _list_invoices._parse_response, _LIST_INVOICES_LISTING, max_items=max_items
        )

    async def create_invoice(
        self,
        *,
        body: InvoiceCreateRequest,
    ) -> InvoiceResponse:
        """Issue an invoice

        Issues a service invoice (NFS-e) through the NFe.io integration. Give either `value` (with
        `customer` or `customerId`) or `charge` (the correlationID of an existing charge, whose
        value
        and customer are used). Issuing is asynchronous: the invoice starts as PENDING. Needs the
        Invoice feature and a configured integration.

        `POST /api/v1/invoice`

        Args:
            body: Send either `value` or `charge`.

        Returns:
            InvoiceResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceResponse", await self._invoker.request("create_invoice", request, _create_invoice._parse_response)
        )

    async def cancel_invoice(
        self,
        correlation_id: str,
    ) -> SuccessResponse:
        """Cancel an issued invoice

        Cancels an invoice. Only CONFIRMED invoices can be canceled.

        `POST /api/v1/invoice/{correlation_id}/cancel`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            SuccessResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "SuccessResponse", await self._invoker.request("cancel_invoice", request, _cancel_invoice._parse_response)
        )

    async def get_invoice_pdf(
        self,
        correlation_id: str,
    ) -> File:
        """Download the invoice PDF

        Returns the PDF of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/pdf`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_pdf._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast("File", await self._invoker.request("get_invoice_pdf", request, _get_invoice_pdf._parse_response))

    async def get_invoice_xml(
        self,
        correlation_id: str,
    ) -> File:
        """Download the invoice XML

        Returns the XML of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/xml`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_xml._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast("File", await self._invoker.request("get_invoice_xml", request, _get_invoice_xml._parse_response))

    async def get_invoice_integration(
        self,
    ) -> InvoiceIntegrationResponse:
        """Get the invoice integration

        Shows the NFe.io integration of the company - status, activation and tax settings.

        `GET /api/v1/invoice/integration`

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_integration._get_kwargs()
        return cast(
            "InvoiceIntegrationResponse",
            await self._invoker.request("get_invoice_integration", request, _get_invoice_integration._parse_response),
        )

    async def update_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationUpdateRequest,
    ) -> InvoiceIntegrationResponse:
        """Update the invoice integration

        Replaces the tax settings of the NFe.io integration.

        `PUT /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            await self._invoker.request(
                "update_invoice_integration", request, _update_invoice_integration._parse_response
            ),
        )

    async def create_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationCreateRequest | None = None,
    ) -> InvoiceIntegrationResponse:
        """Create the invoice integration

        Creates the NFe.io integration of the company with its municipal tax settings. It starts
        in CONFIGURING.

        `POST /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            await self._invoker.request(
                "create_invoice_integration", request, _create_invoice_integration._parse_response
            ),
        )

    async def set_invoice_integration_active(
        self,
        *,
        body: InvoiceIntegrationActivationRequest,
    ) -> InvoiceIntegrationResponse:
        """Turn the invoice integration on or off

        Activates or deactivates the integration. Activation needs a CONFIGURED integration.

        `PATCH /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_invoice_integration_active._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            await self._invoker.request(
                "set_invoice_integration_active", request, _set_invoice_integration_active._parse_response
            ),
        )

    async def upload_invoice_integration_certificate(
        self,
        *,
        body: InvoiceCertificateUploadRequest,
    ) -> InvoiceIntegrationResponse:
        """Upload the A1 certificate

        Uploads the company's A1 digital certificate (PKCS#12, base64) used by NFe.io to sign
        invoices.

        `POST /api/v1/invoice/integration/certificate`

        Args:
            body: The request body.

        Returns:
            InvoiceIntegrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upload_invoice_integration_certificate._get_kwargs(
            body=body,
        )
        return cast(
            "InvoiceIntegrationResponse",
            await self._invoker.request(
                "upload_invoice_integration_certificate",
                request,
                _upload_invoice_integration_certificate._parse_response,
            ),
        )

    async def issue_invoice_integration_test(
        self,
    ) -> InvoiceIntegrationTestResponse:
        """Issue a test invoice

        Sends a test invoice to NFe.io. The integration goes to VALIDATING, then to CONFIGURED
        when NFe.io accepts the test; a configured integration cannot do this again.

        `POST /api/v1/invoice/integration/test`

        Returns:
            InvoiceIntegrationTestResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _issue_invoice_integration_test._get_kwargs()
        return cast(
            "InvoiceIntegrationTestResponse",
            await self._invoker.request(
                "issue_invoice_integration_test", request, _issue_invoice_integration_test._parse_response
            ),
        )


class AsyncInvoicesResourceWithRawResponse:
    """Like `AsyncInvoicesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_invoices(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[InvoicePage]:
        """List invoices

        Lists the service invoices (NFS-e) issued by the company, optionally in a billing period.
        There is no endpoint to fetch a single invoice.

        `GET /api/v1/invoice`

        Args:
            start: Start of the period, as a date (`YYYY-MM-DD`).
            end: End of the period, as a date (`YYYY-MM-DD`).
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[InvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_invoices._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[InvoicePage]",
            await self._invoker.request_raw("list_invoices", request, _list_invoices._parse_response),
        )

    async def create_invoice(
        self,
        *,
        body: InvoiceCreateRequest,
    ) -> RawResponse[InvoiceResponse]:
        """Issue an invoice

        Issues a service invoice (NFS-e) through the NFe.io integration. Give either `value` (with
        `customer` or `customerId`) or `charge` (the correlationID of an existing charge, whose
        value
        and customer are used). Issuing is asynchronous: the invoice starts as PENDING. Needs the
        Invoice feature and a configured integration.

        `POST /api/v1/invoice`

        Args:
            body: Send either `value` or `charge`.

        Returns:
            RawResponse[InvoiceResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceResponse]",
            await self._invoker.request_raw("create_invoice", request, _create_invoice._parse_response),
        )

    async def cancel_invoice(
        self,
        correlation_id: str,
    ) -> RawResponse[SuccessResponse]:
        """Cancel an issued invoice

        Cancels an invoice. Only CONFIRMED invoices can be canceled.

        `POST /api/v1/invoice/{correlation_id}/cancel`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            RawResponse[SuccessResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_invoice._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[SuccessResponse]",
            await self._invoker.request_raw("cancel_invoice", request, _cancel_invoice._parse_response),
        )

    async def get_invoice_pdf(
        self,
        correlation_id: str,
    ) -> RawResponse[File]:
        """Download the invoice PDF

        Returns the PDF of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/pdf`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_pdf._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw("get_invoice_pdf", request, _get_invoice_pdf._parse_response),
        )

    async def get_invoice_xml(
        self,
        correlation_id: str,
    ) -> RawResponse[File]:
        """Download the invoice XML

        Returns the XML of a CONFIRMED invoice.

        `GET /api/v1/invoice/{correlation_id}/xml`

        Args:
            correlation_id: correlationID given when the invoice was issued.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_xml._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw("get_invoice_xml", request, _get_invoice_xml._parse_response),
        )

    async def get_invoice_integration(
        self,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Get the invoice integration

        Shows the NFe.io integration of the company - status, activation and tax settings.

        `GET /api/v1/invoice/integration`

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_invoice_integration._get_kwargs()
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            await self._invoker.request_raw(
                "get_invoice_integration", request, _get_invoice_integration._parse_response
            ),
        )

    async def update_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationUpdateRequest,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Update the invoice integration

        Replaces the tax settings of the NFe.io integration.

        `PUT /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            await self._invoker.request_raw(
                "update_invoice_integration", request, _update_invoice_integration._parse_response
            ),
        )

    async def create_invoice_integration(
        self,
        *,
        body: InvoiceIntegrationCreateRequest | None = None,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Create the invoice integration

        Creates the NFe.io integration of the company with its municipal tax settings. It starts
        in CONFIGURING.

        `POST /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_invoice_integration._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            await self._invoker.request_raw(
                "create_invoice_integration", request, _create_invoice_integration._parse_response
            ),
        )

    async def set_invoice_integration_active(
        self,
        *,
        body: InvoiceIntegrationActivationRequest,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Turn the invoice integration on or off

        Activates or deactivates the integration. Activation needs a CONFIGURED integration.

        `PATCH /api/v1/invoice/integration`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_invoice_integration_active._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            await self._invoker.request_raw(
                "set_invoice_integration_active", request, _set_invoice_integration_active._parse_response
            ),
        )

    async def upload_invoice_integration_certificate(
        self,
        *,
        body: InvoiceCertificateUploadRequest,
    ) -> RawResponse[InvoiceIntegrationResponse]:
        """Upload the A1 certificate

        Uploads the company's A1 digital certificate (PKCS#12, base64) used by NFe.io to sign
        invoices.

        `POST /api/v1/invoice/integration/certificate`

        Args:
            body: The request body.

        Returns:
            RawResponse[InvoiceIntegrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upload_invoice_integration_certificate._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[InvoiceIntegrationResponse]",
            await self._invoker.request_raw(
                "upload_invoice_integration_certificate",
                request,
                _upload_invoice_integration_certificate._parse_response,
            ),
        )

    async def issue_invoice_integration_test(
        self,
    ) -> RawResponse[InvoiceIntegrationTestResponse]:
        """Issue a test invoice

        Sends a test invoice to NFe.io. The integration goes to VALIDATING, then to CONFIGURED
        when NFe.io accepts the test; a configured integration cannot do this again.

        `POST /api/v1/invoice/integration/test`

        Returns:
            RawResponse[InvoiceIntegrationTestResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _issue_invoice_integration_test._get_kwargs()
        return cast(
            "RawResponse[InvoiceIntegrationTestResponse]",
            await self._invoker.request_raw(
                "issue_invoice_integration_test", request, _issue_invoice_integration_test._parse_response
            ),
        )


__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
]
