"""Typed operations tagged `subscriptions`.

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
    from ...models.installment import Installment
    from ...models.installment_page import InstallmentPage
    from ...models.subscription import Subscription
    from ...models.subscription_create_request import SubscriptionCreateRequest
    from ...models.subscription_page import SubscriptionPage
    from ...models.subscription_response import SubscriptionResponse
    from ...models.subscription_value_update_request import SubscriptionValueUpdateRequest
    from ...models.woovi_error import WooviError
    from . import cancel_subscription as _cancel_subscription
    from . import create_subscription as _create_subscription
    from . import get_subscription as _get_subscription
    from . import list_subscription_installments as _list_subscription_installments
    from . import list_subscriptions as _list_subscriptions
    from . import update_subscription_value as _update_subscription_value
else:
    _list_subscriptions = LazyModule(__name__ + ".list_subscriptions")
    _create_subscription = LazyModule(__name__ + ".create_subscription")
    _get_subscription = LazyModule(__name__ + ".get_subscription")
    _cancel_subscription = LazyModule(__name__ + ".cancel_subscription")
    _list_subscription_installments = LazyModule(__name__ + ".list_subscription_installments")
    _update_subscription_value = LazyModule(__name__ + ".update_subscription_value")

_LIST_SUBSCRIPTIONS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="subscriptions",
    attributes=("subscriptions",),
)
"""How `list_subscriptions` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""

_LIST_SUBSCRIPTION_INSTALLMENTS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="installments",
    attributes=("installments",),
)
"""How `list_subscription_installments` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class SubscriptionsResource:
    """Operations tagged `subscriptions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> SubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return SubscriptionsResourceWithRawResponse(self._invoker)

    def list_subscriptions(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[SubscriptionPage, Subscription]:
        """List subscriptions

        Lists the subscriptions of the company.

        `GET /api/v1/subscriptions`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[SubscriptionPage, Subscription]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscriptions._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_subscriptions",
            request,
            _list_subscriptions._parse_response,
            _LIST_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    def create_subscription(
        self,
        *,
        body: SubscriptionCreateRequest,
    ) -> SubscriptionResponse:
        """Create a subscription

        Creates a recurring charge (RECURRENT) or a Pix Automatico subscription (PIX_RECURRING),
        which the payer approves in their bank app.

        `POST /api/v1/subscriptions`

        Args:
            body: The request body.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "SubscriptionResponse",
            self._invoker.request("create_subscription", request, _create_subscription._parse_response),
        )

    def get_subscription(
        self,
        id: str,
    ) -> SubscriptionResponse:
        """Get a subscription

        Returns one subscription by globalID or correlationID.

        `GET /api/v1/subscriptions/{id}`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "SubscriptionResponse",
            self._invoker.request("get_subscription", request, _get_subscription._parse_response),
        )

    def cancel_subscription(
        self,
        id: str,
    ) -> SubscriptionResponse:
        """Cancel a subscription

        Cancels a subscription; no further charges are generated.

        `PUT /api/v1/subscriptions/{id}/cancel`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "SubscriptionResponse",
            self._invoker.request("cancel_subscription", request, _cancel_subscription._parse_response),
        )

    def list_subscription_installments(
        self,
        id: str,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[InstallmentPage, Installment]:
        """List the installments of a subscription

        Lists the installments of a subscription with their CobR state.

        `GET /api/v1/subscriptions/{id}/installments`

        Args:
            id: The subscription's globalID or its correlationID.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[InstallmentPage, Installment]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscription_installments._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_subscription_installments",
            request,
            _list_subscription_installments._parse_response,
            _LIST_SUBSCRIPTION_INSTALLMENTS_LISTING,
            max_items=max_items,
        )

    def update_subscription_value(
        self,
        id: str,
        *,
        body: SubscriptionValueUpdateRequest,
    ) -> SubscriptionResponse:
        """Change the value of a subscription

        Sets a new amount for the installments still to come. Works only if the payer's Pix
        Automatico authorization allows a variable amount.

        `PUT /api/v1/subscriptions/{id}/value`

        Args:
            id: The subscription's globalID or its correlationID.
            body: The request body.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_subscription_value._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubscriptionResponse",
            self._invoker.request("update_subscription_value", request, _update_subscription_value._parse_response),
        )


class SubscriptionsResourceWithRawResponse:
    """Like `SubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_subscriptions(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[SubscriptionPage]:
        """List subscriptions

        Lists the subscriptions of the company.

        `GET /api/v1/subscriptions`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[SubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscriptions._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[SubscriptionPage]",
            self._invoker.request_raw("list_subscriptions", request, _list_subscriptions._parse_response),
        )

    def create_subscription(
        self,
        *,
        body: SubscriptionCreateRequest,
    ) -> RawResponse[SubscriptionResponse]:
        """Create a subscription

        Creates a recurring charge (RECURRENT) or a Pix Automatico subscription (PIX_RECURRING),
        which the payer approves in their bank app.

        `POST /api/v1/subscriptions`

        Args:
            body: The request body.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            self._invoker.request_raw("create_subscription", request, _create_subscription._parse_response),
        )

    def get_subscription(
        self,
        id: str,
    ) -> RawResponse[SubscriptionResponse]:
        """Get a subscription

        Returns one subscription by globalID or correlationID.

        `GET /api/v1/subscriptions/{id}`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            self._invoker.request_raw("get_subscription", request, _get_subscription._parse_response),
        )

    def cancel_subscription(
        self,
        id: str,
    ) -> RawResponse[SubscriptionResponse]:
        """Cancel a subscription

        Cancels a subscription; no further charges are generated.

        `PUT /api/v1/subscriptions/{id}/cancel`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            self._invoker.request_raw("cancel_subscription", request, _cancel_subscription._parse_response),
        )

    def list_subscription_installments(
        self,
        id: str,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[InstallmentPage]:
        """List the installments of a subscription

        Lists the installments of a subscription with their CobR state.

        `GET /api/v1/subscriptions/{id}/installments`

        Args:
            id: The subscription's globalID or its correlationID.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[InstallmentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscription_installments._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[InstallmentPage]",
            self._invoker.request_raw(
                "list_subscription_installments", request, _list_subscription_installments._parse_response
            ),
        )

    def update_subscription_value(
        self,
        id: str,
        *,
        body: SubscriptionValueUpdateRequest,
    ) -> RawResponse[SubscriptionResponse]:
        """Change the value of a subscription

        Sets a new amount for the installments still to come. Works only if the payer's Pix
        Automatico authorization allows a variable amount.

        `PUT /api/v1/subscriptions/{id}/value`

        Args:
            id: The subscription's globalID or its correlationID.
            body: The request body.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_subscription_value._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            self._invoker.request_raw("update_subscription_value", request, _update_subscription_value._parse_response),
        )


class AsyncSubscriptionsResource:
    """Operations tagged `subscriptions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncSubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncSubscriptionsResourceWithRawResponse(self._invoker)

    def list_subscriptions(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[SubscriptionPage, Subscription]:
        """List subscriptions

        Lists the subscriptions of the company.

        `GET /api/v1/subscriptions`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[SubscriptionPage, Subscription]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscriptions._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_subscriptions",
            request,
            _list_subscriptions._parse_response,
            _LIST_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    async def create_subscription(
        self,
        *,
        body: SubscriptionCreateRequest,
    ) -> SubscriptionResponse:
        """Create a subscription

        Creates a recurring charge (RECURRENT) or a Pix Automatico subscription (PIX_RECURRING),
        which the payer approves in their bank app.

        `POST /api/v1/subscriptions`

        Args:
            body: The request body.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "SubscriptionResponse",
            await self._invoker.request("create_subscription", request, _create_subscription._parse_response),
        )

    async def get_subscription(
        self,
        id: str,
    ) -> SubscriptionResponse:
        """Get a subscription

        Returns one subscription by globalID or correlationID.

        `GET /api/v1/subscriptions/{id}`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "SubscriptionResponse",
            await self._invoker.request("get_subscription", request, _get_subscription._parse_response),
        )

    async def cancel_subscription(
        self,
        id: str,
    ) -> SubscriptionResponse:
        """Cancel a subscription

        Cancels a subscription; no further charges are generated.

        `PUT /api/v1/subscriptions/{id}/cancel`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "SubscriptionResponse",
            await self._invoker.request("cancel_subscription", request, _cancel_subscription._parse_response),
        )

    def list_subscription_installments(
        self,
        id: str,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InstallmentPage, Installment]:
        """List the installments of a subscription

        Lists the installments of a subscription with their CobR state.

        `GET /api/v1/subscriptions/{id}/installments`

        Args:
            id: The subscription's globalID or its correlationID.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[InstallmentPage, Installment]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscription_installments._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_subscription_installments",
            request,
            _list_subscription_installments._parse_response,
            _LIST_SUBSCRIPTION_INSTALLMENTS_LISTING,
            max_items=max_items,
        )

    async def update_subscription_value(
        self,
        id: str,
        *,
        body: SubscriptionValueUpdateRequest,
    ) -> SubscriptionResponse:
        """Change the value of a subscription

        Sets a new amount for the installments still to come. Works only if the payer's Pix
        Automatico authorization allows a variable amount.

        `PUT /api/v1/subscriptions/{id}/value`

        Args:
            id: The subscription's globalID or its correlationID.
            body: The request body.

        Returns:
            SubscriptionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_subscription_value._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubscriptionResponse",
            await self._invoker.request(
                "update_subscription_value", request, _update_subscription_value._parse_response
            ),
        )


class AsyncSubscriptionsResourceWithRawResponse:
    """Like `AsyncSubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_subscriptions(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[SubscriptionPage]:
        """List subscriptions

        Lists the subscriptions of the company.

        `GET /api/v1/subscriptions`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[SubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscriptions._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[SubscriptionPage]",
            await self._invoker.request_raw("list_subscriptions", request, _list_subscriptions._parse_response),
        )

    async def create_subscription(
        self,
        *,
        body: SubscriptionCreateRequest,
    ) -> RawResponse[SubscriptionResponse]:
        """Create a subscription

        Creates a recurring charge (RECURRENT) or a Pix Automatico subscription (PIX_RECURRING),
        which the payer approves in their bank app.

        `POST /api/v1/subscriptions`

        Args:
            body: The request body.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            await self._invoker.request_raw("create_subscription", request, _create_subscription._parse_response),
        )

    async def get_subscription(
        self,
        id: str,
    ) -> RawResponse[SubscriptionResponse]:
        """Get a subscription

        Returns one subscription by globalID or correlationID.

        `GET /api/v1/subscriptions/{id}`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            await self._invoker.request_raw("get_subscription", request, _get_subscription._parse_response),
        )

    async def cancel_subscription(
        self,
        id: str,
    ) -> RawResponse[SubscriptionResponse]:
        """Cancel a subscription

        Cancels a subscription; no further charges are generated.

        `PUT /api/v1/subscriptions/{id}/cancel`

        Args:
            id: The subscription's globalID or its correlationID.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            await self._invoker.request_raw("cancel_subscription", request, _cancel_subscription._parse_response),
        )

    async def list_subscription_installments(
        self,
        id: str,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[InstallmentPage]:
        """List the installments of a subscription

        Lists the installments of a subscription with their CobR state.

        `GET /api/v1/subscriptions/{id}/installments`

        Args:
            id: The subscription's globalID or its correlationID.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[InstallmentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_subscription_installments._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[InstallmentPage]",
            await self._invoker.request_raw(
                "list_subscription_installments", request, _list_subscription_installments._parse_response
            ),
        )

    async def update_subscription_value(
        self,
        id: str,
        *,
        body: SubscriptionValueUpdateRequest,
    ) -> RawResponse[SubscriptionResponse]:
        """Change the value of a subscription

        Sets a new amount for the installments still to come. Works only if the payer's Pix
        Automatico authorization allows a variable amount.

        `PUT /api/v1/subscriptions/{id}/value`

        Args:
            id: The subscription's globalID or its correlationID.
            body: The request body.

        Returns:
            RawResponse[SubscriptionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_subscription_value._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubscriptionResponse]",
            await self._invoker.request_raw(
                "update_subscription_value", request, _update_subscription_value._parse_response
            ),
        )


__all__ = [
    "AsyncSubscriptionsResource",
    "AsyncSubscriptionsResourceWithRawResponse",
    "SubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
]
