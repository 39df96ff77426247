"""Typed operations tagged `subscriptions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.patched_subscription_request import PatchedSubscriptionRequest
from ...models.subscription import Subscription
from ...models.subscription_page import SubscriptionPage
from ...models.subscription_request import SubscriptionRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_subscription as _create_subscription
from . import delete_subscription as _delete_subscription
from . import get_subscription as _get_subscription
from . import list_subscriptions as _list_subscriptions
from . import partial_update_subscription as _partial_update_subscription
from . import update_subscription as _update_subscription

_LIST_SUBSCRIPTIONS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_subscriptions` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class SubscriptionsResource:
    """Operations tagged `subscriptions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "SubscriptionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return SubscriptionsResourceWithRawResponse(self._invoker)

    def list_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[SubscriptionPage, Subscription]":
        """List subscription plans

        `GET /subscriptions/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_subscriptions._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
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
        body: SubscriptionRequest,
    ) -> Subscription:
        """Create a subscription plan

        `POST /subscriptions/`
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "Subscription", self._invoker.request("create_subscription", request, _create_subscription._parse_response)
        )

    def get_subscription(
        self,
        subscription_id: int,
    ) -> Subscription:
        """Get a subscription plan

        `GET /subscriptions/{subscription_id}/`
        """
        request = _get_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "Subscription", self._invoker.request("get_subscription", request, _get_subscription._parse_response)
        )

    def update_subscription(
        self,
        subscription_id: int,
        *,
        body: SubscriptionRequest,
    ) -> Subscription:
        """Replace a subscription plan

        `PUT /subscriptions/{subscription_id}/`
        """
        request = _update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "Subscription", self._invoker.request("update_subscription", request, _update_subscription._parse_response)
        )

    def delete_subscription(
        self,
        subscription_id: int,
    ) -> Any:
        """Delete a subscription plan

        `DELETE /subscriptions/{subscription_id}/`
        """
        request = _delete_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return self._invoker.request("delete_subscription", request, _delete_subscription._parse_response)

    def partial_update_subscription(
        self,
        subscription_id: int,
        *,
        body: PatchedSubscriptionRequest,
    ) -> Subscription:
        """Partially update a subscription plan

        `PATCH /subscriptions/{subscription_id}/`
        """
        request = _partial_update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "Subscription",
            self._invoker.request("partial_update_subscription", request, _partial_update_subscription._parse_response),
        )


class SubscriptionsResourceWithRawResponse:
    """Like `SubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[SubscriptionPage]:
        """List subscription plans

        `GET /subscriptions/`
        """
        request = _list_subscriptions._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[SubscriptionPage]",
            self._invoker.request_raw("list_subscriptions", request, _list_subscriptions._parse_response),
        )

    def create_subscription(
        self,
        *,
        body: SubscriptionRequest,
    ) -> RawResponse[Subscription]:
        """Create a subscription plan

        `POST /subscriptions/`
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Subscription]",
            self._invoker.request_raw("create_subscription", request, _create_subscription._parse_response),
        )

    def get_subscription(
        self,
        subscription_id: int,
    ) -> RawResponse[Subscription]:
        """Get a subscription plan

        `GET /subscriptions/{subscription_id}/`
        """
        request = _get_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[Subscription]",
            self._invoker.request_raw("get_subscription", request, _get_subscription._parse_response),
        )

    def update_subscription(
        self,
        subscription_id: int,
        *,
        body: SubscriptionRequest,
    ) -> RawResponse[Subscription]:
        """Replace a subscription plan

        `PUT /subscriptions/{subscription_id}/`
        """
        request = _update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "RawResponse[Subscription]",
            self._invoker.request_raw("update_subscription", request, _update_subscription._parse_response),
        )

    def delete_subscription(
        self,
        subscription_id: int,
    ) -> RawResponse[Any]:
        """Delete a subscription plan

        `DELETE /subscriptions/{subscription_id}/`
        """
        request = _delete_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return self._invoker.request_raw("delete_subscription", request, _delete_subscription._parse_response)

    def partial_update_subscription(
        self,
        subscription_id: int,
        *,
        body: PatchedSubscriptionRequest,
    ) -> RawResponse[Subscription]:
        """Partially update a subscription plan

        `PATCH /subscriptions/{subscription_id}/`
        """
        request = _partial_update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "RawResponse[Subscription]",
            self._invoker.request_raw(
                "partial_update_subscription", request, _partial_update_subscription._parse_response
            ),
        )


class AsyncSubscriptionsResource:
    """Operations tagged `subscriptions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncSubscriptionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncSubscriptionsResourceWithRawResponse(self._invoker)

    def list_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[SubscriptionPage, Subscription]":
        """List subscription plans

        `GET /subscriptions/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_subscriptions._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
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
        body: SubscriptionRequest,
    ) -> Subscription:
        """Create a subscription plan

        `POST /subscriptions/`
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "Subscription",
            await self._invoker.request("create_subscription", request, _create_subscription._parse_response),
        )

    async def get_subscription(
        self,
        subscription_id: int,
    ) -> Subscription:
        """Get a subscription plan

        `GET /subscriptions/{subscription_id}/`
        """
        request = _get_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "Subscription", await self._invoker.request("get_subscription", request, _get_subscription._parse_response)
        )

    async def update_subscription(
        self,
        subscription_id: int,
        *,
        body: SubscriptionRequest,
    ) -> Subscription:
        """Replace a subscription plan

        `PUT /subscriptions/{subscription_id}/`
        """
        request = _update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "Subscription",
            await self._invoker.request("update_subscription", request, _update_subscription._parse_response),
        )

    async def delete_subscription(
        self,
        subscription_id: int,
    ) -> Any:
        """Delete a subscription plan

        `DELETE /subscriptions/{subscription_id}/`
        """
        request = _delete_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return await self._invoker.request("delete_subscription", request, _delete_subscription._parse_response)

    async def partial_update_subscription(
        self,
        subscription_id: int,
        *,
        body: PatchedSubscriptionRequest,
    ) -> Subscription:
        """Partially update a subscription plan

        `PATCH /subscriptions/{subscription_id}/`
        """
        request = _partial_update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "Subscription",
            await self._invoker.request(
                "partial_update_subscription", request, _partial_update_subscription._parse_response
            ),
        )


class AsyncSubscriptionsResourceWithRawResponse:
    """Like `AsyncSubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[SubscriptionPage]:
        """List subscription plans

        `GET /subscriptions/`
        """
        request = _list_subscriptions._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[SubscriptionPage]",
            await self._invoker.request_raw("list_subscriptions", request, _list_subscriptions._parse_response),
        )

    async def create_subscription(
        self,
        *,
        body: SubscriptionRequest,
    ) -> RawResponse[Subscription]:
        """Create a subscription plan

        `POST /subscriptions/`
        """
        request = _create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Subscription]",
            await self._invoker.request_raw("create_subscription", request, _create_subscription._parse_response),
        )

    async def get_subscription(
        self,
        subscription_id: int,
    ) -> RawResponse[Subscription]:
        """Get a subscription plan

        `GET /subscriptions/{subscription_id}/`
        """
        request = _get_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[Subscription]",
            await self._invoker.request_raw("get_subscription", request, _get_subscription._parse_response),
        )

    async def update_subscription(
        self,
        subscription_id: int,
        *,
        body: SubscriptionRequest,
    ) -> RawResponse[Subscription]:
        """Replace a subscription plan

        `PUT /subscriptions/{subscription_id}/`
        """
        request = _update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "RawResponse[Subscription]",
            await self._invoker.request_raw("update_subscription", request, _update_subscription._parse_response),
        )

    async def delete_subscription(
        self,
        subscription_id: int,
    ) -> RawResponse[Any]:
        """Delete a subscription plan

        `DELETE /subscriptions/{subscription_id}/`
        """
        request = _delete_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return await self._invoker.request_raw("delete_subscription", request, _delete_subscription._parse_response)

    async def partial_update_subscription(
        self,
        subscription_id: int,
        *,
        body: PatchedSubscriptionRequest,
    ) -> RawResponse[Subscription]:
        """Partially update a subscription plan

        `PATCH /subscriptions/{subscription_id}/`
        """
        request = _partial_update_subscription._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "RawResponse[Subscription]",
            await self._invoker.request_raw(
                "partial_update_subscription", request, _partial_update_subscription._parse_response
            ),
        )


__all__ = [
    "AsyncSubscriptionsResource",
    "AsyncSubscriptionsResourceWithRawResponse",
    "SubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
]
