"""Typed operations tagged `public_site_identity`.

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
    from ...models.public_site_identity import PublicSiteIdentity
    from . import get_public_site_identity as _get_public_site_identity
else:
    _get_public_site_identity = LazyModule(__name__ + ".get_public_site_identity")


class PublicSiteIdentityResource:
    """Operations tagged `public_site_identity`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PublicSiteIdentityResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PublicSiteIdentityResourceWithRawResponse(self._invoker)

    def get_public_site_identity(
        self,
    ) -> PublicSiteIdentity:
        """Get the sales-site identity

        Returns the identity data of the tenant's sales site. No authentication (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /site-identity/`

        Returns:
            PublicSiteIdentity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_site_identity._get_kwargs()
        return cast(
            "PublicSiteIdentity",
            self._invoker.request("get_public_site_identity", request, _get_public_site_identity._parse_response),
        )


class PublicSiteIdentityResourceWithRawResponse:
    """Like `PublicSiteIdentityResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_public_site_identity(
        self,
    ) -> RawResponse[PublicSiteIdentity]:
        """Get the sales-site identity

        Returns the identity data of the tenant's sales site. No authentication (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /site-identity/`

        Returns:
            RawResponse[PublicSiteIdentity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_site_identity._get_kwargs()
        return cast(
            "RawResponse[PublicSiteIdentity]",
            self._invoker.request_raw("get_public_site_identity", request, _get_public_site_identity._parse_response),
        )


class AsyncPublicSiteIdentityResource:
    """Operations tagged `public_site_identity`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPublicSiteIdentityResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPublicSiteIdentityResourceWithRawResponse(self._invoker)

    async def get_public_site_identity(
        self,
    ) -> PublicSiteIdentity:
        """Get the sales-site identity

        Returns the identity data of the tenant's sales site. No authentication (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /site-identity/`

        Returns:
            PublicSiteIdentity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_site_identity._get_kwargs()
        return cast(
            "PublicSiteIdentity",
            await self._invoker.request("get_public_site_identity", request, _get_public_site_identity._parse_response),
        )


class AsyncPublicSiteIdentityResourceWithRawResponse:
    """Like `AsyncPublicSiteIdentityResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_public_site_identity(
        self,
    ) -> RawResponse[PublicSiteIdentity]:
        """Get the sales-site identity

        Returns the identity data of the tenant's sales site. No authentication (inferred from the
        documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /site-identity/`

        Returns:
            RawResponse[PublicSiteIdentity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_public_site_identity._get_kwargs()
        return cast(
            "RawResponse[PublicSiteIdentity]",
            await self._invoker.request_raw(
                "get_public_site_identity", request, _get_public_site_identity._parse_response
            ),
        )


__all__ = [
    "AsyncPublicSiteIdentityResource",
    "AsyncPublicSiteIdentityResourceWithRawResponse",
    "PublicSiteIdentityResource",
    "PublicSiteIdentityResourceWithRawResponse",
]
