"""Typed operations tagged `usage_limits`.

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
    from ...models.create_usage_limit_request import CreateUsageLimitRequest
    from ...models.set_usage_limit_status_request import SetUsageLimitStatusRequest
    from ...models.update_usage_limit_request import UpdateUsageLimitRequest
    from ...models.usage_limit import UsageLimit
    from ...models.usage_limit_page import UsageLimitPage
    from ...models.usage_limit_status_response import UsageLimitStatusResponse
    from . import create_usage_limit as _create_usage_limit
    from . import delete_usage_limit as _delete_usage_limit
    from . import get_usage_limit as _get_usage_limit
    from . import get_usage_limits_status as _get_usage_limits_status
    from . import list_usage_limits as _list_usage_limits
    from . import set_usage_limit_status as _set_usage_limit_status
    from . import update_usage_limit as _update_usage_limit
else:
    _list_usage_limits = LazyModule(__name__ + ".list_usage_limits")
    _create_usage_limit = LazyModule(__name__ + ".create_usage_limit")
    _get_usage_limits_status = LazyModule(__name__ + ".get_usage_limits_status")
    _get_usage_limit = LazyModule(__name__ + ".get_usage_limit")
    _delete_usage_limit = LazyModule(__name__ + ".delete_usage_limit")
    _update_usage_limit = LazyModule(__name__ + ".update_usage_limit")
    _set_usage_limit_status = LazyModule(__name__ + ".set_usage_limit_status")

_LIST_USAGE_LIMITS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_usage_limits` pages (the spec's `x-payclients-pagination`: style `page`)."""


class UsageLimitsResource:
    """Operations tagged `usage_limits`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> UsageLimitsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return UsageLimitsResourceWithRawResponse(self._invoker)

    def list_usage_limits(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[UsageLimitPage, UsageLimit]:
        """List the usage limits.

        `GET /v1/usage-limits`

        Args:
            customer_id: Only usage limits of this customer.
            page: Page number, from 1.
            limit: Page size.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[UsageLimitPage, UsageLimit]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_usage_limits",
            request,
            _list_usage_limits._parse_response,
            _LIST_USAGE_LIMITS_LISTING,
            max_items=max_items,
        )

    def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Create an usage limit.

        `POST /v1/usage-limits`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit", self._invoker.request("create_usage_limit", request, _create_usage_limit._parse_response)
        )

    def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | None = None,
        x_platform_id: str | None = None,
    ) -> UsageLimitStatusResponse:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`

        Args:
            customer_id: Only usage limits of this customer.
            include_children: Include the status of child usage limits.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            UsageLimitStatusResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimitStatusResponse",
            self._invoker.request("get_usage_limits_status", request, _get_usage_limits_status._parse_response),
        )

    def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> UsageLimit:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("UsageLimit", self._invoker.request("get_usage_limit", request, _get_usage_limit._parse_response))

    def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit", self._invoker.request("delete_usage_limit", request, _delete_usage_limit._parse_response)
        )

    def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit", self._invoker.request("update_usage_limit", request, _update_usage_limit._parse_response)
        )

    def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            self._invoker.request("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


class UsageLimitsResourceWithRawResponse:
    """Like `UsageLimitsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_usage_limits(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[UsageLimitPage]:
        """List the usage limits.

        `GET /v1/usage-limits`

        Args:
            customer_id: Only usage limits of this customer.
            page: Page number, from 1.
            limit: Page size.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UsageLimitPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitPage]",
            self._invoker.request_raw("list_usage_limits", request, _list_usage_limits._parse_response),
        )

    def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Create an usage limit.

        `POST /v1/usage-limits`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("create_usage_limit", request, _create_usage_limit._parse_response),
        )

    def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[UsageLimitStatusResponse]:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`

        Args:
            customer_id: Only usage limits of this customer.
            include_children: Include the status of child usage limits.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UsageLimitStatusResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitStatusResponse]",
            self._invoker.request_raw("get_usage_limits_status", request, _get_usage_limits_status._parse_response),
        )

    def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("get_usage_limit", request, _get_usage_limit._parse_response),
        )

    def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("delete_usage_limit", request, _delete_usage_limit._parse_response),
        )

    def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("update_usage_limit", request, _update_usage_limit._parse_response),
        )

    def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


class AsyncUsageLimitsResource:
    """Operations tagged `usage_limits`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncUsageLimitsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncUsageLimitsResourceWithRawResponse(self._invoker)

    def list_usage_limits(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[UsageLimitPage, UsageLimit]:
        """List the usage limits.

        `GET /v1/usage-limits`

        Args:
            customer_id: Only usage limits of this customer.
            page: Page number, from 1.
            limit: Page size.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[UsageLimitPage, UsageLimit]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_usage_limits",
            request,
            _list_usage_limits._parse_response,
            _LIST_USAGE_LIMITS_LISTING,
            max_items=max_items,
        )

    async def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Create an usage limit.

        `POST /v1/usage-limits`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("create_usage_limit", request, _create_usage_limit._parse_response),
        )

    async def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | None = None,
        x_platform_id: str | None = None,
    ) -> UsageLimitStatusResponse:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`

        Args:
            customer_id: Only usage limits of this customer.
            include_children: Include the status of child usage limits.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            UsageLimitStatusResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimitStatusResponse",
            await self._invoker.request("get_usage_limits_status", request, _get_usage_limits_status._parse_response),
        )

    async def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> UsageLimit:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimit", await self._invoker.request("get_usage_limit", request, _get_usage_limit._parse_response)
        )

    async def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("delete_usage_limit", request, _delete_usage_limit._parse_response),
        )

    async def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("update_usage_limit", request, _update_usage_limit._parse_response),
        )

    async def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UsageLimit:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UsageLimit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


class AsyncUsageLimitsResourceWithRawResponse:
    """Like `AsyncUsageLimitsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_usage_limits(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[UsageLimitPage]:
        """List the usage limits.

        `GET /v1/usage-limits`

        Args:
            customer_id: Only usage limits of this customer.
            page: Page number, from 1.
            limit: Page size.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UsageLimitPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitPage]",
            await self._invoker.request_raw("list_usage_limits", request, _list_usage_limits._parse_response),
        )

    async def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Create an usage limit.

        `POST /v1/usage-limits`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("create_usage_limit", request, _create_usage_limit._parse_response),
        )

    async def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[UsageLimitStatusResponse]:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`

        Args:
            customer_id: Only usage limits of this customer.
            include_children: Include the status of child usage limits.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UsageLimitStatusResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitStatusResponse]",
            await self._invoker.request_raw(
                "get_usage_limits_status", request, _get_usage_limits_status._parse_response
            ),
        )

    async def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("get_usage_limit", request, _get_usage_limit._parse_response),
        )

    async def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("delete_usage_limit", request, _delete_usage_limit._parse_response),
        )

    async def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("update_usage_limit", request, _update_usage_limit._parse_response),
        )

    async def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UsageLimit]:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`

        Args:
            resource_id: Id of the usage limit.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UsageLimit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


__all__ = [
    "AsyncUsageLimitsResource",
    "AsyncUsageLimitsResourceWithRawResponse",
    "UsageLimitsResource",
    "UsageLimitsResourceWithRawResponse",
]
