"""Typed operations tagged `public_contact`.

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
    from ...models.public_contact_request import PublicContactRequest
    from ...models.public_success import PublicSuccess
    from . import send_public_contact_message as _send_public_contact_message
else:
    _send_public_contact_message = LazyModule(__name__ + ".send_public_contact_message")


class PublicContactResource:
    """Operations tagged `public_contact`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PublicContactResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PublicContactResourceWithRawResponse(self._invoker)

    def send_public_contact_message(
        self,
        *,
        body: PublicContactRequest,
    ) -> PublicSuccess:
        """Send a contact message

        Sends a message through the tenant's public contact form. No authentication.

        `POST /contact/`

        Args:
            body: Message for the tenant's public contact form (documented).

        Returns:
            PublicSuccess: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_public_contact_message._get_kwargs(
            body=body,
        )
        return cast(
            "PublicSuccess",
            self._invoker.request("send_public_contact_message", request, _send_public_contact_message._parse_response),
        )


class PublicContactResourceWithRawResponse:
    """Like `PublicContactResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def send_public_contact_message(
        self,
        *,
        body: PublicContactRequest,
    ) -> RawResponse[PublicSuccess]:
        """Send a contact message

        Sends a message through the tenant's public contact form. No authentication.

        `POST /contact/`

        Args:
            body: Message for the tenant's public contact form (documented).

        Returns:
            RawResponse[PublicSuccess]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_public_contact_message._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PublicSuccess]",
            self._invoker.request_raw(
                "send_public_contact_message", request, _send_public_contact_message._parse_response
            ),
        )


class AsyncPublicContactResource:
    """Operations tagged `public_contact`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPublicContactResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPublicContactResourceWithRawResponse(self._invoker)

    async def send_public_contact_message(
        self,
        *,
        body: PublicContactRequest,
    ) -> PublicSuccess:
        """Send a contact message

        Sends a message through the tenant's public contact form. No authentication.

        `POST /contact/`

        Args:
            body: Message for the tenant's public contact form (documented).

        Returns:
            PublicSuccess: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_public_contact_message._get_kwargs(
            body=body,
        )
        return cast(
            "PublicSuccess",
            await self._invoker.request(
                "send_public_contact_message", request, _send_public_contact_message._parse_response
            ),
        )


class AsyncPublicContactResourceWithRawResponse:
    """Like `AsyncPublicContactResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def send_public_contact_message(
        self,
        *,
        body: PublicContactRequest,
    ) -> RawResponse[PublicSuccess]:
        """Send a contact message

        Sends a message through the tenant's public contact form. No authentication.

        `POST /contact/`

        Args:
            body: Message for the tenant's public contact form (documented).

        Returns:
            RawResponse[PublicSuccess]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_public_contact_message._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PublicSuccess]",
            await self._invoker.request_raw(
                "send_public_contact_message", request, _send_public_contact_message._parse_response
            ),
        )


__all__ = [
    "AsyncPublicContactResource",
    "AsyncPublicContactResourceWithRawResponse",
    "PublicContactResource",
    "PublicContactResourceWithRawResponse",
]
