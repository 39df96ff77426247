"""Typed operations tagged `pricing_plan_subscription_groups`.

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
    from ...models.create_pricing_plan_subscription_group_request import CreatePricingPlanSubscriptionGroupRequest
    from ...models.order_direction import OrderDirection
    from ...models.pricing_plan_subscription_group import PricingPlanSubscriptionGroup
    from ...models.pricing_plan_subscription_group_page import PricingPlanSubscriptionGroupPage
    from ...models.update_pricing_plan_subscription_group_request import UpdatePricingPlanSubscriptionGroupRequest
    from . import create_pricing_plan_subscription_group as _create_pricing_plan_subscription_group
    from . import delete_pricing_plan_subscription_group as _delete_pricing_plan_subscription_group
    from . import get_pricing_plan_subscription_group as _get_pricing_plan_subscription_group
    from . import list_pricing_plan_subscription_groups as _list_pricing_plan_subscription_groups
    from . import update_pricing_plan_subscription_group as _update_pricing_plan_subscription_group
else:
    _list_pricing_plan_subscription_groups = LazyModule(__name__ + ".list_pricing_plan_subscription_groups")
    _create_pricing_plan_subscription_group = LazyModule(__name__ + ".create_pricing_plan_subscription_group")
    _get_pricing_plan_subscription_group = LazyModule(__name__ + ".get_pricing_plan_subscription_group")
    _delete_pricing_plan_subscription_group = LazyModule(__name__ + ".delete_pricing_plan_subscription_group")
    _update_pricing_plan_subscription_group = LazyModule(__name__ + ".update_pricing_plan_subscription_group")

_LIST_PRICING_PLAN_SUBSCRIPTION_GROUPS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_pricing_plan_subscription_groups` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PricingPlanSubscriptionGroupsResource:
    """Operations tagged `pricing_plan_subscription_groups`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PricingPlanSubscriptionGroupsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingPlanSubscriptionGroupsResourceWithRawResponse(self._invoker)

    def list_pricing_plan_subscription_groups(
        self,
        *,
        owner_customer_id: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PricingPlanSubscriptionGroupPage, PricingPlanSubscriptionGroup]:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`

        Args:
            owner_customer_id: Only pricing plan subscription groups owned by this customer.
            start_at: Only pricing plan subscription groups starting in this range (ISO-8601).
            created_at: Only pricing plan subscription groups created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PricingPlanSubscriptionGroupPage, PricingPlanSubscriptionGroup]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscription_groups._get_kwargs(
            owner_customer_id=owner_customer_id,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_pricing_plan_subscription_groups",
            request,
            _list_pricing_plan_subscription_groups._parse_response,
            _LIST_PRICING_PLAN_SUBSCRIPTION_GROUPS_LISTING,
            max_items=max_items,
        )

    def create_pricing_plan_subscription_group(
        self,
        *,
        body: CreatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            self._invoker.request(
                "create_pricing_plan_subscription_group",
                request,
                _create_pricing_plan_subscription_group._parse_response,
            ),
        )

    def get_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            self._invoker.request(
                "get_pricing_plan_subscription_group", request, _get_pricing_plan_subscription_group._parse_response
            ),
        )

    def delete_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            self._invoker.request(
                "delete_pricing_plan_subscription_group",
                request,
                _delete_pricing_plan_subscription_group._parse_response,
            ),
        )

    def update_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            self._invoker.request(
                "update_pricing_plan_subscription_group",
                request,
                _update_pricing_plan_subscription_group._parse_response,
            ),
        )


class PricingPlanSubscriptionGroupsResourceWithRawResponse:
    """Like `PricingPlanSubscriptionGroupsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_pricing_plan_subscription_groups(
        self,
        *,
        owner_customer_id: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroupPage]:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`

        Args:
            owner_customer_id: Only pricing plan subscription groups owned by this customer.
            start_at: Only pricing plan subscription groups starting in this range (ISO-8601).
            created_at: Only pricing plan subscription groups created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscriptionGroupPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscription_groups._get_kwargs(
            owner_customer_id=owner_customer_id,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroupPage]",
            self._invoker.request_raw(
                "list_pricing_plan_subscription_groups", request, _list_pricing_plan_subscription_groups._parse_response
            ),
        )

    def create_pricing_plan_subscription_group(
        self,
        *,
        body: CreatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            self._invoker.request_raw(
                "create_pricing_plan_subscription_group",
                request,
                _create_pricing_plan_subscription_group._parse_response,
            ),
        )

    def get_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            self._invoker.request_raw(
                "get_pricing_plan_subscription_group", request, _get_pricing_plan_subscription_group._parse_response
            ),
        )

    def delete_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            self._invoker.request_raw(
                "delete_pricing_plan_subscription_group",
                request,
                _delete_pricing_plan_subscription_group._parse_response,
            ),
        )

    def update_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            self._invoker.request_raw(
                "update_pricing_plan_subscription_group",
                request,
                _update_pricing_plan_subscription_group._parse_response,
            ),
        )


class AsyncPricingPlanSubscriptionGroupsResource:
    """Operations tagged `pricing_plan_subscription_groups`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPricingPlanSubscriptionGroupsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingPlanSubscriptionGroupsResourceWithRawResponse(self._invoker)

    def list_pricing_plan_subscription_groups(
        self,
        *,
        owner_customer_id: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PricingPlanSubscriptionGroupPage, PricingPlanSubscriptionGroup]:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`

        Args:
            owner_customer_id: Only pricing plan subscription groups owned by this customer.
            start_at: Only pricing plan subscription groups starting in this range (ISO-8601).
            created_at: Only pricing plan subscription groups created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PricingPlanSubscriptionGroupPage, PricingPlanSubscriptionGroup]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscription_groups._get_kwargs(
            owner_customer_id=owner_customer_id,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_pricing_plan_subscription_groups",
            request,
            _list_pricing_plan_subscription_groups._parse_response,
            _LIST_PRICING_PLAN_SUBSCRIPTION_GROUPS_LISTING,
            max_items=max_items,
        )

    async def create_pricing_plan_subscription_group(
        self,
        *,
        body: CreatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            await self._invoker.request(
                "create_pricing_plan_subscription_group",
                request,
                _create_pricing_plan_subscription_group._parse_response,
            ),
        )

    async def get_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            await self._invoker.request(
                "get_pricing_plan_subscription_group", request, _get_pricing_plan_subscription_group._parse_response
            ),
        )

    async def delete_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            await self._invoker.request(
                "delete_pricing_plan_subscription_group",
                request,
                _delete_pricing_plan_subscription_group._parse_response,
            ),
        )

    async def update_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionGroup:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionGroup",
            await self._invoker.request(
                "update_pricing_plan_subscription_group",
                request,
                _update_pricing_plan_subscription_group._parse_response,
            ),
        )


class AsyncPricingPlanSubscriptionGroupsResourceWithRawResponse:
    """Like `AsyncPricingPlanSubscriptionGroupsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_pricing_plan_subscription_groups(
        self,
        *,
        owner_customer_id: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroupPage]:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`

        Args:
            owner_customer_id: Only pricing plan subscription groups owned by this customer.
            start_at: Only pricing plan subscription groups starting in this range (ISO-8601).
            created_at: Only pricing plan subscription groups created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscriptionGroupPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscription_groups._get_kwargs(
            owner_customer_id=owner_customer_id,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroupPage]",
            await self._invoker.request_raw(
                "list_pricing_plan_subscription_groups", request, _list_pricing_plan_subscription_groups._parse_response
            ),
        )

    async def create_pricing_plan_subscription_group(
        self,
        *,
        body: CreatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            await self._invoker.request_raw(
                "create_pricing_plan_subscription_group",
                request,
                _create_pricing_plan_subscription_group._parse_response,
            ),
        )

    async def get_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            await self._invoker.request_raw(
                "get_pricing_plan_subscription_group", request, _get_pricing_plan_subscription_group._parse_response
            ),
        )

    async def delete_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            await self._invoker.request_raw(
                "delete_pricing_plan_subscription_group",
                request,
                _delete_pricing_plan_subscription_group._parse_response,
            ),
        )

    async def update_pricing_plan_subscription_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionGroup]",
            await self._invoker.request_raw(
                "update_pricing_plan_subscription_group",
                request,
                _update_pricing_plan_subscription_group._parse_response,
            ),
        )


__all__ = [
    "AsyncPricingPlanSubscriptionGroupsResource",
    "AsyncPricingPlanSubscriptionGroupsResourceWithRawResponse",
    "PricingPlanSubscriptionGroupsResource",
    "PricingPlanSubscriptionGroupsResourceWithRawResponse",
]
