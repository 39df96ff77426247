"""Typed operations tagged `alerts`.

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
    from ...models.alert import Alert
    from ...models.alert_page import AlertPage
    from ...models.api_error import ApiError
    from ...models.create_alert_request import CreateAlertRequest
    from . import create_alert as _create_alert
    from . import get_alert as _get_alert
    from . import list_alerts as _list_alerts
else:
    _list_alerts = LazyModule(__name__ + ".list_alerts")
    _create_alert = LazyModule(__name__ + ".create_alert")
    _get_alert = LazyModule(__name__ + ".get_alert")

_LIST_ALERTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_alerts` pages (the spec's `x-payclients-pagination`: style `page`)."""


class AlertsResource:
    """Operations tagged `alerts`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AlertsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AlertsResourceWithRawResponse(self._invoker)

    def list_alerts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[AlertPage, Alert]:
        """List the alerts.

        `GET /v1/alerts`

        Args:
            customer_id: Only alerts of this customer.
            page: Page number, from 1.
            limit: Page size.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[AlertPage, Alert]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_alerts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_alerts", request, _list_alerts._parse_response, _LIST_ALERTS_LISTING, max_items=max_items
        )

    def create_alert(
        self,
        *,
        body: CreateAlertRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Alert:
        """Create an alert.

        `POST /v1/alerts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Alert: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_alert._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Alert", self._invoker.request("create_alert", request, _create_alert._parse_response))

    def get_alert(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Alert:
        """Get the alert.

        `GET /v1/alerts/{resource_id}`

        Args:
            resource_id: Id of the alert.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Alert: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_alert._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Alert", self._invoker.request("get_alert", request, _get_alert._parse_response))


class AlertsResourceWithRawResponse:
    """Like `AlertsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_alerts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AlertPage]:
        """List the alerts.

        `GET /v1/alerts`

        Args:
            customer_id: Only alerts of this customer.
            page: Page number, from 1.
            limit: Page size.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AlertPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_alerts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AlertPage]", self._invoker.request_raw("list_alerts", request, _list_alerts._parse_response)
        )

    def create_alert(
        self,
        *,
        body: CreateAlertRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Alert]:
        """Create an alert.

        `POST /v1/alerts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Alert]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_alert._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Alert]", self._invoker.request_raw("create_alert", request, _create_alert._parse_response)
        )

    def get_alert(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Alert]:
        """Get the alert.

        `GET /v1/alerts/{resource_id}`

        Args:
            resource_id: Id of the alert.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Alert]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_alert._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("RawResponse[Alert]", self._invoker.request_raw("get_alert", request, _get_alert._parse_response))


class AsyncAlertsResource:
    """Operations tagged `alerts`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncAlertsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncAlertsResourceWithRawResponse(self._invoker)

    def list_alerts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AlertPage, Alert]:
        """List the alerts.

        `GET /v1/alerts`

        Args:
            customer_id: Only alerts of this customer.
            page: Page number, from 1.
            limit: Page size.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[AlertPage, Alert]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_alerts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_alerts", request, _list_alerts._parse_response, _LIST_ALERTS_LISTING, max_items=max_items
        )

    async def create_alert(
        self,
        *,
        body: CreateAlertRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Alert:
        """Create an alert.

        `POST /v1/alerts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Alert: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_alert._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Alert", await self._invoker.request("create_alert", request, _create_alert._parse_response))

    async def get_alert(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Alert:
        """Get the alert.

        `GET /v1/alerts/{resource_id}`

        Args:
            resource_id: Id of the alert.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Alert: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_alert._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Alert", await self._invoker.request("get_alert", request, _get_alert._parse_response))


class AsyncAlertsResourceWithRawResponse:
    """Like `AsyncAlertsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_alerts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AlertPage]:
        """List the alerts.

        `GET /v1/alerts`

        Args:
            customer_id: Only alerts of this customer.
            page: Page number, from 1.
            limit: Page size.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AlertPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_alerts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AlertPage]",
            await self._invoker.request_raw("list_alerts", request, _list_alerts._parse_response),
        )

    async def create_alert(
        self,
        *,
        body: CreateAlertRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Alert]:
        """Create an alert.

        `POST /v1/alerts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Alert]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_alert._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Alert]",
            await self._invoker.request_raw("create_alert", request, _create_alert._parse_response),
        )

    async def get_alert(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Alert]:
        """Get the alert.

        `GET /v1/alerts/{resource_id}`

        Args:
            resource_id: Id of the alert.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Alert]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_alert._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Alert]", await self._invoker.request_raw("get_alert", request, _get_alert._parse_response)
        )


__all__ = [
    "AlertsResource",
    "AlertsResourceWithRawResponse",
    "AsyncAlertsResource",
    "AsyncAlertsResourceWithRawResponse",
]
