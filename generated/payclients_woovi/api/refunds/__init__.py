"""Typed operations tagged `refunds`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.pix_transaction_refund_response import PixTransactionRefundResponse
from ...models.refund import Refund
from ...models.refund_create_request import RefundCreateRequest
from ...models.refund_page import RefundPage
from ...models.refund_response import RefundResponse
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_refund as _create_refund
from . import get_refund as _get_refund
from . import list_refunds as _list_refunds

_LIST_REFUNDS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="refunds",
    attributes=("refunds",),
)
"""How `list_refunds` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class RefundsResource:
    """Operations tagged `refunds`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "RefundsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return RefundsResourceWithRawResponse(self._invoker)

    def list_refunds(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[RefundPage, Refund]":
        """List refunds

        `GET /api/v1/refund`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_refunds._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_refunds", request, _list_refunds._parse_response, _LIST_REFUNDS_LISTING, max_items=max_items
        )

    def create_refund(
        self,
        *,
        body: RefundCreateRequest,
    ) -> RefundResponse:
        """Refund a transaction

        `POST /api/v1/refund`
        """
        request = _create_refund._get_kwargs(
            body=body,
        )
        return cast("RefundResponse", self._invoker.request("create_refund", request, _create_refund._parse_response))

    def get_refund(
        self,
        id: str,
    ) -> PixTransactionRefundResponse:
        """Get a refund

        `GET /api/v1/refund/{id}`
        """
        request = _get_refund._get_kwargs(
            id=id,
        )
        return cast(
            "PixTransactionRefundResponse", self._invoker.request("get_refund", request, _get_refund._parse_response)
        )


class RefundsResourceWithRawResponse:
    """Like `RefundsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_refunds(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[RefundPage]:
        """List refunds

        `GET /api/v1/refund`
        """
        request = _list_refunds._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[RefundPage]", self._invoker.request_raw("list_refunds", request, _list_refunds._parse_response)
        )

    def create_refund(
        self,
        *,
        body: RefundCreateRequest,
    ) -> RawResponse[RefundResponse]:
        """Refund a transaction

        `POST /api/v1/refund`
        """
        request = _create_refund._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[RefundResponse]",
            self._invoker.request_raw("create_refund", request, _create_refund._parse_response),
        )

    def get_refund(
        self,
        id: str,
    ) -> RawResponse[PixTransactionRefundResponse]:
        """Get a refund

        `GET /api/v1/refund/{id}`
        """
        request = _get_refund._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[PixTransactionRefundResponse]",
            self._invoker.request_raw("get_refund", request, _get_refund._parse_response),
        )


class AsyncRefundsResource:
    """Operations tagged `refunds`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncRefundsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncRefundsResourceWithRawResponse(self._invoker)

    def list_refunds(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[RefundPage, Refund]":
        """List refunds

        `GET /api/v1/refund`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_refunds._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_refunds", request, _list_refunds._parse_response, _LIST_REFUNDS_LISTING, max_items=max_items
        )

    async def create_refund(
        self,
        *,
        body: RefundCreateRequest,
    ) -> RefundResponse:
        """Refund a transaction

        `POST /api/v1/refund`
        """
        request = _create_refund._get_kwargs(
            body=body,
        )
        return cast(
            "RefundResponse", await self._invoker.request("create_refund", request, _create_refund._parse_response)
        )

    async def get_refund(
        self,
        id: str,
    ) -> PixTransactionRefundResponse:
        """Get a refund

        `GET /api/v1/refund/{id}`
        """
        request = _get_refund._get_kwargs(
            id=id,
        )
        return cast(
            "PixTransactionRefundResponse",
            await self._invoker.request("get_refund", request, _get_refund._parse_response),
        )


class AsyncRefundsResourceWithRawResponse:
    """Like `AsyncRefundsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_refunds(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[RefundPage]:
        """List refunds

        `GET /api/v1/refund`
        """
        request = _list_refunds._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[RefundPage]",
            await self._invoker.request_raw("list_refunds", request, _list_refunds._parse_response),
        )

    async def create_refund(
        self,
        *,
        body: RefundCreateRequest,
    ) -> RawResponse[RefundResponse]:
        """Refund a transaction

        `POST /api/v1/refund`
        """
        request = _create_refund._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[RefundResponse]",
            await self._invoker.request_raw("create_refund", request, _create_refund._parse_response),
        )

    async def get_refund(
        self,
        id: str,
    ) -> RawResponse[PixTransactionRefundResponse]:
        """Get a refund

        `GET /api/v1/refund/{id}`
        """
        request = _get_refund._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[PixTransactionRefundResponse]",
            await self._invoker.request_raw("get_refund", request, _get_refund._parse_response),
        )


__all__ = [
    "AsyncRefundsResource",
    "AsyncRefundsResourceWithRawResponse",
    "RefundsResource",
    "RefundsResourceWithRawResponse",
]
