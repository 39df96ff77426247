"""Typed operations tagged `webhooks`.

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
    from ...models.delete_response import DeleteResponse
    from ...models.webhook import Webhook
    from ...models.webhook_create_request import WebhookCreateRequest
    from ...models.webhook_event_list import WebhookEventList
    from ...models.webhook_ip_list import WebhookIpList
    from ...models.webhook_page import WebhookPage
    from ...models.webhook_public_key_list import WebhookPublicKeyList
    from ...models.webhook_response import WebhookResponse
    from ...models.woovi_error import WooviError
    from . import create_webhook as _create_webhook
    from . import delete_webhook as _delete_webhook
    from . import get_webhook_ips as _get_webhook_ips
    from . import get_webhook_public_keys as _get_webhook_public_keys
    from . import list_webhook_events as _list_webhook_events
    from . import list_webhooks as _list_webhooks
else:
    _list_webhooks = LazyModule(__name__ + ".list_webhooks")
    _create_webhook = LazyModule(__name__ + ".create_webhook")
    _list_webhook_events = LazyModule(__name__ + ".list_webhook_events")
    _get_webhook_ips = LazyModule(__name__ + ".get_webhook_ips")
    _get_webhook_public_keys = LazyModule(__name__ + ".get_webhook_public_keys")
    _delete_webhook = LazyModule(__name__ + ".delete_webhook")

_LIST_WEBHOOKS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="webhooks",
    attributes=("webhooks",),
)
"""How `list_webhooks` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class WebhooksResource:
    """Operations tagged `webhooks`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WebhooksResourceWithRawResponse(self._invoker)

    def list_webhooks(
        self,
        *,
        url_query: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[WebhookPage, Webhook]:
        """List webhooks

        Lists the webhook subscriptions, optionally only those for one URL.

        `GET /api/v1/webhook`

        Args:
            url_query: Only webhooks delivering to this URL.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[WebhookPage, Webhook]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhooks._get_kwargs(
            url_query=url_query,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_webhooks", request, _list_webhooks._parse_response, _LIST_WEBHOOKS_LISTING, max_items=max_items
        )

    def create_webhook(
        self,
        *,
        body: WebhookCreateRequest,
    ) -> WebhookResponse:
        """Create a webhook

        Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event
        defaults to OPENPIX:TRANSACTION_RECEIVED.

        `POST /api/v1/webhook`

        Args:
            body: The request body.

        Returns:
            WebhookResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_webhook._get_kwargs(
            body=body,
        )
        return cast(
            "WebhookResponse", self._invoker.request("create_webhook", request, _create_webhook._parse_response)
        )

    def list_webhook_events(
        self,
    ) -> WebhookEventList:
        """List webhook events

        Lists the event names a webhook can subscribe to.

        `GET /api/v1/webhook/events`

        Returns:
            WebhookEventList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhook_events._get_kwargs()
        return cast(
            "WebhookEventList",
            self._invoker.request("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    def get_webhook_ips(
        self,
    ) -> WebhookIpList:
        """List webhook source IPs

        Returns the IP addresses webhooks are sent from, for allow-listing.

        `GET /api/v1/webhook/ips`

        Returns:
            WebhookIpList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_ips._get_kwargs()
        return cast(
            "WebhookIpList", self._invoker.request("get_webhook_ips", request, _get_webhook_ips._parse_response)
        )

    def get_webhook_public_keys(
        self,
    ) -> WebhookPublicKeyList:
        """Get webhook signing keys

        Lists the RSA public keys for checking the `x-webhook-signature` header (RSA-SHA256 over
        the raw
        body, base64). Accept a signature made with any key of the list, since keys rotate. Needs
        no
        AppID; the answer may be cached for about an hour.

        `GET /api/v1/webhook/public-keys`

        Returns:
            WebhookPublicKeyList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_public_keys._get_kwargs()
        return cast(
            "WebhookPublicKeyList",
            self._invoker.request("get_webhook_public_keys", request, _get_webhook_public_keys._parse_response),
        )

    def delete_webhook(
        self,
        id: str,
    ) -> DeleteResponse:
        """Remove a webhook

        Removes a webhook subscription.

        `DELETE /api/v1/webhook/{id}`

        Args:
            id: Id of the webhook.

        Returns:
            DeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_webhook._get_kwargs(
            id=id,
        )
        return cast("DeleteResponse", self._invoker.request("delete_webhook", request, _delete_webhook._parse_response))


class WebhooksResourceWithRawResponse:
    """Like `WebhooksResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_webhooks(
        self,
        *,
        url_query: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[WebhookPage]:
        """List webhooks

        Lists the webhook subscriptions, optionally only those for one URL.

        `GET /api/v1/webhook`

        Args:
            url_query: Only webhooks delivering to this URL.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[WebhookPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhooks._get_kwargs(
            url_query=url_query,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[WebhookPage]",
            self._invoker.request_raw("list_webhooks", request, _list_webhooks._parse_response),
        )

    def create_webhook(
        self,
        *,
        body: WebhookCreateRequest,
    ) -> RawResponse[WebhookResponse]:
        """Create a webhook

        Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event
        defaults to OPENPIX:TRANSACTION_RECEIVED.

        `POST /api/v1/webhook`

        Args:
            body: The request body.

        Returns:
            RawResponse[WebhookResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_webhook._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[WebhookResponse]",
            self._invoker.request_raw("create_webhook", request, _create_webhook._parse_response),
        )

    def list_webhook_events(
        self,
    ) -> RawResponse[WebhookEventList]:
        """List webhook events

        Lists the event names a webhook can subscribe to.

        `GET /api/v1/webhook/events`

        Returns:
            RawResponse[WebhookEventList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhook_events._get_kwargs()
        return cast(
            "RawResponse[WebhookEventList]",
            self._invoker.request_raw("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    def get_webhook_ips(
        self,
    ) -> RawResponse[WebhookIpList]:
        """List webhook source IPs

        Returns the IP addresses webhooks are sent from, for allow-listing.

        `GET /api/v1/webhook/ips`

        Returns:
            RawResponse[WebhookIpList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_ips._get_kwargs()
        return cast(
            "RawResponse[WebhookIpList]",
            self._invoker.request_raw("get_webhook_ips", request, _get_webhook_ips._parse_response),
        )

    def get_webhook_public_keys(
        self,
    ) -> RawResponse[WebhookPublicKeyList]:
        """Get webhook signing keys

        Lists the RSA public keys for checking the `x-webhook-signature` header (RSA-SHA256 over
        the raw
        body, base64). Accept a signature made with any key of the list, since keys rotate. Needs
        no
        AppID; the answer may be cached for about an hour.

        `GET /api/v1/webhook/public-keys`

        Returns:
            RawResponse[WebhookPublicKeyList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_public_keys._get_kwargs()
        return cast(
            "RawResponse[WebhookPublicKeyList]",
            self._invoker.request_raw("get_webhook_public_keys", request, _get_webhook_public_keys._parse_response),
        )

    def delete_webhook(
        self,
        id: str,
    ) -> RawResponse[DeleteResponse]:
        """Remove a webhook

        Removes a webhook subscription.

        `DELETE /api/v1/webhook/{id}`

        Args:
            id: Id of the webhook.

        Returns:
            RawResponse[DeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_webhook._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DeleteResponse]",
            self._invoker.request_raw("delete_webhook", request, _delete_webhook._parse_response),
        )


class AsyncWebhooksResource:
    """Operations tagged `webhooks`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWebhooksResourceWithRawResponse(self._invoker)

    def list_webhooks(
        self,
        *,
        url_query: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WebhookPage, Webhook]:
        """List webhooks

        Lists the webhook subscriptions, optionally only those for one URL.

        `GET /api/v1/webhook`

        Args:
            url_query: Only webhooks delivering to this URL.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[WebhookPage, Webhook]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhooks._get_kwargs(
            url_query=url_query,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_webhooks", request, _list_webhooks._parse_response, _LIST_WEBHOOKS_LISTING, max_items=max_items
        )

    async def create_webhook(
        self,
        *,
        body: WebhookCreateRequest,
    ) -> WebhookResponse:
        """Create a webhook

        Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event
        defaults to OPENPIX:TRANSACTION_RECEIVED.

        `POST /api/v1/webhook`

        Args:
            body: The request body.

        Returns:
            WebhookResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_webhook._get_kwargs(
            body=body,
        )
        return cast(
            "WebhookResponse", await self._invoker.request("create_webhook", request, _create_webhook._parse_response)
        )

    async def list_webhook_events(
        self,
    ) -> WebhookEventList:
        """List webhook events

        Lists the event names a webhook can subscribe to.

        `GET /api/v1/webhook/events`

        Returns:
            WebhookEventList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhook_events._get_kwargs()
        return cast(
            "WebhookEventList",
            await self._invoker.request("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    async def get_webhook_ips(
        self,
    ) -> WebhookIpList:
        """List webhook source IPs

        Returns the IP addresses webhooks are sent from, for allow-listing.

        `GET /api/v1/webhook/ips`

        Returns:
            WebhookIpList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_ips._get_kwargs()
        return cast(
            "WebhookIpList", await self._invoker.request("get_webhook_ips", request, _get_webhook_ips._parse_response)
        )

    async def get_webhook_public_keys(
        self,
    ) -> WebhookPublicKeyList:
        """Get webhook signing keys

        Lists the RSA public keys for checking the `x-webhook-signature` header (RSA-SHA256 over
        the raw
        body, base64). Accept a signature made with any key of the list, since keys rotate. Needs
        no
        AppID; the answer may be cached for about an hour.

        `GET /api/v1/webhook/public-keys`

        Returns:
            WebhookPublicKeyList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_public_keys._get_kwargs()
        return cast(
            "WebhookPublicKeyList",
            await self._invoker.request("get_webhook_public_keys", request, _get_webhook_public_keys._parse_response),
        )

    async def delete_webhook(
        self,
        id: str,
    ) -> DeleteResponse:
        """Remove a webhook

        Removes a webhook subscription.

        `DELETE /api/v1/webhook/{id}`

        Args:
            id: Id of the webhook.

        Returns:
            DeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_webhook._get_kwargs(
            id=id,
        )
        return cast(
            "DeleteResponse", await self._invoker.request("delete_webhook", request, _delete_webhook._parse_response)
        )


class AsyncWebhooksResourceWithRawResponse:
    """Like `AsyncWebhooksResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_webhooks(
        self,
        *,
        url_query: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[WebhookPage]:
        """List webhooks

        Lists the webhook subscriptions, optionally only those for one URL.

        `GET /api/v1/webhook`

        Args:
            url_query: Only webhooks delivering to this URL.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[WebhookPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhooks._get_kwargs(
            url_query=url_query,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[WebhookPage]",
            await self._invoker.request_raw("list_webhooks", request, _list_webhooks._parse_response),
        )

    async def create_webhook(
        self,
        *,
        body: WebhookCreateRequest,
    ) -> RawResponse[WebhookResponse]:
        """Create a webhook

        Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event
        defaults to OPENPIX:TRANSACTION_RECEIVED.

        `POST /api/v1/webhook`

        Args:
            body: The request body.

        Returns:
            RawResponse[WebhookResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_webhook._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[WebhookResponse]",
            await self._invoker.request_raw("create_webhook", request, _create_webhook._parse_response),
        )

    async def list_webhook_events(
        self,
    ) -> RawResponse[WebhookEventList]:
        """List webhook events

        Lists the event names a webhook can subscribe to.

        `GET /api/v1/webhook/events`

        Returns:
            RawResponse[WebhookEventList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_webhook_events._get_kwargs()
        return cast(
            "RawResponse[WebhookEventList]",
            await self._invoker.request_raw("list_webhook_events", request, _list_webhook_events._parse_response),
        )

    async def get_webhook_ips(
        self,
    ) -> RawResponse[WebhookIpList]:
        """List webhook source IPs

        Returns the IP addresses webhooks are sent from, for allow-listing.

        `GET /api/v1/webhook/ips`

        Returns:
            RawResponse[WebhookIpList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_ips._get_kwargs()
        return cast(
            "RawResponse[WebhookIpList]",
            await self._invoker.request_raw("get_webhook_ips", request, _get_webhook_ips._parse_response),
        )

    async def get_webhook_public_keys(
        self,
    ) -> RawResponse[WebhookPublicKeyList]:
        """Get webhook signing keys

        Lists the RSA public keys for checking the `x-webhook-signature` header (RSA-SHA256 over
        the raw
        body, base64). Accept a signature made with any key of the list, since keys rotate. Needs
        no
        AppID; the answer may be cached for about an hour.

        `GET /api/v1/webhook/public-keys`

        Returns:
            RawResponse[WebhookPublicKeyList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_webhook_public_keys._get_kwargs()
        return cast(
            "RawResponse[WebhookPublicKeyList]",
            await self._invoker.request_raw(
                "get_webhook_public_keys", request, _get_webhook_public_keys._parse_response
            ),
        )

    async def delete_webhook(
        self,
        id: str,
    ) -> RawResponse[DeleteResponse]:
        """Remove a webhook

        Removes a webhook subscription.

        `DELETE /api/v1/webhook/{id}`

        Args:
            id: Id of the webhook.

        Returns:
            RawResponse[DeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_webhook._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DeleteResponse]",
            await self._invoker.request_raw("delete_webhook", request, _delete_webhook._parse_response),
        )


__all__ = [
    "AsyncWebhooksResource",
    "AsyncWebhooksResourceWithRawResponse",
    "WebhooksResource",
    "WebhooksResourceWithRawResponse",
]
