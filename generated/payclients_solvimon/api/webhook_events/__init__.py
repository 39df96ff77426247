"""Typed operations tagged `webhook_events`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.order_direction import OrderDirection
from ...models.webhook_event import WebhookEvent
from ...models.webhook_event_page import WebhookEventPage
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import get_webhook_event as _get_webhook_event
from . import list_webhook_events as _list_webhook_events
from . import resend_webhook_event as _resend_webhook_event


class WebhookEventsResource:
    """Operations tagged `webhook_events`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "WebhookEventsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WebhookEventsResourceWithRawResponse(self._invoker)

    def list_webhook_events(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WebhookEventPage:
        """List the webhook events.

        `GET /v1/webhook-events`
        """
        request = _list_webhook_events._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            webhook_id=webhook_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WebhookEventPage",
            self._invoker.request("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    def get_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> WebhookEvent:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`
        """
        request = _get_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WebhookEvent", self._invoker.request("get_webhook_event", request, _get_webhook_event._parse_response)
        )

    def resend_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WebhookEvent:
        """Resend the webhook event.

        `POST /v1/webhook-events/{resource_id}/resend`
        """
        request = _resend_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WebhookEvent",
            self._invoker.request("resend_webhook_event", request, _resend_webhook_event._parse_response),
        )


class WebhookEventsResourceWithRawResponse:
    """Like `WebhookEventsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_webhook_events(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WebhookEventPage]:
        """List the webhook events.

        `GET /v1/webhook-events`
        """
        request = _list_webhook_events._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            webhook_id=webhook_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WebhookEventPage]",
            self._invoker.request_raw("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    def get_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WebhookEvent]:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`
        """
        request = _get_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WebhookEvent]",
            self._invoker.request_raw("get_webhook_event", request, _get_webhook_event._parse_response),
        )

    def resend_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WebhookEvent]:
        """Resend the webhook event.

        `POST /v1/webhook-events/{resource_id}/resend`
        """
        request = _resend_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WebhookEvent]",
            self._invoker.request_raw("resend_webhook_event", request, _resend_webhook_event._parse_response),
        )


class AsyncWebhookEventsResource:
    """Operations tagged `webhook_events`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncWebhookEventsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWebhookEventsResourceWithRawResponse(self._invoker)

    async def list_webhook_events(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WebhookEventPage:
        """List the webhook events.

        `GET /v1/webhook-events`
        """
        request = _list_webhook_events._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            webhook_id=webhook_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WebhookEventPage",
            await self._invoker.request("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    async def get_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> WebhookEvent:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`
        """
        request = _get_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WebhookEvent",
            await self._invoker.request("get_webhook_event", request, _get_webhook_event._parse_response),
        )

    async def resend_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WebhookEvent:
        """Resend the webhook event.

        `POST /v1/webhook-events/{resource_id}/resend`
        """
        request = _resend_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WebhookEvent",
            await self._invoker.request("resend_webhook_event", request, _resend_webhook_event._parse_response),
        )


class AsyncWebhookEventsResourceWithRawResponse:
    """Like `AsyncWebhookEventsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_webhook_events(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WebhookEventPage]:
        """List the webhook events.

        `GET /v1/webhook-events`
        """
        request = _list_webhook_events._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            webhook_id=webhook_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WebhookEventPage]",
            await self._invoker.request_raw("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    async def get_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WebhookEvent]:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`
        """
        request = _get_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WebhookEvent]",
            await self._invoker.request_raw("get_webhook_event", request, _get_webhook_event._parse_response),
        )

    async def resend_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WebhookEvent]:
        """Resend the webhook event.

        `POST /v1/webhook-events/{resource_id}/resend`
        """
        request = _resend_webhook_event._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WebhookEvent]",
            await self._invoker.request_raw("resend_webhook_event", request, _resend_webhook_event._parse_response),
        )


__all__ = [
    "AsyncWebhookEventsResource",
    "AsyncWebhookEventsResourceWithRawResponse",
    "WebhookEventsResource",
    "WebhookEventsResourceWithRawResponse",
]
