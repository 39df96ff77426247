"""Typed operations tagged `mindzpay_subscriptions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.mindz_pay_subscription import MindzPaySubscription
from ...models.mindz_pay_subscription_page import MindzPaySubscriptionPage
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import cancel_mindz_pay_subscription as _cancel_mindz_pay_subscription
from . import get_mindz_pay_subscription as _get_mindz_pay_subscription
from . import list_mindz_pay_subscriptions as _list_mindz_pay_subscriptions
from . import suspend_mindz_pay_subscription as _suspend_mindz_pay_subscription

_LIST_MINDZ_PAY_SUBSCRIPTIONS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_mindz_pay_subscriptions` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class MindzpaySubscriptionsResource:
    """Operations tagged `mindzpay_subscriptions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "MindzpaySubscriptionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpaySubscriptionsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_subscriptions(
        self,
        account_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[MindzPaySubscriptionPage, MindzPaySubscription]":
        """List MindzPay subscriptions

        `GET /mindzpay/accounts/{account_id}/subscriptions/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_mindz_pay_subscriptions._get_kwargs(
            account_id=account_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_subscriptions",
            request,
            _list_mindz_pay_subscriptions._parse_response,
            _LIST_MINDZ_PAY_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    def get_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> MindzPaySubscription:
        """Get a MindzPay subscription

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`
        """
        request = _get_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "MindzPaySubscription",
            self._invoker.request("get_mindz_pay_subscription", request, _get_mindz_pay_subscription._parse_response),
        )

    def suspend_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> MindzPaySubscription:
        """Suspend a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`
        """
        request = _suspend_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "MindzPaySubscription",
            self._invoker.request(
                "suspend_mindz_pay_subscription", request, _suspend_mindz_pay_subscription._parse_response
            ),
        )

    def cancel_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> MindzPaySubscription:
        """Cancel a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`
        """
        request = _cancel_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "MindzPaySubscription",
            self._invoker.request(
                "cancel_mindz_pay_subscription", request, _cancel_mindz_pay_subscription._parse_response
            ),
        )


class MindzpaySubscriptionsResourceWithRawResponse:
    """Like `MindzpaySubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_mindz_pay_subscriptions(
        self,
        account_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPaySubscriptionPage]:
        """List MindzPay subscriptions

        `GET /mindzpay/accounts/{account_id}/subscriptions/`
        """
        request = _list_mindz_pay_subscriptions._get_kwargs(
            account_id=account_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPaySubscriptionPage]",
            self._invoker.request_raw(
                "list_mindz_pay_subscriptions", request, _list_mindz_pay_subscriptions._parse_response
            ),
        )

    def get_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> RawResponse[MindzPaySubscription]:
        """Get a MindzPay subscription

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`
        """
        request = _get_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[MindzPaySubscription]",
            self._invoker.request_raw(
                "get_mindz_pay_subscription", request, _get_mindz_pay_subscription._parse_response
            ),
        )

    def suspend_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> RawResponse[MindzPaySubscription]:
        """Suspend a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`
        """
        request = _suspend_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[MindzPaySubscription]",
            self._invoker.request_raw(
                "suspend_mindz_pay_subscription", request, _suspend_mindz_pay_subscription._parse_response
            ),
        )

    def cancel_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> RawResponse[MindzPaySubscription]:
        """Cancel a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`
        """
        request = _cancel_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[MindzPaySubscription]",
            self._invoker.request_raw(
                "cancel_mindz_pay_subscription", request, _cancel_mindz_pay_subscription._parse_response
            ),
        )


class AsyncMindzpaySubscriptionsResource:
    """Operations tagged `mindzpay_subscriptions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncMindzpaySubscriptionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpaySubscriptionsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_subscriptions(
        self,
        account_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[MindzPaySubscriptionPage, MindzPaySubscription]":
        """List MindzPay subscriptions

        `GET /mindzpay/accounts/{account_id}/subscriptions/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_mindz_pay_subscriptions._get_kwargs(
            account_id=account_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_subscriptions",
            request,
            _list_mindz_pay_subscriptions._parse_response,
            _LIST_MINDZ_PAY_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    async def get_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> MindzPaySubscription:
        """Get a MindzPay subscription

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`
        """
        request = _get_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "MindzPaySubscription",
            await self._invoker.request(
                "get_mindz_pay_subscription", request, _get_mindz_pay_subscription._parse_response
            ),
        )

    async def suspend_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> MindzPaySubscription:
        """Suspend a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`
        """
        request = _suspend_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "MindzPaySubscription",
            await self._invoker.request(
                "suspend_mindz_pay_subscription", request, _suspend_mindz_pay_subscription._parse_response
            ),
        )

    async def cancel_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> MindzPaySubscription:
        """Cancel a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`
        """
        request = _cancel_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "MindzPaySubscription",
            await self._invoker.request(
                "cancel_mindz_pay_subscription", request, _cancel_mindz_pay_subscription._parse_response
            ),
        )


class AsyncMindzpaySubscriptionsResourceWithRawResponse:
    """Like `AsyncMindzpaySubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_mindz_pay_subscriptions(
        self,
        account_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPaySubscriptionPage]:
        """List MindzPay subscriptions

        `GET /mindzpay/accounts/{account_id}/subscriptions/`
        """
        request = _list_mindz_pay_subscriptions._get_kwargs(
            account_id=account_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPaySubscriptionPage]",
            await self._invoker.request_raw(
                "list_mindz_pay_subscriptions", request, _list_mindz_pay_subscriptions._parse_response
            ),
        )

    async def get_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> RawResponse[MindzPaySubscription]:
        """Get a MindzPay subscription

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`
        """
        request = _get_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[MindzPaySubscription]",
            await self._invoker.request_raw(
                "get_mindz_pay_subscription", request, _get_mindz_pay_subscription._parse_response
            ),
        )

    async def suspend_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> RawResponse[MindzPaySubscription]:
        """Suspend a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`
        """
        request = _suspend_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[MindzPaySubscription]",
            await self._invoker.request_raw(
                "suspend_mindz_pay_subscription", request, _suspend_mindz_pay_subscription._parse_response
            ),
        )

    async def cancel_mindz_pay_subscription(
        self,
        account_id: str,
        subscription_id: int,
    ) -> RawResponse[MindzPaySubscription]:
        """Cancel a MindzPay subscription

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`
        """
        request = _cancel_mindz_pay_subscription._get_kwargs(
            account_id=account_id,
            subscription_id=subscription_id,
        )
        return cast(
            "RawResponse[MindzPaySubscription]",
            await self._invoker.request_raw(
                "cancel_mindz_pay_subscription", request, _cancel_mindz_pay_subscription._parse_response
            ),
        )


__all__ = [
    "AsyncMindzpaySubscriptionsResource",
    "AsyncMindzpaySubscriptionsResourceWithRawResponse",
    "MindzpaySubscriptionsResource",
    "MindzpaySubscriptionsResourceWithRawResponse",
]
