"""Typed operations tagged `public_statements`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.mindz_error import MindzError
    from ...models.public_statement import PublicStatement
    from ...models.public_statement_page import PublicStatementPage
    from . import list_public_statements as _list_public_statements
else:
    _list_public_statements = LazyModule(__name__ + ".list_public_statements")


class PublicStatementsResource:
    """Operations tagged `public_statements`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PublicStatementsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PublicStatementsResourceWithRawResponse(self._invoker)

    def list_public_statements(
        self,
    ) -> list[PublicStatement] | PublicStatementPage:
        """List testimonials

        Returns the testimonials (depoimentos) shown on the sales site. No authentication
        (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /statements/`

        Returns:
            list[PublicStatement] | PublicStatementPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_statements._get_kwargs()
        return cast(
            "list[PublicStatement] | PublicStatementPage",
            self._invoker.request("list_public_statements", request, _list_public_statements._parse_response),
        )


class PublicStatementsResourceWithRawResponse:
    """Like `PublicStatementsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_public_statements(
        self,
    ) -> RawResponse[list[PublicStatement] | PublicStatementPage]:
        """List testimonials

        Returns the testimonials (depoimentos) shown on the sales site. No authentication
        (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /statements/`

        Returns:
            RawResponse[list[PublicStatement] | PublicStatementPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_statements._get_kwargs()
        return cast(
            "RawResponse[list[PublicStatement] | PublicStatementPage]",
            self._invoker.request_raw("list_public_statements", request, _list_public_statements._parse_response),
        )


class AsyncPublicStatementsResource:
    """Operations tagged `public_statements`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPublicStatementsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPublicStatementsResourceWithRawResponse(self._invoker)

    async def list_public_statements(
        self,
    ) -> list[PublicStatement] | PublicStatementPage:
        """List testimonials

        Returns the testimonials (depoimentos) shown on the sales site. No authentication
        (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /statements/`

        Returns:
            list[PublicStatement] | PublicStatementPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_statements._get_kwargs()
        return cast(
            "list[PublicStatement] | PublicStatementPage",
            await self._invoker.request("list_public_statements", request, _list_public_statements._parse_response),
        )


class AsyncPublicStatementsResourceWithRawResponse:
    """Like `AsyncPublicStatementsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_public_statements(
        self,
    ) -> RawResponse[list[PublicStatement] | PublicStatementPage]:
        """List testimonials

        Returns the testimonials (depoimentos) shown on the sales site. No authentication
        (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /statements/`

        Returns:
            RawResponse[list[PublicStatement] | PublicStatementPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_statements._get_kwargs()
        return cast(
            "RawResponse[list[PublicStatement] | PublicStatementPage]",
            await self._invoker.request_raw("list_public_statements", request, _list_public_statements._parse_response),
        )


__all__ = [
    "AsyncPublicStatementsResource",
    "AsyncPublicStatementsResourceWithRawResponse",
    "PublicStatementsResource",
    "PublicStatementsResourceWithRawResponse",
]
