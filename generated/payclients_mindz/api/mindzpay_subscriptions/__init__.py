"""Typed operations tagged `mindzpay_subscriptions`.

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
    from ...models.mindz_error import MindzError
    from ...models.mindz_pay_subscription import MindzPaySubscription
    from ...models.mindz_pay_subscription_page import MindzPaySubscriptionPage
    from . import cancel_mindz_pay_subscription as _cancel_mindz_pay_subscription
    from . import get_mindz_pay_subscription as _get_mindz_pay_subscription
    from . import list_mindz_pay_subscriptions as _list_mindz_pay_subscriptions
    from . import suspend_mindz_pay_subscription as _suspend_mindz_pay_subscription
else:
    _list_mindz_pay_subscriptions = LazyModule(__name__ + ".list_mindz_pay_subscriptions")
    _get_mindz_pay_subscription = LazyModule(__name__ + ".get_mindz_pay_subscription")
    _suspend_mindz_pay_subscription = LazyModule(__name__ + ".suspend_mindz_pay_subscription")
    _cancel_mindz_pay_subscription = LazyModule(__name__ + ".cancel_mindz_pay_subscription")

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
    def with_raw_response(self) -> MindzpaySubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpaySubscriptionsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_subscriptions(
        self,
        account_id: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[MindzPaySubscriptionPage, MindzPaySubscription]:
        """List MindzPay subscriptions

        Returns one page of the customer subscriptions billed by a MindzPay account. Sortable by
        `id`,
        `created_at`, `customer_email`, `active`.

        The n8n node's MindzPay Subscription List page (account id, limit, offset, sort, search)
        backs the
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[MindzPaySubscriptionPage, MindzPaySubscription]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer subscription.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            MindzPaySubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Pauses the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            MindzPaySubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Ends the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            MindzPaySubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPaySubscriptionPage]:
        """List MindzPay subscriptions

        Returns one page of the customer subscriptions billed by a MindzPay account. Sortable by
        `id`,
        `created_at`, `customer_email`, `active`.

        The n8n node's MindzPay Subscription List page (account id, limit, offset, sort, search)
        backs the
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[MindzPaySubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer subscription.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            RawResponse[MindzPaySubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Pauses the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            RawResponse[MindzPaySubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Ends the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            RawResponse[MindzPaySubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncMindzpaySubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpaySubscriptionsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_subscriptions(
        self,
        account_id: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MindzPaySubscriptionPage, MindzPaySubscription]:
        """List MindzPay subscriptions

        Returns one page of the customer subscriptions billed by a MindzPay account. Sortable by
        `id`,
        `created_at`, `customer_email`, `active`.

        The n8n node's MindzPay Subscription List page (account id, limit, offset, sort, search)
        backs the
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[MindzPaySubscriptionPage, MindzPaySubscription]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer subscription.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            MindzPaySubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Pauses the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            MindzPaySubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Ends the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            MindzPaySubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPaySubscriptionPage]:
        """List MindzPay subscriptions

        Returns one page of the customer subscriptions billed by a MindzPay account. Sortable by
        `id`,
        `created_at`, `customer_email`, `active`.

        The n8n node's MindzPay Subscription List page (account id, limit, offset, sort, search)
        backs the
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[MindzPaySubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer subscription.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            RawResponse[MindzPaySubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Pauses the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            RawResponse[MindzPaySubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Ends the recurring billing of a subscription; returns it. No request body.

        The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription
        pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/cancel/`

        Args:
            account_id: Id of the MindzPay account (the node's "Account ID"; probably the same
                account as `account_key` elsewhere, which is not confirmed). Sent as a string because
                its format is unknown.
            subscription_id: Id of the MindzPay subscription (a customer's recurring billing).

        Returns:
            RawResponse[MindzPaySubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
