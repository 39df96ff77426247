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
    from ...models.mindz_error import MindzError
    from ...models.patched_subscription_request import PatchedSubscriptionRequest
    from ...models.subscription import Subscription
    from ...models.subscription_page import SubscriptionPage
    from ...models.subscription_request import SubscriptionRequest
    from . import create_subscription as _create_subscription
    from . import delete_subscription as _delete_subscription
    from . import get_subscription as _get_subscription
    from . import list_subscriptions as _list_subscriptions
    from . import partial_update_subscription as _partial_update_subscription
    from . import update_subscription as _update_subscription
else:
    _list_subscriptions = LazyModule(__name__ + ".list_subscriptions")
    _create_subscription = LazyModule(__name__ + ".create_subscription")
    _get_subscription = LazyModule(__name__ + ".get_subscription")
    _update_subscription = LazyModule(__name__ + ".update_subscription")
    _delete_subscription = LazyModule(__name__ + ".delete_subscription")
    _partial_update_subscription = LazyModule(__name__ + ".partial_update_subscription")

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
    def with_raw_response(self) -> SubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return SubscriptionsResourceWithRawResponse(self._invoker)

    def list_subscriptions(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[SubscriptionPage, Subscription]:
        """List subscription plans

        Returns one page of subscription plans.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/`

        Args:
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
            Pager[SubscriptionPage, Subscription]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subscription plan and returns it.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /subscriptions/`

        Args:
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a subscription plan (DRF `update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Plan fields for a partial update. Fields inferred from the n8n node's
                Subscription Create and Update inputs; the snake_case wire names are proposed.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[SubscriptionPage]:
        """List subscription plans

        Returns one page of subscription plans.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/`

        Args:
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
            RawResponse[SubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subscription plan and returns it.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /subscriptions/`

        Args:
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a subscription plan (DRF `update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Plan fields for a partial update. Fields inferred from the n8n node's
                Subscription Create and Update inputs; the snake_case wire names are proposed.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncSubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncSubscriptionsResourceWithRawResponse(self._invoker)

    def list_subscriptions(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[SubscriptionPage, Subscription]:
        """List subscription plans

        Returns one page of subscription plans.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/`

        Args:
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
            AsyncPager[SubscriptionPage, Subscription]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subscription plan and returns it.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /subscriptions/`

        Args:
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a subscription plan (DRF `update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Plan fields for a partial update. Fields inferred from the n8n node's
                Subscription Create and Update inputs; the snake_case wire names are proposed.

        Returns:
            Subscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[SubscriptionPage]:
        """List subscription plans

        Returns one page of subscription plans.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/`

        Args:
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
            RawResponse[SubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subscription plan and returns it.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /subscriptions/`

        Args:
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a subscription plan (DRF `update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Writable plan fields for create and full update; the node marks only `name` as
                required on Create. Fields inferred from the n8n node's Subscription Create and Update
                inputs; the snake_case wire names are proposed.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a subscription plan.

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Subscription Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /subscriptions/{subscription_id}/`

        Args:
            subscription_id: Id of the subscription plan.
            body: Plan fields for a partial update. Fields inferred from the n8n node's
                Subscription Create and Update inputs; the snake_case wire names are proposed.

        Returns:
            RawResponse[Subscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
