"""Typed operations tagged `pricing_plan_subscription_groups`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_pricing_plan_subscription_group_request import CreatePricingPlanSubscriptionGroupRequest
from ...models.order_direction import OrderDirection
from ...models.pricing_plan_subscription_group import PricingPlanSubscriptionGroup
from ...models.pricing_plan_subscription_group_page import PricingPlanSubscriptionGroupPage
from ...models.update_pricing_plan_subscription_group_request import UpdatePricingPlanSubscriptionGroupRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_pricing_plan_subscription_group as _create_pricing_plan_subscription_group
from . import delete_pricing_plan_subscription_group as _delete_pricing_plan_subscription_group
from . import get_pricing_plan_subscription_group as _get_pricing_plan_subscription_group
from . import list_pricing_plan_subscription_groups as _list_pricing_plan_subscription_groups
from . import update_pricing_plan_subscription_group as _update_pricing_plan_subscription_group


class PricingPlanSubscriptionGroupsResource:
    """Operations tagged `pricing_plan_subscription_groups`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "PricingPlanSubscriptionGroupsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingPlanSubscriptionGroupsResourceWithRawResponse(self._invoker)

    def list_pricing_plan_subscription_groups(
        self,
        *,
        owner_customer_id: str | Unset = UNSET,
        start_at: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroupPage:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`
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
            "PricingPlanSubscriptionGroupPage",
            self._invoker.request(
                "list_pricing_plan_subscription_groups", request, _list_pricing_plan_subscription_groups._parse_response
            ),
        )

    def create_pricing_plan_subscription_group(
        self,
        *,
        body: CreatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`
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
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`
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
        body: UpdatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`
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
        owner_customer_id: str | Unset = UNSET,
        start_at: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroupPage]:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`
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
        body: CreatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`
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
        body: UpdatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`
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
    def with_raw_response(self) -> "AsyncPricingPlanSubscriptionGroupsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingPlanSubscriptionGroupsResourceWithRawResponse(self._invoker)

    async def list_pricing_plan_subscription_groups(
        self,
        *,
        owner_customer_id: str | Unset = UNSET,
        start_at: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroupPage:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`
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
            "PricingPlanSubscriptionGroupPage",
            await self._invoker.request(
                "list_pricing_plan_subscription_groups", request, _list_pricing_plan_subscription_groups._parse_response
            ),
        )

    async def create_pricing_plan_subscription_group(
        self,
        *,
        body: CreatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`
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
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`
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
        body: UpdatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSubscriptionGroup:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`
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
        owner_customer_id: str | Unset = UNSET,
        start_at: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroupPage]:
        """List the pricing plan subscription groups.

        `GET /v1/pricing-plan-subscription-groups`
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
        body: CreatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Create a pricing plan subscription group.

        `POST /v1/pricing-plan-subscription-groups`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Get the pricing plan subscription group.

        `GET /v1/pricing-plan-subscription-groups/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Delete the pricing plan subscription group.

        `DELETE /v1/pricing-plan-subscription-groups/{resource_id}`
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
        body: UpdatePricingPlanSubscriptionGroupRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSubscriptionGroup]:
        """Update the pricing plan subscription group.

        `PATCH /v1/pricing-plan-subscription-groups/{resource_id}`
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
