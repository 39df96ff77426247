"""Typed operations tagged `statements`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

import datetime
from typing import Any, cast

from ...models.statement_entry import StatementEntry
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import get_statement as _get_statement


class StatementsResource:
    """Operations tagged `statements`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "StatementsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return StatementsResourceWithRawResponse(self._invoker)

    def get_statement(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> list[StatementEntry]:
        """Get the account statement

        Returns ledger entries of the company account. The body is a bare array, without pageInfo.

        `GET /api/v1/statement`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            list[StatementEntry]: the parsed body of the success answer.

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
            "list[StatementEntry]", self._invoker.request("get_statement", request, _get_statement._parse_response)
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
    def with_raw_response(self) -> "AsyncStatementsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncStatementsResourceWithRawResponse(self._invoker)

    async def get_statement(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> list[StatementEntry]:
        """Get the account statement

        Returns ledger entries of the company account. The body is a bare array, without pageInfo.

        `GET /api/v1/statement`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            list[StatementEntry]: the parsed body of the success answer.

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
            "list[StatementEntry]",
            await self._invoker.request("get_statement", request, _get_statement._parse_response),
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
