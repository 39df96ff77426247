"""Typed operations tagged `public_stats`.

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
    from ...models.public_stats import PublicStats
    from . import get_public_stats as _get_public_stats
else:
    _get_public_stats = LazyModule(__name__ + ".get_public_stats")


class PublicStatsResource:
    """Operations tagged `public_stats`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PublicStatsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PublicStatsResourceWithRawResponse(self._invoker)

    def get_public_stats(
        self,
    ) -> PublicStats:
        """Get public statistics

        Returns the platform statistics shown on the sales site. No authentication (inferred from
        the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /stats/`

        Returns:
            PublicStats: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_stats._get_kwargs()
        return cast(
            "PublicStats", self._invoker.request("get_public_stats", request, _get_public_stats._parse_response)
        )


class PublicStatsResourceWithRawResponse:
    """Like `PublicStatsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_public_stats(
        self,
    ) -> RawResponse[PublicStats]:
        """Get public statistics

        Returns the platform statistics shown on the sales site. No authentication (inferred from
        the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /stats/`

        Returns:
            RawResponse[PublicStats]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_stats._get_kwargs()
        return cast(
            "RawResponse[PublicStats]",
            self._invoker.request_raw("get_public_stats", request, _get_public_stats._parse_response),
        )


class AsyncPublicStatsResource:
    """Operations tagged `public_stats`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPublicStatsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPublicStatsResourceWithRawResponse(self._invoker)

    async def get_public_stats(
        self,
    ) -> PublicStats:
        """Get public statistics

        Returns the platform statistics shown on the sales site. No authentication (inferred from
        the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /stats/`

        Returns:
            PublicStats: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_stats._get_kwargs()
        return cast(
            "PublicStats", await self._invoker.request("get_public_stats", request, _get_public_stats._parse_response)
        )


class AsyncPublicStatsResourceWithRawResponse:
    """Like `AsyncPublicStatsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_public_stats(
        self,
    ) -> RawResponse[PublicStats]:
        """Get public statistics

        Returns the platform statistics shown on the sales site. No authentication (inferred from
        the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /stats/`

        Returns:
            RawResponse[PublicStats]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_stats._get_kwargs()
        return cast(
            "RawResponse[PublicStats]",
            await self._invoker.request_raw("get_public_stats", request, _get_public_stats._parse_response),
        )


__all__ = [
    "AsyncPublicStatsResource",
    "AsyncPublicStatsResourceWithRawResponse",
    "PublicStatsResource",
    "PublicStatsResourceWithRawResponse",
]
