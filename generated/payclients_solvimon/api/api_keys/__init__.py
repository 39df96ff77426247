"""Typed operations tagged `api_keys`.

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
    from ...models.api_key import ApiKey
    from ...models.api_key_paginated_page import ApiKeyPaginatedPage
    from ...models.create_api_key_request import CreateApiKeyRequest
    from ...models.order_direction import OrderDirection
    from ...models.search_api_keys_request import SearchApiKeysRequest
    from ...models.update_api_key_request import UpdateApiKeyRequest
    from . import create_api_key as _create_api_key
    from . import decrypt_api_key as _decrypt_api_key
    from . import get_api_key as _get_api_key
    from . import list_api_keys as _list_api_keys
    from . import search_api_keys as _search_api_keys
    from . import update_api_key as _update_api_key
else:
    _list_api_keys = LazyModule(__name__ + ".list_api_keys")
    _create_api_key = LazyModule(__name__ + ".create_api_key")
    _search_api_keys = LazyModule(__name__ + ".search_api_keys")
    _get_api_key = LazyModule(__name__ + ".get_api_key")
    _update_api_key = LazyModule(__name__ + ".update_api_key")
    _decrypt_api_key = LazyModule(__name__ + ".decrypt_api_key")

_LIST_API_KEYS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_api_keys` pages (the spec's `x-payclients-pagination`: style `page`)."""


class ApiKeysResource:
    """Operations tagged `api_keys`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ApiKeysResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ApiKeysResourceWithRawResponse(self._invoker)

    def list_api_keys(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ApiKeyPaginatedPage, ApiKey]:
        """List the API keys.

        `GET /v1/api-keys`

        Args:
            active: Only active (true) or inactive (false) API keys.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ApiKeyPaginatedPage, ApiKey]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_api_keys._get_kwargs(
            active=active,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_api_keys", request, _list_api_keys._parse_response, _LIST_API_KEYS_LISTING, max_items=max_items
        )

    def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApiKey:
        """Create an API key.

        `POST /v1/api-keys`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_api_key._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ApiKey", self._invoker.request("create_api_key", request, _create_api_key._parse_response))

    def search_api_keys(
        self,
        *,
        body: SearchApiKeysRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApiKey:
        """Search the API keys.

        `POST /v1/api-keys/search`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_api_keys._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ApiKey", self._invoker.request("search_api_keys", request, _search_api_keys._parse_response))

    def get_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApiKey:
        """Get the API key.

        `GET /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("ApiKey", self._invoker.request("get_api_key", request, _get_api_key._parse_response))

    def update_api_key(
        self,
        resource_id: str,
        *,
        body: UpdateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApiKey:
        """Update the API key.

        `PATCH /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_api_key._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ApiKey", self._invoker.request("update_api_key", request, _update_api_key._parse_response))

    def decrypt_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApiKey:
        """Decrypt the API key.

        `GET /v1/api-keys/{resource_id}/decrypt`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decrypt_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("ApiKey", self._invoker.request("decrypt_api_key", request, _decrypt_api_key._parse_response))


class ApiKeysResourceWithRawResponse:
    """Like `ApiKeysResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_api_keys(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApiKeyPaginatedPage]:
        """List the API keys.

        `GET /v1/api-keys`

        Args:
            active: Only active (true) or inactive (false) API keys.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApiKeyPaginatedPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_api_keys._get_kwargs(
            active=active,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApiKeyPaginatedPage]",
            self._invoker.request_raw("list_api_keys", request, _list_api_keys._parse_response),
        )

    def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Create an API key.

        `POST /v1/api-keys`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_api_key._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApiKey]", self._invoker.request_raw("create_api_key", request, _create_api_key._parse_response)
        )

    def search_api_keys(
        self,
        *,
        body: SearchApiKeysRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Search the API keys.

        `POST /v1/api-keys/search`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_api_keys._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApiKey]",
            self._invoker.request_raw("search_api_keys", request, _search_api_keys._parse_response),
        )

    def get_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Get the API key.

        `GET /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApiKey]", self._invoker.request_raw("get_api_key", request, _get_api_key._parse_response)
        )

    def update_api_key(
        self,
        resource_id: str,
        *,
        body: UpdateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Update the API key.

        `PATCH /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_api_key._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApiKey]", self._invoker.request_raw("update_api_key", request, _update_api_key._parse_response)
        )

    def decrypt_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Decrypt the API key.

        `GET /v1/api-keys/{resource_id}/decrypt`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decrypt_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApiKey]",
            self._invoker.request_raw("decrypt_api_key", request, _decrypt_api_key._parse_response),
        )


class AsyncApiKeysResource:
    """Operations tagged `api_keys`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncApiKeysResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncApiKeysResourceWithRawResponse(self._invoker)

    def list_api_keys(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ApiKeyPaginatedPage, ApiKey]:
        """List the API keys.

        `GET /v1/api-keys`

        Args:
            active: Only active (true) or inactive (false) API keys.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ApiKeyPaginatedPage, ApiKey]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_api_keys._get_kwargs(
            active=active,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_api_keys", request, _list_api_keys._parse_response, _LIST_API_KEYS_LISTING, max_items=max_items
        )

    async def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApiKey:
        """Create an API key.

        `POST /v1/api-keys`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_api_key._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ApiKey", await self._invoker.request("create_api_key", request, _create_api_key._parse_response))

    async def search_api_keys(
        self,
        *,
        body: SearchApiKeysRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApiKey:
        """Search the API keys.

        `POST /v1/api-keys/search`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_api_keys._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ApiKey", await self._invoker.request("search_api_keys", request, _search_api_keys._parse_response))

    async def get_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApiKey:
        """Get the API key.

        `GET /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("ApiKey", await self._invoker.request("get_api_key", request, _get_api_key._parse_response))

    async def update_api_key(
        self,
        resource_id: str,
        *,
        body: UpdateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApiKey:
        """Update the API key.

        `PATCH /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_api_key._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ApiKey", await self._invoker.request("update_api_key", request, _update_api_key._parse_response))

    async def decrypt_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApiKey:
        """Decrypt the API key.

        `GET /v1/api-keys/{resource_id}/decrypt`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApiKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decrypt_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("ApiKey", await self._invoker.request("decrypt_api_key", request, _decrypt_api_key._parse_response))


class AsyncApiKeysResourceWithRawResponse:
    """Like `AsyncApiKeysResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_api_keys(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApiKeyPaginatedPage]:
        """List the API keys.

        `GET /v1/api-keys`

        Args:
            active: Only active (true) or inactive (false) API keys.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApiKeyPaginatedPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_api_keys._get_kwargs(
            active=active,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApiKeyPaginatedPage]",
            await self._invoker.request_raw("list_api_keys", request, _list_api_keys._parse_response),
        )

    async def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Create an API key.

        `POST /v1/api-keys`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_api_key._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApiKey]",
            await self._invoker.request_raw("create_api_key", request, _create_api_key._parse_response),
        )

    async def search_api_keys(
        self,
        *,
        body: SearchApiKeysRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Search the API keys.

        `POST /v1/api-keys/search`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_api_keys._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApiKey]",
            await self._invoker.request_raw("search_api_keys", request, _search_api_keys._parse_response),
        )

    async def get_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Get the API key.

        `GET /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApiKey]", await self._invoker.request_raw("get_api_key", request, _get_api_key._parse_response)
        )

    async def update_api_key(
        self,
        resource_id: str,
        *,
        body: UpdateApiKeyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Update the API key.

        `PATCH /v1/api-keys/{resource_id}`

        Args:
            resource_id: Id of the API key.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_api_key._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApiKey]",
            await self._invoker.request_raw("update_api_key", request, _update_api_key._parse_response),
        )

    async def decrypt_api_key(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApiKey]:
        """Decrypt the API key.

        `GET /v1/api-keys/{resource_id}/decrypt`

        Args:
            resource_id: Id of the API key.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApiKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decrypt_api_key._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApiKey]",
            await self._invoker.request_raw("decrypt_api_key", request, _decrypt_api_key._parse_response),
        )


__all__ = [
    "ApiKeysResource",
    "ApiKeysResourceWithRawResponse",
    "AsyncApiKeysResource",
    "AsyncApiKeysResourceWithRawResponse",
]
