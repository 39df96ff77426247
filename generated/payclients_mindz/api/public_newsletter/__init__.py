"""Typed operations tagged `public_newsletter`.

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
    from ...models.public_newsletter_request import PublicNewsletterRequest
    from ...models.public_success import PublicSuccess
    from . import subscribe_public_newsletter as _subscribe_public_newsletter
else:
    _subscribe_public_newsletter = LazyModule(__name__ + ".subscribe_public_newsletter")


class PublicNewsletterResource:
    """Operations tagged `public_newsletter`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PublicNewsletterResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PublicNewsletterResourceWithRawResponse(self._invoker)

    def subscribe_public_newsletter(
        self,
        *,
        body: PublicNewsletterRequest,
    ) -> PublicSuccess:
        """Subscribe to the newsletter

        Adds an e-mail address to the tenant's newsletter or to the e-mail list named by
        `email_list_code`. No authentication.

        `POST /newsletter/`

        Args:
            body: Newsletter sign-up (documented).

        Returns:
            PublicSuccess: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _subscribe_public_newsletter._get_kwargs(
            body=body,
        )
        return cast(
            "PublicSuccess",
            self._invoker.request("subscribe_public_newsletter", request, _subscribe_public_newsletter._parse_response),
        )


class PublicNewsletterResourceWithRawResponse:
    """Like `PublicNewsletterResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def subscribe_public_newsletter(
        self,
        *,
        body: PublicNewsletterRequest,
    ) -> RawResponse[PublicSuccess]:
        """Subscribe to the newsletter

        Adds an e-mail address to the tenant's newsletter or to the e-mail list named by
        `email_list_code`. No authentication.

        `POST /newsletter/`

        Args:
            body: Newsletter sign-up (documented).

        Returns:
            RawResponse[PublicSuccess]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _subscribe_public_newsletter._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PublicSuccess]",
            self._invoker.request_raw(
                "subscribe_public_newsletter", request, _subscribe_public_newsletter._parse_response
            ),
        )


class AsyncPublicNewsletterResource:
    """Operations tagged `public_newsletter`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPublicNewsletterResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPublicNewsletterResourceWithRawResponse(self._invoker)

    async def subscribe_public_newsletter(
        self,
        *,
        body: PublicNewsletterRequest,
    ) -> PublicSuccess:
        """Subscribe to the newsletter

        Adds an e-mail address to the tenant's newsletter or to the e-mail list named by
        `email_list_code`. No authentication.

        `POST /newsletter/`

        Args:
            body: Newsletter sign-up (documented).

        Returns:
            PublicSuccess: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _subscribe_public_newsletter._get_kwargs(
            body=body,
        )
        return cast(
            "PublicSuccess",
            await self._invoker.request(
                "subscribe_public_newsletter", request, _subscribe_public_newsletter._parse_response
            ),
        )


class AsyncPublicNewsletterResourceWithRawResponse:
    """Like `AsyncPublicNewsletterResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def subscribe_public_newsletter(
        self,
        *,
        body: PublicNewsletterRequest,
    ) -> RawResponse[PublicSuccess]:
        """Subscribe to the newsletter

        Adds an e-mail address to the tenant's newsletter or to the e-mail list named by
        `email_list_code`. No authentication.

        `POST /newsletter/`

        Args:
            body: Newsletter sign-up (documented).

        Returns:
            RawResponse[PublicSuccess]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _subscribe_public_newsletter._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PublicSuccess]",
            await self._invoker.request_raw(
                "subscribe_public_newsletter", request, _subscribe_public_newsletter._parse_response
            ),
        )


__all__ = [
    "AsyncPublicNewsletterResource",
    "AsyncPublicNewsletterResourceWithRawResponse",
    "PublicNewsletterResource",
    "PublicNewsletterResourceWithRawResponse",
]
