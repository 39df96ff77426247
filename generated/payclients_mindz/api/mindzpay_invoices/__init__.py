"""Typed operations tagged `mindzpay_invoices`.

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
    from ...models.mindz_error import MindzError
    from ...models.mindz_pay_invoice import MindzPayInvoice
    from ...models.mindz_pay_invoice_page import MindzPayInvoicePage
    from ...models.mindz_pay_invoice_request import MindzPayInvoiceRequest
    from ...models.patched_mindz_pay_invoice_request import PatchedMindzPayInvoiceRequest
    from . import cancel_mindz_pay_invoice as _cancel_mindz_pay_invoice
    from . import create_mindz_pay_invoice as _create_mindz_pay_invoice
    from . import get_mindz_pay_invoice as _get_mindz_pay_invoice
    from . import list_mindz_pay_invoices as _list_mindz_pay_invoices
    from . import refresh_mindz_pay_invoice as _refresh_mindz_pay_invoice
    from . import reissue_mindz_pay_invoice as _reissue_mindz_pay_invoice
    from . import update_mindz_pay_invoice as _update_mindz_pay_invoice
else:
    _list_mindz_pay_invoices = LazyModule(__name__ + ".list_mindz_pay_invoices")
    _create_mindz_pay_invoice = LazyModule(__name__ + ".create_mindz_pay_invoice")
    _get_mindz_pay_invoice = LazyModule(__name__ + ".get_mindz_pay_invoice")
    _update_mindz_pay_invoice = LazyModule(__name__ + ".update_mindz_pay_invoice")
    _refresh_mindz_pay_invoice = LazyModule(__name__ + ".refresh_mindz_pay_invoice")
    _reissue_mindz_pay_invoice = LazyModule(__name__ + ".reissue_mindz_pay_invoice")
    _cancel_mindz_pay_invoice = LazyModule(__name__ + ".cancel_mindz_pay_invoice")

_LIST_MINDZ_PAY_INVOICES_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_mindz_pay_invoices` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class MindzpayInvoicesResource:
    """Operations tagged `mindzpay_invoices`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MindzpayInvoicesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpayInvoicesResourceWithRawResponse(self._invoker)

    def list_mindz_pay_invoices(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[MindzPayInvoicePage, MindzPayInvoice]:
        """List MindzPay invoices

        Returns one page of the NF-e records of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[MindzPayInvoicePage, MindzPayInvoice]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_invoices._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_invoices",
            request,
            _list_mindz_pay_invoices._parse_response,
            _LIST_MINDZ_PAY_INVOICES_LISTING,
            max_items=max_items,
        )

    def create_mindz_pay_invoice(
        self,
        account_key: str,
        *,
        body: MindzPayInvoiceRequest,
    ) -> MindzPayInvoice:
        """Create a MindzPay invoice

        Uploads one invoice file with its NF-e id, status, payment, client and amount, and returns
        the new
        record.

        The form fields come from the n8n node's MindzPay Invoice Create page (one file only,
        hence
        multipart/form-data).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            body: Multipart form that creates an invoice record from one uploaded file. Fields
                inferred from the n8n node's MindzPay Invoice Create/Update inputs (NFe ID, Status,
                Payment ID, Client ID, Amount, one binary file); the snake_case wire names are
                proposed. Which fields the server requires is not known; `file` is required here
                because the upload is the point of the call.

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            body=body,
        )
        return cast(
            "MindzPayInvoice",
            self._invoker.request("create_mindz_pay_invoice", request, _create_mindz_pay_invoice._parse_response),
        )

    def get_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Get a MindzPay invoice

        Returns one invoice record.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            self._invoker.request("get_mindz_pay_invoice", request, _get_mindz_pay_invoice._parse_response),
        )

    def update_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
        *,
        body: PatchedMindzPayInvoiceRequest,
    ) -> MindzPayInvoice:
        """Update a MindzPay invoice

        Changes an invoice record; fields left out keep their value. The node calls this action
        Update; the
        proposal maps it to PATCH because every input is optional.

        The form fields come from the n8n node's MindzPay Invoice Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).
            body: Multipart form for changing an invoice; send only what changes (leaving `status`
                out is the node's "Não Alterar"). Fields inferred from the n8n node's MindzPay Invoice
                Create/Update inputs (NFe ID, Status, Payment ID, Client ID, Amount, one binary file);
                the snake_case wire names are proposed.

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
            body=body,
        )
        return cast(
            "MindzPayInvoice",
            self._invoker.request("update_mindz_pay_invoice", request, _update_mindz_pay_invoice._parse_response),
        )

    def refresh_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Refresh a MindzPay invoice

        Asks the platform to re-query the NF-e provider and returns the invoice with its current
        status. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            self._invoker.request("refresh_mindz_pay_invoice", request, _refresh_mindz_pay_invoice._parse_response),
        )

    def reissue_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Reissue a MindzPay invoice

        Asks the platform to issue the NF-e again (e.g. after a failure) and returns the invoice.
        No request
        body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reissue_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            self._invoker.request("reissue_mindz_pay_invoice", request, _reissue_mindz_pay_invoice._parse_response),
        )

    def cancel_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Cancel a MindzPay invoice

        Asks the platform to cancel the NF-e; the invoice moves to status 4, then 5 or 6. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            self._invoker.request("cancel_mindz_pay_invoice", request, _cancel_mindz_pay_invoice._parse_response),
        )


class MindzpayInvoicesResourceWithRawResponse:
    """Like `MindzpayInvoicesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_mindz_pay_invoices(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPayInvoicePage]:
        """List MindzPay invoices

        Returns one page of the NF-e records of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[MindzPayInvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_invoices._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPayInvoicePage]",
            self._invoker.request_raw("list_mindz_pay_invoices", request, _list_mindz_pay_invoices._parse_response),
        )

    def create_mindz_pay_invoice(
        self,
        account_key: str,
        *,
        body: MindzPayInvoiceRequest,
    ) -> RawResponse[MindzPayInvoice]:
        """Create a MindzPay invoice

        Uploads one invoice file with its NF-e id, status, payment, client and amount, and returns
        the new
        record.

        The form fields come from the n8n node's MindzPay Invoice Create page (one file only,
        hence
        multipart/form-data).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            body: Multipart form that creates an invoice record from one uploaded file. Fields
                inferred from the n8n node's MindzPay Invoice Create/Update inputs (NFe ID, Status,
                Payment ID, Client ID, Amount, one binary file); the snake_case wire names are
                proposed. Which fields the server requires is not known; `file` is required here
                because the upload is the point of the call.

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            body=body,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            self._invoker.request_raw("create_mindz_pay_invoice", request, _create_mindz_pay_invoice._parse_response),
        )

    def get_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Get a MindzPay invoice

        Returns one invoice record.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            self._invoker.request_raw("get_mindz_pay_invoice", request, _get_mindz_pay_invoice._parse_response),
        )

    def update_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
        *,
        body: PatchedMindzPayInvoiceRequest,
    ) -> RawResponse[MindzPayInvoice]:
        """Update a MindzPay invoice

        Changes an invoice record; fields left out keep their value. The node calls this action
        Update; the
        proposal maps it to PATCH because every input is optional.

        The form fields come from the n8n node's MindzPay Invoice Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).
            body: Multipart form for changing an invoice; send only what changes (leaving `status`
                out is the node's "Não Alterar"). Fields inferred from the n8n node's MindzPay Invoice
                Create/Update inputs (NFe ID, Status, Payment ID, Client ID, Amount, one binary file);
                the snake_case wire names are proposed.

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
            body=body,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            self._invoker.request_raw("update_mindz_pay_invoice", request, _update_mindz_pay_invoice._parse_response),
        )

    def refresh_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Refresh a MindzPay invoice

        Asks the platform to re-query the NF-e provider and returns the invoice with its current
        status. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            self._invoker.request_raw("refresh_mindz_pay_invoice", request, _refresh_mindz_pay_invoice._parse_response),
        )

    def reissue_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Reissue a MindzPay invoice

        Asks the platform to issue the NF-e again (e.g. after a failure) and returns the invoice.
        No request
        body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reissue_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            self._invoker.request_raw("reissue_mindz_pay_invoice", request, _reissue_mindz_pay_invoice._parse_response),
        )

    def cancel_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Cancel a MindzPay invoice

        Asks the platform to cancel the NF-e; the invoice moves to status 4, then 5 or 6. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            self._invoker.request_raw("cancel_mindz_pay_invoice", request, _cancel_mindz_pay_invoice._parse_response),
        )


class AsyncMindzpayInvoicesResource:
    """Operations tagged `mindzpay_invoices`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncMindzpayInvoicesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpayInvoicesResourceWithRawResponse(self._invoker)

    def list_mindz_pay_invoices(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MindzPayInvoicePage, MindzPayInvoice]:
        """List MindzPay invoices

        Returns one page of the NF-e records of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[MindzPayInvoicePage, MindzPayInvoice]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_invoices._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_invoices",
            request,
            _list_mindz_pay_invoices._parse_response,
            _LIST_MINDZ_PAY_INVOICES_LISTING,
            max_items=max_items,
        )

    async def create_mindz_pay_invoice(
        self,
        account_key: str,
        *,
        body: MindzPayInvoiceRequest,
    ) -> MindzPayInvoice:
        """Create a MindzPay invoice

        Uploads one invoice file with its NF-e id, status, payment, client and amount, and returns
        the new
        record.

        The form fields come from the n8n node's MindzPay Invoice Create page (one file only,
        hence
        multipart/form-data).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            body: Multipart form that creates an invoice record from one uploaded file. Fields
                inferred from the n8n node's MindzPay Invoice Create/Update inputs (NFe ID, Status,
                Payment ID, Client ID, Amount, one binary file); the snake_case wire names are
                proposed. Which fields the server requires is not known; `file` is required here
                because the upload is the point of the call.

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            body=body,
        )
        return cast(
            "MindzPayInvoice",
            await self._invoker.request("create_mindz_pay_invoice", request, _create_mindz_pay_invoice._parse_response),
        )

    async def get_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Get a MindzPay invoice

        Returns one invoice record.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            await self._invoker.request("get_mindz_pay_invoice", request, _get_mindz_pay_invoice._parse_response),
        )

    async def update_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
        *,
        body: PatchedMindzPayInvoiceRequest,
    ) -> MindzPayInvoice:
        """Update a MindzPay invoice

        Changes an invoice record; fields left out keep their value. The node calls this action
        Update; the
        proposal maps it to PATCH because every input is optional.

        The form fields come from the n8n node's MindzPay Invoice Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).
            body: Multipart form for changing an invoice; send only what changes (leaving `status`
                out is the node's "Não Alterar"). Fields inferred from the n8n node's MindzPay Invoice
                Create/Update inputs (NFe ID, Status, Payment ID, Client ID, Amount, one binary file);
                the snake_case wire names are proposed.

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
            body=body,
        )
        return cast(
            "MindzPayInvoice",
            await self._invoker.request("update_mindz_pay_invoice", request, _update_mindz_pay_invoice._parse_response),
        )

    async def refresh_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Refresh a MindzPay invoice

        Asks the platform to re-query the NF-e provider and returns the invoice with its current
        status. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            await self._invoker.request(
                "refresh_mindz_pay_invoice", request, _refresh_mindz_pay_invoice._parse_response
            ),
        )

    async def reissue_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Reissue a MindzPay invoice

        Asks the platform to issue the NF-e again (e.g. after a failure) and returns the invoice.
        No request
        body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reissue_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            await self._invoker.request(
                "reissue_mindz_pay_invoice", request, _reissue_mindz_pay_invoice._parse_response
            ),
        )

    async def cancel_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> MindzPayInvoice:
        """Cancel a MindzPay invoice

        Asks the platform to cancel the NF-e; the invoice moves to status 4, then 5 or 6. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            MindzPayInvoice: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "MindzPayInvoice",
            await self._invoker.request("cancel_mindz_pay_invoice", request, _cancel_mindz_pay_invoice._parse_response),
        )


class AsyncMindzpayInvoicesResourceWithRawResponse:
    """Like `AsyncMindzpayInvoicesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_mindz_pay_invoices(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPayInvoicePage]:
        """List MindzPay invoices

        Returns one page of the NF-e records of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[MindzPayInvoicePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_invoices._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPayInvoicePage]",
            await self._invoker.request_raw(
                "list_mindz_pay_invoices", request, _list_mindz_pay_invoices._parse_response
            ),
        )

    async def create_mindz_pay_invoice(
        self,
        account_key: str,
        *,
        body: MindzPayInvoiceRequest,
    ) -> RawResponse[MindzPayInvoice]:
        """Create a MindzPay invoice

        Uploads one invoice file with its NF-e id, status, payment, client and amount, and returns
        the new
        record.

        The form fields come from the n8n node's MindzPay Invoice Create page (one file only,
        hence
        multipart/form-data).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            body: Multipart form that creates an invoice record from one uploaded file. Fields
                inferred from the n8n node's MindzPay Invoice Create/Update inputs (NFe ID, Status,
                Payment ID, Client ID, Amount, one binary file); the snake_case wire names are
                proposed. Which fields the server requires is not known; `file` is required here
                because the upload is the point of the call.

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            body=body,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            await self._invoker.request_raw(
                "create_mindz_pay_invoice", request, _create_mindz_pay_invoice._parse_response
            ),
        )

    async def get_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Get a MindzPay invoice

        Returns one invoice record.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            await self._invoker.request_raw("get_mindz_pay_invoice", request, _get_mindz_pay_invoice._parse_response),
        )

    async def update_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
        *,
        body: PatchedMindzPayInvoiceRequest,
    ) -> RawResponse[MindzPayInvoice]:
        """Update a MindzPay invoice

        Changes an invoice record; fields left out keep their value. The node calls this action
        Update; the
        proposal maps it to PATCH because every input is optional.

        The form fields come from the n8n node's MindzPay Invoice Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).
            body: Multipart form for changing an invoice; send only what changes (leaving `status`
                out is the node's "Não Alterar"). Fields inferred from the n8n node's MindzPay Invoice
                Create/Update inputs (NFe ID, Status, Payment ID, Client ID, Amount, one binary file);
                the snake_case wire names are proposed.

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
            body=body,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            await self._invoker.request_raw(
                "update_mindz_pay_invoice", request, _update_mindz_pay_invoice._parse_response
            ),
        )

    async def refresh_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Refresh a MindzPay invoice

        Asks the platform to re-query the NF-e provider and returns the invoice with its current
        status. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            await self._invoker.request_raw(
                "refresh_mindz_pay_invoice", request, _refresh_mindz_pay_invoice._parse_response
            ),
        )

    async def reissue_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Reissue a MindzPay invoice

        Asks the platform to issue the NF-e again (e.g. after a failure) and returns the invoice.
        No request
        body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reissue_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            await self._invoker.request_raw(
                "reissue_mindz_pay_invoice", request, _reissue_mindz_pay_invoice._parse_response
            ),
        )

    async def cancel_mindz_pay_invoice(
        self,
        account_key: str,
        invoice_id: int,
    ) -> RawResponse[MindzPayInvoice]:
        """Cancel a MindzPay invoice

        Asks the platform to cancel the NF-e; the invoice moves to status 4, then 5 or 6. No
        request body.

        The inputs (account key, invoice id) come from the n8n node's MindzPay Invoice pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            invoice_id: Id of the MindzPay invoice (NF-e record).

        Returns:
            RawResponse[MindzPayInvoice]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_mindz_pay_invoice._get_kwargs(
            account_key=account_key,
            invoice_id=invoice_id,
        )
        return cast(
            "RawResponse[MindzPayInvoice]",
            await self._invoker.request_raw(
                "cancel_mindz_pay_invoice", request, _cancel_mindz_pay_invoice._parse_response
            ),
        )


__all__ = [
    "AsyncMindzpayInvoicesResource",
    "AsyncMindzpayInvoicesResourceWithRawResponse",
    "MindzpayInvoicesResource",
    "MindzpayInvoicesResourceWithRawResponse",
]
