"""Typed operations tagged `portal_urls`.

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
    from ...models.api_error import ApiError
    from ...models.create_portal_url_request import CreatePortalUrlRequest
    from ...models.portal_url import PortalUrl
    from ...models.portal_url_page import PortalUrlPage
    from ...models.update_portal_url_request import UpdatePortalUrlRequest
    from . import create_portal_url as _create_portal_url
    from . import get_portal_url as _get_portal_url
    from . import list_portal_urls as _list_portal_urls
    from . import revoke_portal_url as _revoke_portal_url
    from . import update_portal_url as _update_portal_url
else:
    _list_portal_urls = LazyModule(__name__ + ".list_portal_urls")
    _create_portal_url = LazyModule(__name__ + ".create_portal_url")
    _get_portal_url = LazyModule(__name__ + ".get_portal_url")
    _update_portal_url = LazyModule(__name__ + ".update_portal_url")
    _revoke_portal_url = LazyModule(__name__ + ".revoke_portal_url")

_LIST_PORTAL_URLS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_portal_urls` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PortalUrlsResource:
    """Operations tagged `portal_urls`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PortalUrlsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PortalUrlsResourceWithRawResponse(self._invoker)

    def list_portal_urls(
        self,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PortalUrlPage, PortalUrl]:
        """List the portal URLs.

        `GET /v1/portal-urls`

        Args:
            customer_id: Only portal URLs of this customer.
            pricing_plan_subscription_id: Only portal URLs of this pricing plan subscription.
            type_: Only portal URLs of this type.
            status: Only portal URLs with this status.
            expired: Only expired (true) or unexpired (false) portal URLs.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PortalUrlPage, PortalUrl]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_portal_urls",
            request,
            _list_portal_urls._parse_response,
            _LIST_PORTAL_URLS_LISTING,
            max_items=max_items,
        )

    def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Create a portal URL.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", self._invoker.request("create_portal_url", request, _create_portal_url._parse_response)
        )

    def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PortalUrl:
        """Get the portal URL.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("PortalUrl", self._invoker.request("get_portal_url", request, _get_portal_url._parse_response))

    def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Update the portal URL.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", self._invoker.request("update_portal_url", request, _update_portal_url._parse_response)
        )

    def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Revoke the portal URL.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", self._invoker.request("revoke_portal_url", request, _revoke_portal_url._parse_response)
        )


class PortalUrlsResourceWithRawResponse:
    """Like `PortalUrlsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_portal_urls(
        self,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrlPage]:
        """List the portal URLs.

        `GET /v1/portal-urls`

        Args:
            customer_id: Only portal URLs of this customer.
            pricing_plan_subscription_id: Only portal URLs of this pricing plan subscription.
            type_: Only portal URLs of this type.
            status: Only portal URLs with this status.
            expired: Only expired (true) or unexpired (false) portal URLs.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrlPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrlPage]",
            self._invoker.request_raw("list_portal_urls", request, _list_portal_urls._parse_response),
        )

    def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Create a portal URL.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("create_portal_url", request, _create_portal_url._parse_response),
        )

    def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Get the portal URL.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("get_portal_url", request, _get_portal_url._parse_response),
        )

    def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Update the portal URL.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("update_portal_url", request, _update_portal_url._parse_response),
        )

    def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Revoke the portal URL.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("revoke_portal_url", request, _revoke_portal_url._parse_response),
        )


class AsyncPortalUrlsResource:
    """Operations tagged `portal_urls`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPortalUrlsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPortalUrlsResourceWithRawResponse(self._invoker)

    def list_portal_urls(
        self,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PortalUrlPage, PortalUrl]:
        """List the portal URLs.

        `GET /v1/portal-urls`

        Args:
            customer_id: Only portal URLs of this customer.
            pricing_plan_subscription_id: Only portal URLs of this pricing plan subscription.
            type_: Only portal URLs of this type.
            status: Only portal URLs with this status.
            expired: Only expired (true) or unexpired (false) portal URLs.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PortalUrlPage, PortalUrl]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_portal_urls",
            request,
            _list_portal_urls._parse_response,
            _LIST_PORTAL_URLS_LISTING,
            max_items=max_items,
        )

    async def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Create a portal URL.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", await self._invoker.request("create_portal_url", request, _create_portal_url._parse_response)
        )

    async def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PortalUrl:
        """Get the portal URL.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PortalUrl", await self._invoker.request("get_portal_url", request, _get_portal_url._parse_response)
        )

    async def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Update the portal URL.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", await self._invoker.request("update_portal_url", request, _update_portal_url._parse_response)
        )

    async def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Revoke the portal URL.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", await self._invoker.request("revoke_portal_url", request, _revoke_portal_url._parse_response)
        )


class AsyncPortalUrlsResourceWithRawResponse:
    """Like `AsyncPortalUrlsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_portal_urls(
        self,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrlPage]:
        """List the portal URLs.

        `GET /v1/portal-urls`

        Args:
            customer_id: Only portal URLs of this customer.
            pricing_plan_subscription_id: Only portal URLs of this pricing plan subscription.
            type_: Only portal URLs of this type.
            status: Only portal URLs with this status.
            expired: Only expired (true) or unexpired (false) portal URLs.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrlPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrlPage]",
            await self._invoker.request_raw("list_portal_urls", request, _list_portal_urls._parse_response),
        )

    async def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Create a portal URL.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("create_portal_url", request, _create_portal_url._parse_response),
        )

    async def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Get the portal URL.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("get_portal_url", request, _get_portal_url._parse_response),
        )

    async def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Update the portal URL.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Id of the portal URL.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("update_portal_url", request, _update_portal_url._parse_response),
        )

    async def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Revoke the portal URL.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Id of the portal URL.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("revoke_portal_url", request, _revoke_portal_url._parse_response),
        )


__all__ = [
    "AsyncPortalUrlsResource",
    "AsyncPortalUrlsResourceWithRawResponse",
    "PortalUrlsResource",
    "PortalUrlsResourceWithRawResponse",
]
