"""Typed operations tagged `wallet_grants`.

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
    from ...models.create_wallet_grant_request import CreateWalletGrantRequest
    from ...models.order_direction import OrderDirection
    from ...models.wallet_grant import WalletGrant
    from ...models.wallet_grant_page import WalletGrantPage
    from . import create_wallet_grant as _create_wallet_grant
    from . import get_wallet_grant as _get_wallet_grant
    from . import list_wallet_grants as _list_wallet_grants
else:
    _list_wallet_grants = LazyModule(__name__ + ".list_wallet_grants")
    _create_wallet_grant = LazyModule(__name__ + ".create_wallet_grant")
    _get_wallet_grant = LazyModule(__name__ + ".get_wallet_grant")

_LIST_WALLET_GRANTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_wallet_grants` pages (the spec's `x-payclients-pagination`: style `page`)."""


class WalletGrantsResource:
    """Operations tagged `wallet_grants`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WalletGrantsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WalletGrantsResourceWithRawResponse(self._invoker)

    def list_wallet_grants(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_id: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[WalletGrantPage, WalletGrant]:
        """List the wallet grants.

        `GET /v1/wallet-grants`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallet grants of this customer.
            wallet_id: Only wallet grants of this wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[WalletGrantPage, WalletGrant]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_grants._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_id=wallet_id,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_wallet_grants",
            request,
            _list_wallet_grants._parse_response,
            _LIST_WALLET_GRANTS_LISTING,
            max_items=max_items,
        )

    def create_wallet_grant(
        self,
        *,
        body: CreateWalletGrantRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletGrant:
        """Create a wallet grant.

        `POST /v1/wallet-grants`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletGrant: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_grant._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletGrant", self._invoker.request("create_wallet_grant", request, _create_wallet_grant._parse_response)
        )

    def get_wallet_grant(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> WalletGrant:
        """Get the wallet grant.

        `GET /v1/wallet-grants/{resource_id}`

        Args:
            resource_id: Id of the wallet grant.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WalletGrant: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_grant._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WalletGrant", self._invoker.request("get_wallet_grant", request, _get_wallet_grant._parse_response)
        )


class WalletGrantsResourceWithRawResponse:
    """Like `WalletGrantsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_wallet_grants(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletGrantPage]:
        """List the wallet grants.

        `GET /v1/wallet-grants`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallet grants of this customer.
            wallet_id: Only wallet grants of this wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletGrantPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_grants._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_id=wallet_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletGrantPage]",
            self._invoker.request_raw("list_wallet_grants", request, _list_wallet_grants._parse_response),
        )

    def create_wallet_grant(
        self,
        *,
        body: CreateWalletGrantRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletGrant]:
        """Create a wallet grant.

        `POST /v1/wallet-grants`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletGrant]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_grant._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletGrant]",
            self._invoker.request_raw("create_wallet_grant", request, _create_wallet_grant._parse_response),
        )

    def get_wallet_grant(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletGrant]:
        """Get the wallet grant.

        `GET /v1/wallet-grants/{resource_id}`

        Args:
            resource_id: Id of the wallet grant.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletGrant]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_grant._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletGrant]",
            self._invoker.request_raw("get_wallet_grant", request, _get_wallet_grant._parse_response),
        )


class AsyncWalletGrantsResource:
    """Operations tagged `wallet_grants`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncWalletGrantsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWalletGrantsResourceWithRawResponse(self._invoker)

    def list_wallet_grants(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_id: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WalletGrantPage, WalletGrant]:
        """List the wallet grants.

        `GET /v1/wallet-grants`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallet grants of this customer.
            wallet_id: Only wallet grants of this wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[WalletGrantPage, WalletGrant]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_grants._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_id=wallet_id,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_wallet_grants",
            request,
            _list_wallet_grants._parse_response,
            _LIST_WALLET_GRANTS_LISTING,
            max_items=max_items,
        )

    async def create_wallet_grant(
        self,
        *,
        body: CreateWalletGrantRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletGrant:
        """Create a wallet grant.

        `POST /v1/wallet-grants`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletGrant: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_grant._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletGrant",
            await self._invoker.request("create_wallet_grant", request, _create_wallet_grant._parse_response),
        )

    async def get_wallet_grant(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> WalletGrant:
        """Get the wallet grant.

        `GET /v1/wallet-grants/{resource_id}`

        Args:
            resource_id: Id of the wallet grant.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WalletGrant: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_grant._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WalletGrant", await self._invoker.request("get_wallet_grant", request, _get_wallet_grant._parse_response)
        )


class AsyncWalletGrantsResourceWithRawResponse:
    """Like `AsyncWalletGrantsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_wallet_grants(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletGrantPage]:
        """List the wallet grants.

        `GET /v1/wallet-grants`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallet grants of this customer.
            wallet_id: Only wallet grants of this wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletGrantPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_grants._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_id=wallet_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletGrantPage]",
            await self._invoker.request_raw("list_wallet_grants", request, _list_wallet_grants._parse_response),
        )

    async def create_wallet_grant(
        self,
        *,
        body: CreateWalletGrantRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletGrant]:
        """Create a wallet grant.

        `POST /v1/wallet-grants`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletGrant]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_grant._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletGrant]",
            await self._invoker.request_raw("create_wallet_grant", request, _create_wallet_grant._parse_response),
        )

    async def get_wallet_grant(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletGrant]:
        """Get the wallet grant.

        `GET /v1/wallet-grants/{resource_id}`

        Args:
            resource_id: Id of the wallet grant.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletGrant]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_grant._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletGrant]",
            await self._invoker.request_raw("get_wallet_grant", request, _get_wallet_grant._parse_response),
        )


__all__ = [
    "AsyncWalletGrantsResource",
    "AsyncWalletGrantsResourceWithRawResponse",
    "WalletGrantsResource",
    "WalletGrantsResourceWithRawResponse",
]
