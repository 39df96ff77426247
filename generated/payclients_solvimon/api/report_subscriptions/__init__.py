"""Typed operations tagged `report_subscriptions`.

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
    from ...models.create_report_subscription_request import CreateReportSubscriptionRequest
    from ...models.order_direction import OrderDirection
    from ...models.report_generate_request import ReportGenerateRequest
    from ...models.report_subscription import ReportSubscription
    from ...models.report_subscription_page import ReportSubscriptionPage
    from ...models.trigger_report_subscription_request import TriggerReportSubscriptionRequest
    from ...models.update_report_subscription_request import UpdateReportSubscriptionRequest
    from . import create_report_subscription as _create_report_subscription
    from . import delete_report_subscription as _delete_report_subscription
    from . import get_report_subscription as _get_report_subscription
    from . import list_report_subscriptions as _list_report_subscriptions
    from . import trigger_report_subscription as _trigger_report_subscription
    from . import update_report_subscription as _update_report_subscription
else:
    _list_report_subscriptions = LazyModule(__name__ + ".list_report_subscriptions")
    _create_report_subscription = LazyModule(__name__ + ".create_report_subscription")
    _get_report_subscription = LazyModule(__name__ + ".get_report_subscription")
    _delete_report_subscription = LazyModule(__name__ + ".delete_report_subscription")
    _update_report_subscription = LazyModule(__name__ + ".update_report_subscription")
    _trigger_report_subscription = LazyModule(__name__ + ".trigger_report_subscription")

_LIST_REPORT_SUBSCRIPTIONS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_report_subscriptions` pages (the spec's `x-payclients-pagination`: style `page`)."""


class ReportSubscriptionsResource:
    """Operations tagged `report_subscriptions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ReportSubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ReportSubscriptionsResourceWithRawResponse(self._invoker)

    def list_report_subscriptions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ReportSubscriptionPage, ReportSubscription]:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ReportSubscriptionPage, ReportSubscription]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_subscriptions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_report_subscriptions",
            request,
            _list_report_subscriptions._parse_response,
            _LIST_REPORT_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    def create_report_subscription(
        self,
        *,
        body: CreateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportSubscription:
        """Create a report subscription.

        `POST /v1/report-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> ReportSubscription:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportSubscription:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportSubscription:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TriggerReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportGenerateRequest:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportSubscriptionPage]:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportSubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Create a report subscription.

        `POST /v1/report-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TriggerReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncReportSubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncReportSubscriptionsResourceWithRawResponse(self._invoker)

    def list_report_subscriptions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ReportSubscriptionPage, ReportSubscription]:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ReportSubscriptionPage, ReportSubscription]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_subscriptions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_report_subscriptions",
            request,
            _list_report_subscriptions._parse_response,
            _LIST_REPORT_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    async def create_report_subscription(
        self,
        *,
        body: CreateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportSubscription:
        """Create a report subscription.

        `POST /v1/report-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> ReportSubscription:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportSubscription:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportSubscription:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TriggerReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportGenerateRequest:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportGenerateRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportSubscriptionPage]:
        """List the report subscriptions.

        `GET /v1/report-subscriptions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportSubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Create a report subscription.

        `POST /v1/report-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Get the report subscription.

        `GET /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Delete the report subscription.

        `DELETE /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportSubscription]:
        """Update the report subscription.

        `PATCH /v1/report-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TriggerReportSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportGenerateRequest]:
        """Trigger the report subscription.

        `POST /v1/report-subscriptions/{resource_id}/trigger`

        Args:
            resource_id: Id of the report subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportGenerateRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
