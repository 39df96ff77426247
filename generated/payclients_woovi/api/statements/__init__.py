"""Typed operations tagged `statements`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.statement_entry import StatementEntry
    from ...models.woovi_error import WooviError
    from . import get_statement as _get_statement
else:
    _get_statement = LazyModule(__name__ + ".get_statement")

_GET_STATEMENT_LISTING = Listing(
    style="skip_limit_array",
    rules={"limit": "limit", "offset": "skip"},
    items=".",
    attributes=(),
)
"""How `get_statement` pages (the spec's `x-payclients-pagination`: style `skip_limit_array`)."""


class StatementsResource:
    """Operations tagged `statements`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> StatementsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return StatementsResourceWithRawResponse(self._invoker)

    def get_statement(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[list[StatementEntry], StatementEntry]:
        """Get the account statement

        Returns ledger entries of the company account. The body is a bare array, without pageInfo.

        `GET /api/v1/statement`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[list[StatementEntry], StatementEntry]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_statement._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "get_statement", request, _get_statement._parse_response, _GET_STATEMENT_LISTING, max_items=max_items
        )


class StatementsResourceWithRawResponse:
    """Like `StatementsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_statement(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[StatementEntry]]:
        """Get the account statement

        Returns ledger entries of the company account. The body is a bare array, without pageInfo.

        `GET /api/v1/statement`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[list[StatementEntry]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_statement._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[list[StatementEntry]]",
            self._invoker.request_raw("get_statement", request, _get_statement._parse_response),
        )


class AsyncStatementsResource:
    """Operations tagged `statements`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncStatementsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncStatementsResourceWithRawResponse(self._invoker)

    def get_statement(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[list[StatementEntry], StatementEntry]:
        """Get the account statement

        Returns ledger entries of the company account. The body is a bare array, without pageInfo.

        `GET /api/v1/statement`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[list[StatementEntry], StatementEntry]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_statement._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "get_statement", request, _get_statement._parse_response, _GET_STATEMENT_LISTING, max_items=max_items
        )


class AsyncStatementsResourceWithRawResponse:
    """Like `AsyncStatementsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_statement(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[StatementEntry]]:
        """Get the account statement

        Returns ledger entries of the company account. The body is a bare array, without pageInfo.

        `GET /api/v1/statement`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[list[StatementEntry]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_statement._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[list[StatementEntry]]",
            await self._invoker.request_raw("get_statement", request, _get_statement._parse_response),
        )


__all__ = [
    "AsyncStatementsResource",
    "AsyncStatementsResourceWithRawResponse",
    "StatementsResource",
    "StatementsResourceWithRawResponse",
]
