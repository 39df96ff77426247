"""Typed operations tagged `mindzpay_invoices`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.mindz_pay_invoice import MindzPayInvoice
from ...models.mindz_pay_invoice_page import MindzPayInvoicePage
from ...models.mindz_pay_invoice_request import MindzPayInvoiceRequest
from ...models.patched_mindz_pay_invoice_request import PatchedMindzPayInvoiceRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import cancel_mindz_pay_invoice as _cancel_mindz_pay_invoice
from . import create_mindz_pay_invoice as _create_mindz_pay_invoice
from . import get_mindz_pay_invoice as _get_mindz_pay_invoice
from . import list_mindz_pay_invoices as _list_mindz_pay_invoices
from . import refresh_mindz_pay_invoice as _refresh_mindz_pay_invoice
from . import reissue_mindz_pay_invoice as _reissue_mindz_pay_invoice
from . import update_mindz_pay_invoice as _update_mindz_pay_invoice

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
    def with_raw_response(self) -> "MindzpayInvoicesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpayInvoicesResourceWithRawResponse(self._invoker)

    def list_mindz_pay_invoices(
        self,
        account_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[MindzPayInvoicePage, MindzPayInvoice]":
        """List MindzPay invoices

        `GET /mindzpay/accounts/{account_key}/invoices/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /mindzpay/accounts/{account_key}/invoices/`
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

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPayInvoicePage]:
        """List MindzPay invoices

        `GET /mindzpay/accounts/{account_key}/invoices/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/`
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

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`
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
    def with_raw_response(self) -> "AsyncMindzpayInvoicesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpayInvoicesResourceWithRawResponse(self._invoker)

    def list_mindz_pay_invoices(
        self,
        account_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[MindzPayInvoicePage, MindzPayInvoice]":
        """List MindzPay invoices

        `GET /mindzpay/accounts/{account_key}/invoices/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /mindzpay/accounts/{account_key}/invoices/`
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

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPayInvoicePage]:
        """List MindzPay invoices

        `GET /mindzpay/accounts/{account_key}/invoices/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/`
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

        `GET /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `PATCH /mindzpay/accounts/{account_key}/invoices/{invoice_id}/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/`
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

        `POST /mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/`
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
