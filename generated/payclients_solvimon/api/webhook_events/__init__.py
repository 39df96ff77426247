"""Typed operations tagged `webhook_events`.

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
    from ...models.order_direction import OrderDirection
    from ...models.webhook_event import WebhookEvent
    from ...models.webhook_event_page import WebhookEventPage
    from . import get_webhook_event as _get_webhook_event
    from . import list_webhook_events as _list_webhook_events
    from . import resend_webhook_event as _resend_webhook_event
else:
    _list_webhook_events = LazyModule(__name__ + ".list_webhook_events")
    _get_webhook_event = LazyModule(__name__ + ".get_webhook_event")
    _resend_webhook_event = LazyModule(__name__ + ".resend_webhook_event")

_LIST_WEBHOOK_EVENTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_webhook_events` pages (the spec's `x-payclients-pagination`: style `page`)."""


class WebhookEventsResource:
    """Operations tagged `webhook_events`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WebhookEventsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WebhookEventsResourceWithRawResponse(self._invoker)

    def list_webhook_events(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        webhook_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[WebhookEventPage, WebhookEvent]:
        """List the webhook events.

        `GET /v1/webhook-events`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            webhook_id: Only webhook events of this webhook.
            status: Only webhook events with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[WebhookEventPage, WebhookEvent]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        return self._invoker.paginate(
            "list_webhook_events",
            request,
            _list_webhook_events._parse_response,
            _LIST_WEBHOOK_EVENTS_LISTING,
            max_items=max_items,
        )

    def get_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> WebhookEvent:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WebhookEvent: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WebhookEvent:
        """Send the webhook event again.

        `POST /v1/webhook-events/{resource_id}/resend`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WebhookEvent: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        webhook_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WebhookEventPage]:
        """List the webhook events.

        `GET /v1/webhook-events`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            webhook_id: Only webhook events of this webhook.
            status: Only webhook events with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WebhookEventPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[WebhookEvent]:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WebhookEvent]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WebhookEvent]:
        """Send the webhook event again.

        `POST /v1/webhook-events/{resource_id}/resend`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WebhookEvent]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncWebhookEventsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWebhookEventsResourceWithRawResponse(self._invoker)

    def list_webhook_events(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        webhook_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WebhookEventPage, WebhookEvent]:
        """List the webhook events.

        `GET /v1/webhook-events`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            webhook_id: Only webhook events of this webhook.
            status: Only webhook events with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[WebhookEventPage, WebhookEvent]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        return self._invoker.paginate(
            "list_webhook_events",
            request,
            _list_webhook_events._parse_response,
            _LIST_WEBHOOK_EVENTS_LISTING,
            max_items=max_items,
        )

    async def get_webhook_event(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> WebhookEvent:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WebhookEvent: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WebhookEvent:
        """Send the webhook event again.

        `POST /v1/webhook-events/{resource_id}/resend`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WebhookEvent: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        webhook_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WebhookEventPage]:
        """List the webhook events.

        `GET /v1/webhook-events`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            webhook_id: Only webhook events of this webhook.
            status: Only webhook events with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WebhookEventPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[WebhookEvent]:
        """Get the webhook event.

        `GET /v1/webhook-events/{resource_id}`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WebhookEvent]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WebhookEvent]:
        """Send the webhook event again.

        `POST /v1/webhook-events/{resource_id}/resend`

        Args:
            resource_id: Id of the webhook event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WebhookEvent]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
