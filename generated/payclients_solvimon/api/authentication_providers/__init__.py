"""Typed operations tagged `authentication_providers`.

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
    from ...models.authentication_provider import AuthenticationProvider
    from ...models.authentication_provider_page import AuthenticationProviderPage
    from ...models.create_authentication_provider_request import CreateAuthenticationProviderRequest
    from ...models.list_enabled_authentication_providers_request import ListEnabledAuthenticationProvidersRequest
    from ...models.order_direction import OrderDirection
    from ...models.update_authentication_provider_request import UpdateAuthenticationProviderRequest
    from . import create_authentication_provider as _create_authentication_provider
    from . import get_authentication_provider as _get_authentication_provider
    from . import list_authentication_providers as _list_authentication_providers
    from . import list_enabled_authentication_providers as _list_enabled_authentication_providers
    from . import update_authentication_provider as _update_authentication_provider
else:
    _list_authentication_providers = LazyModule(__name__ + ".list_authentication_providers")
    _create_authentication_provider = LazyModule(__name__ + ".create_authentication_provider")
    _list_enabled_authentication_providers = LazyModule(__name__ + ".list_enabled_authentication_providers")
    _get_authentication_provider = LazyModule(__name__ + ".get_authentication_provider")
    _update_authentication_provider = LazyModule(__name__ + ".update_authentication_provider")

_LIST_AUTHENTICATION_PROVIDERS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_authentication_providers` pages (the spec's `x-payclients-pagination`: style `page`)."""


class AuthenticationProvidersResource:
    """Operations tagged `authentication_providers`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AuthenticationProvidersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AuthenticationProvidersResourceWithRawResponse(self._invoker)

    def list_authentication_providers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[AuthenticationProviderPage, AuthenticationProvider]:
        """List the authentication providers.

        `GET /v1/authentication-providers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[AuthenticationProviderPage, AuthenticationProvider]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_authentication_providers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_authentication_providers",
            request,
            _list_authentication_providers._parse_response,
            _LIST_AUTHENTICATION_PROVIDERS_LISTING,
            max_items=max_items,
        )

    def create_authentication_provider(
        self,
        *,
        body: CreateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AuthenticationProvider:
        """Create an authentication provider.

        `POST /v1/authentication-providers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AuthenticationProvider: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_authentication_provider._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AuthenticationProvider",
            self._invoker.request(
                "create_authentication_provider", request, _create_authentication_provider._parse_response
            ),
        )

    def list_enabled_authentication_providers(
        self,
        *,
        body: ListEnabledAuthenticationProvidersRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AuthenticationProviderPage:
        """List the enabled authentication providers.

        `POST /v1/authentication-providers/enabled`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AuthenticationProviderPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enabled_authentication_providers._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AuthenticationProviderPage",
            self._invoker.request(
                "list_enabled_authentication_providers", request, _list_enabled_authentication_providers._parse_response
            ),
        )

    def get_authentication_provider(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> AuthenticationProvider:
        """Get the authentication provider.

        `GET /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AuthenticationProvider: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_authentication_provider._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AuthenticationProvider",
            self._invoker.request("get_authentication_provider", request, _get_authentication_provider._parse_response),
        )

    def update_authentication_provider(
        self,
        resource_id: str,
        *,
        body: UpdateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AuthenticationProvider:
        """Update the authentication provider.

        `PATCH /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AuthenticationProvider: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_authentication_provider._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AuthenticationProvider",
            self._invoker.request(
                "update_authentication_provider", request, _update_authentication_provider._parse_response
            ),
        )


class AuthenticationProvidersResourceWithRawResponse:
    """Like `AuthenticationProvidersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_authentication_providers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuthenticationProviderPage]:
        """List the authentication providers.

        `GET /v1/authentication-providers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuthenticationProviderPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_authentication_providers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuthenticationProviderPage]",
            self._invoker.request_raw(
                "list_authentication_providers", request, _list_authentication_providers._parse_response
            ),
        )

    def create_authentication_provider(
        self,
        *,
        body: CreateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AuthenticationProvider]:
        """Create an authentication provider.

        `POST /v1/authentication-providers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AuthenticationProvider]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_authentication_provider._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AuthenticationProvider]",
            self._invoker.request_raw(
                "create_authentication_provider", request, _create_authentication_provider._parse_response
            ),
        )

    def list_enabled_authentication_providers(
        self,
        *,
        body: ListEnabledAuthenticationProvidersRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AuthenticationProviderPage]:
        """List the enabled authentication providers.

        `POST /v1/authentication-providers/enabled`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AuthenticationProviderPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enabled_authentication_providers._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AuthenticationProviderPage]",
            self._invoker.request_raw(
                "list_enabled_authentication_providers", request, _list_enabled_authentication_providers._parse_response
            ),
        )

    def get_authentication_provider(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuthenticationProvider]:
        """Get the authentication provider.

        `GET /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuthenticationProvider]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_authentication_provider._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuthenticationProvider]",
            self._invoker.request_raw(
                "get_authentication_provider", request, _get_authentication_provider._parse_response
            ),
        )

    def update_authentication_provider(
        self,
        resource_id: str,
        *,
        body: UpdateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AuthenticationProvider]:
        """Update the authentication provider.

        `PATCH /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AuthenticationProvider]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_authentication_provider._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AuthenticationProvider]",
            self._invoker.request_raw(
                "update_authentication_provider", request, _update_authentication_provider._parse_response
            ),
        )


class AsyncAuthenticationProvidersResource:
    """Operations tagged `authentication_providers`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncAuthenticationProvidersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncAuthenticationProvidersResourceWithRawResponse(self._invoker)

    def list_authentication_providers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AuthenticationProviderPage, AuthenticationProvider]:
        """List the authentication providers.

        `GET /v1/authentication-providers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[AuthenticationProviderPage, AuthenticationProvider]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_authentication_providers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_authentication_providers",
            request,
            _list_authentication_providers._parse_response,
            _LIST_AUTHENTICATION_PROVIDERS_LISTING,
            max_items=max_items,
        )

    async def create_authentication_provider(
        self,
        *,
        body: CreateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AuthenticationProvider:
        """Create an authentication provider.

        `POST /v1/authentication-providers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AuthenticationProvider: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_authentication_provider._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AuthenticationProvider",
            await self._invoker.request(
                "create_authentication_provider", request, _create_authentication_provider._parse_response
            ),
        )

    async def list_enabled_authentication_providers(
        self,
        *,
        body: ListEnabledAuthenticationProvidersRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AuthenticationProviderPage:
        """List the enabled authentication providers.

        `POST /v1/authentication-providers/enabled`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AuthenticationProviderPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enabled_authentication_providers._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AuthenticationProviderPage",
            await self._invoker.request(
                "list_enabled_authentication_providers", request, _list_enabled_authentication_providers._parse_response
            ),
        )

    async def get_authentication_provider(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> AuthenticationProvider:
        """Get the authentication provider.

        `GET /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AuthenticationProvider: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_authentication_provider._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AuthenticationProvider",
            await self._invoker.request(
                "get_authentication_provider", request, _get_authentication_provider._parse_response
            ),
        )

    async def update_authentication_provider(
        self,
        resource_id: str,
        *,
        body: UpdateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AuthenticationProvider:
        """Update the authentication provider.

        `PATCH /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AuthenticationProvider: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_authentication_provider._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AuthenticationProvider",
            await self._invoker.request(
                "update_authentication_provider", request, _update_authentication_provider._parse_response
            ),
        )


class AsyncAuthenticationProvidersResourceWithRawResponse:
    """Like `AsyncAuthenticationProvidersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_authentication_providers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuthenticationProviderPage]:
        """List the authentication providers.

        `GET /v1/authentication-providers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuthenticationProviderPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_authentication_providers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuthenticationProviderPage]",
            await self._invoker.request_raw(
                "list_authentication_providers", request, _list_authentication_providers._parse_response
            ),
        )

    async def create_authentication_provider(
        self,
        *,
        body: CreateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AuthenticationProvider]:
        """Create an authentication provider.

        `POST /v1/authentication-providers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AuthenticationProvider]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_authentication_provider._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AuthenticationProvider]",
            await self._invoker.request_raw(
                "create_authentication_provider", request, _create_authentication_provider._parse_response
            ),
        )

    async def list_enabled_authentication_providers(
        self,
        *,
        body: ListEnabledAuthenticationProvidersRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AuthenticationProviderPage]:
        """List the enabled authentication providers.

        `POST /v1/authentication-providers/enabled`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AuthenticationProviderPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enabled_authentication_providers._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AuthenticationProviderPage]",
            await self._invoker.request_raw(
                "list_enabled_authentication_providers", request, _list_enabled_authentication_providers._parse_response
            ),
        )

    async def get_authentication_provider(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuthenticationProvider]:
        """Get the authentication provider.

        `GET /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuthenticationProvider]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_authentication_provider._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuthenticationProvider]",
            await self._invoker.request_raw(
                "get_authentication_provider", request, _get_authentication_provider._parse_response
            ),
        )

    async def update_authentication_provider(
        self,
        resource_id: str,
        *,
        body: UpdateAuthenticationProviderRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AuthenticationProvider]:
        """Update the authentication provider.

        `PATCH /v1/authentication-providers/{resource_id}`

        Args:
            resource_id: Id of the authentication provider.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AuthenticationProvider]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_authentication_provider._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AuthenticationProvider]",
            await self._invoker.request_raw(
                "update_authentication_provider", request, _update_authentication_provider._parse_response
            ),
        )


__all__ = [
    "AsyncAuthenticationProvidersResource",
    "AsyncAuthenticationProvidersResourceWithRawResponse",
    "AuthenticationProvidersResource",
    "AuthenticationProvidersResourceWithRawResponse",
]
