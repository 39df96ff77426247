"""Typed operations tagged `public_products`.

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
    from ...models.public_product import PublicProduct
    from ...models.public_product_page import PublicProductPage
    from . import list_public_products as _list_public_products
else:
    _list_public_products = LazyModule(__name__ + ".list_public_products")


class PublicProductsResource:
    """Operations tagged `public_products`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PublicProductsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PublicProductsResourceWithRawResponse(self._invoker)

    def list_public_products(
        self,
    ) -> list[PublicProduct] | PublicProductPage:
        """List products for the sales site

        Returns the courses, bundles and plans published on the tenant's sales site. Query
        parameters are
        not documented. No authentication (inferred from the documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /products/`

        Returns:
            list[PublicProduct] | PublicProductPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_products._get_kwargs()
        return cast(
            "list[PublicProduct] | PublicProductPage",
            self._invoker.request("list_public_products", request, _list_public_products._parse_response),
        )


class PublicProductsResourceWithRawResponse:
    """Like `PublicProductsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_public_products(
        self,
    ) -> RawResponse[list[PublicProduct] | PublicProductPage]:
        """List products for the sales site

        Returns the courses, bundles and plans published on the tenant's sales site. Query
        parameters are
        not documented. No authentication (inferred from the documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /products/`

        Returns:
            RawResponse[list[PublicProduct] | PublicProductPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_products._get_kwargs()
        return cast(
            "RawResponse[list[PublicProduct] | PublicProductPage]",
            self._invoker.request_raw("list_public_products", request, _list_public_products._parse_response),
        )


class AsyncPublicProductsResource:
    """Operations tagged `public_products`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPublicProductsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPublicProductsResourceWithRawResponse(self._invoker)

    async def list_public_products(
        self,
    ) -> list[PublicProduct] | PublicProductPage:
        """List products for the sales site

        Returns the courses, bundles and plans published on the tenant's sales site. Query
        parameters are
        not documented. No authentication (inferred from the documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /products/`

        Returns:
            list[PublicProduct] | PublicProductPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_products._get_kwargs()
        return cast(
            "list[PublicProduct] | PublicProductPage",
            await self._invoker.request("list_public_products", request, _list_public_products._parse_response),
        )


class AsyncPublicProductsResourceWithRawResponse:
    """Like `AsyncPublicProductsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_public_products(
        self,
    ) -> RawResponse[list[PublicProduct] | PublicProductPage]:
        """List products for the sales site

        Returns the courses, bundles and plans published on the tenant's sales site. Query
        parameters are
        not documented. No authentication (inferred from the documented examples).

        The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page
        does not
        show it), so this operation counts as proposed.

        `GET /products/`

        Returns:
            RawResponse[list[PublicProduct] | PublicProductPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_public_products._get_kwargs()
        return cast(
            "RawResponse[list[PublicProduct] | PublicProductPage]",
            await self._invoker.request_raw("list_public_products", request, _list_public_products._parse_response),
        )


__all__ = [
    "AsyncPublicProductsResource",
    "AsyncPublicProductsResourceWithRawResponse",
    "PublicProductsResource",
    "PublicProductsResourceWithRawResponse",
]
