"""Typed operations tagged `report_subscriptions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_report_subscription_request import CreateReportSubscriptionRequest
from ...models.order_direction import OrderDirection
from ...models.report_generate_request import ReportGenerateRequest
from ...models.report_subscription import ReportSubscription
from ...models.report_subscription_page import ReportSubscriptionPage
from ...models.trigger_report_subscription_request import TriggerReportSubscriptionRequest
from ...models.update_report_subscription_request import UpdateReportSubscriptionRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_report_subscription as _create_report_subscription
from . import delete_report_subscription as _delete_report_subscription
from . import get_report_subscription as _get_report_subscription
from . import list_report_subscriptions as _list_report_subscriptions
from . import trigger_report_subscription as _trigger_report_subscription
from . import update_report_subscription as _update_report_subscription


class ReportSubscriptionsResource:
    """Operations tagged `report_subscriptions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "ReportSubscriptionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ReportSubscriptionsResourceWithRawResponse(self._invoker)

    def list_report_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportSubscriptionPage:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`
        """
        request = _list_report_subscriptions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportSubscriptionPage",
            self._invoker.request("list_report_subscriptions", request, _list_report_subscriptions._parse_response),
        )

    def create_report_subscription(
        self,
        *,
        body: CreateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Create a report subscription.

        `POST /v1/report-subscriptions`
        """
        request = _create_report_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportSubscription",
            self._invoker.request("create_report_subscription", request, _create_report_subscription._parse_response),
        )

    def get_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`
        """
        request = _get_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportSubscription",
            self._invoker.request("get_report_subscription", request, _get_report_subscription._parse_response),
        )

    def delete_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`
        """
        request = _delete_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportSubscription",
            self._invoker.request("delete_report_subscription", request, _delete_report_subscription._parse_response),
        )

    def update_report_subscription(
        self,
        resource_id: str,
        *,
        body: UpdateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`
        """
        request = _update_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportSubscription",
            self._invoker.request("update_report_subscription", request, _update_report_subscription._parse_response),
        )

    def trigger_report_subscription(
        self,
        resource_id: str,
        *,
        body: TriggerReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportGenerateRequest:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`
        """
        request = _trigger_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportGenerateRequest",
            self._invoker.request("trigger_report_subscription", request, _trigger_report_subscription._parse_response),
        )


class ReportSubscriptionsResourceWithRawResponse:
    """Like `ReportSubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_report_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscriptionPage]:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`
        """
        request = _list_report_subscriptions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportSubscriptionPage]",
            self._invoker.request_raw("list_report_subscriptions", request, _list_report_subscriptions._parse_response),
        )

    def create_report_subscription(
        self,
        *,
        body: CreateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Create a report subscription.

        `POST /v1/report-subscriptions`
        """
        request = _create_report_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            self._invoker.request_raw(
                "create_report_subscription", request, _create_report_subscription._parse_response
            ),
        )

    def get_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`
        """
        request = _get_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            self._invoker.request_raw("get_report_subscription", request, _get_report_subscription._parse_response),
        )

    def delete_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`
        """
        request = _delete_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            self._invoker.request_raw(
                "delete_report_subscription", request, _delete_report_subscription._parse_response
            ),
        )

    def update_report_subscription(
        self,
        resource_id: str,
        *,
        body: UpdateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`
        """
        request = _update_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            self._invoker.request_raw(
                "update_report_subscription", request, _update_report_subscription._parse_response
            ),
        )

    def trigger_report_subscription(
        self,
        resource_id: str,
        *,
        body: TriggerReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportGenerateRequest]:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`
        """
        request = _trigger_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            self._invoker.request_raw(
                "trigger_report_subscription", request, _trigger_report_subscription._parse_response
            ),
        )


class AsyncReportSubscriptionsResource:
    """Operations tagged `report_subscriptions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncReportSubscriptionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncReportSubscriptionsResourceWithRawResponse(self._invoker)

    async def list_report_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportSubscriptionPage:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`
        """
        request = _list_report_subscriptions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportSubscriptionPage",
            await self._invoker.request(
                "list_report_subscriptions", request, _list_report_subscriptions._parse_response
            ),
        )

    async def create_report_subscription(
        self,
        *,
        body: CreateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Create a report subscription.

        `POST /v1/report-subscriptions`
        """
        request = _create_report_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportSubscription",
            await self._invoker.request(
                "create_report_subscription", request, _create_report_subscription._parse_response
            ),
        )

    async def get_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`
        """
        request = _get_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportSubscription",
            await self._invoker.request("get_report_subscription", request, _get_report_subscription._parse_response),
        )

    async def delete_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`
        """
        request = _delete_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportSubscription",
            await self._invoker.request(
                "delete_report_subscription", request, _delete_report_subscription._parse_response
            ),
        )

    async def update_report_subscription(
        self,
        resource_id: str,
        *,
        body: UpdateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportSubscription:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`
        """
        request = _update_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportSubscription",
            await self._invoker.request(
                "update_report_subscription", request, _update_report_subscription._parse_response
            ),
        )

    async def trigger_report_subscription(
        self,
        resource_id: str,
        *,
        body: TriggerReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportGenerateRequest:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`
        """
        request = _trigger_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportGenerateRequest",
            await self._invoker.request(
                "trigger_report_subscription", request, _trigger_report_subscription._parse_response
            ),
        )


class AsyncReportSubscriptionsResourceWithRawResponse:
    """Like `AsyncReportSubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_report_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscriptionPage]:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`
        """
        request = _list_report_subscriptions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportSubscriptionPage]",
            await self._invoker.request_raw(
                "list_report_subscriptions", request, _list_report_subscriptions._parse_response
            ),
        )

    async def create_report_subscription(
        self,
        *,
        body: CreateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Create a report subscription.

        `POST /v1/report-subscriptions`
        """
        request = _create_report_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            await self._invoker.request_raw(
                "create_report_subscription", request, _create_report_subscription._parse_response
            ),
        )

    async def get_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`
        """
        request = _get_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            await self._invoker.request_raw(
                "get_report_subscription", request, _get_report_subscription._parse_response
            ),
        )

    async def delete_report_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`
        """
        request = _delete_report_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            await self._invoker.request_raw(
                "delete_report_subscription", request, _delete_report_subscription._parse_response
            ),
        )

    async def update_report_subscription(
        self,
        resource_id: str,
        *,
        body: UpdateReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportSubscription]:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`
        """
        request = _update_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportSubscription]",
            await self._invoker.request_raw(
                "update_report_subscription", request, _update_report_subscription._parse_response
            ),
        )

    async def trigger_report_subscription(
        self,
        resource_id: str,
        *,
        body: TriggerReportSubscriptionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportGenerateRequest]:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`
        """
        request = _trigger_report_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportGenerateRequest]",
            await self._invoker.request_raw(
                "trigger_report_subscription", request, _trigger_report_subscription._parse_response
            ),
        )


__all__ = [
    "AsyncReportSubscriptionsResource",
    "AsyncReportSubscriptionsResourceWithRawResponse",
    "ReportSubscriptionsResource",
    "ReportSubscriptionsResourceWithRawResponse",
]
