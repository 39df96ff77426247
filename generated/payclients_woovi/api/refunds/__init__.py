"""Typed operations tagged `refunds`.

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
    from ...models.pix_transaction_refund_response import PixTransactionRefundResponse
    from ...models.refund import Refund
    from ...models.refund_create_request import RefundCreateRequest
    from ...models.refund_page import RefundPage
    from ...models.refund_response import RefundResponse
    from ...models.woovi_error import WooviError
    from . import create_refund as _create_refund
    from . import get_refund as _get_refund
    from . import list_refunds as _list_refunds
else:
    _list_refunds = LazyModule(__name__ + ".list_refunds")
    _create_refund = LazyModule(__name__ + ".create_refund")
    _get_refund = LazyModule(__name__ + ".get_refund")

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
    def with_raw_response(self) -> RefundsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return RefundsResourceWithRawResponse(self._invoker)

    def list_refunds(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[RefundPage, Refund]:
        """List refunds

        Lists the refunds made by the company.

        `GET /api/v1/refund`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[RefundPage, Refund]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Refunds a received Pix transaction, identified by its end-to-end id, fully or partially.

        `POST /api/v1/refund`

        Args:
            body: The request body.

        Returns:
            RefundResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one refund by id or correlationID.

        `GET /api/v1/refund/{id}`

        Args:
            id: Refund id or correlationID.

        Returns:
            PixTransactionRefundResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[RefundPage]:
        """List refunds

        Lists the refunds made by the company.

        `GET /api/v1/refund`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[RefundPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Refunds a received Pix transaction, identified by its end-to-end id, fully or partially.

        `POST /api/v1/refund`

        Args:
            body: The request body.

        Returns:
            RawResponse[RefundResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one refund by id or correlationID.

        `GET /api/v1/refund/{id}`

        Args:
            id: Refund id or correlationID.

        Returns:
            RawResponse[PixTransactionRefundResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncRefundsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncRefundsResourceWithRawResponse(self._invoker)

    def list_refunds(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[RefundPage, Refund]:
        """List refunds

        Lists the refunds made by the company.

        `GET /api/v1/refund`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[RefundPage, Refund]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Refunds a received Pix transaction, identified by its end-to-end id, fully or partially.

        `POST /api/v1/refund`

        Args:
            body: The request body.

        Returns:
            RefundResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one refund by id or correlationID.

        `GET /api/v1/refund/{id}`

        Args:
            id: Refund id or correlationID.

        Returns:
            PixTransactionRefundResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[RefundPage]:
        """List refunds

        Lists the refunds made by the company.

        `GET /api/v1/refund`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[RefundPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Refunds a received Pix transaction, identified by its end-to-end id, fully or partially.

        `POST /api/v1/refund`

        Args:
            body: The request body.

        Returns:
            RawResponse[RefundResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one refund by id or correlationID.

        `GET /api/v1/refund/{id}`

        Args:
            id: Refund id or correlationID.

        Returns:
            RawResponse[PixTransactionRefundResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
