"""Typed operations tagged `approval_requests`.

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
    from ...models.approval_request import ApprovalRequest
    from ...models.approval_request_page import ApprovalRequestPage
    from ...models.bulk_approval_request_action_page import BulkApprovalRequestActionPage
    from ...models.create_bulk_approval_request_action_request import CreateBulkApprovalRequestActionRequest
    from ...models.order_direction import OrderDirection
    from . import approve_approval_request as _approve_approval_request
    from . import approve_approval_requests as _approve_approval_requests
    from . import cancel_approval_request as _cancel_approval_request
    from . import cancel_approval_requests as _cancel_approval_requests
    from . import decline_approval_request as _decline_approval_request
    from . import decline_approval_requests as _decline_approval_requests
    from . import get_approval_request as _get_approval_request
    from . import list_approval_requests as _list_approval_requests
else:
    _list_approval_requests = LazyModule(__name__ + ".list_approval_requests")
    _approve_approval_requests = LazyModule(__name__ + ".approve_approval_requests")
    _cancel_approval_requests = LazyModule(__name__ + ".cancel_approval_requests")
    _decline_approval_requests = LazyModule(__name__ + ".decline_approval_requests")
    _get_approval_request = LazyModule(__name__ + ".get_approval_request")
    _approve_approval_request = LazyModule(__name__ + ".approve_approval_request")
    _cancel_approval_request = LazyModule(__name__ + ".cancel_approval_request")
    _decline_approval_request = LazyModule(__name__ + ".decline_approval_request")

_LIST_APPROVAL_REQUESTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_approval_requests` pages (the spec's `x-payclients-pagination`: style `page`)."""


class ApprovalRequestsResource:
    """Operations tagged `approval_requests`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ApprovalRequestsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ApprovalRequestsResourceWithRawResponse(self._invoker)

    def list_approval_requests(
        self,
        *,
        source_type: str | None = None,
        source_id: str | None = None,
        user_id: str | None = None,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ApprovalRequestPage, ApprovalRequest]:
        """List the approval requests.

        `GET /v1/approval-requests`

        Args:
            source_type: Only approval requests raised by this type of object (INVOICE, ...).
            source_id: Only approval requests raised by this object.
            user_id: Only approval requests of this user.
            statuses: Only approval requests with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ApprovalRequestPage, ApprovalRequest]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_requests._get_kwargs(
            source_type=source_type,
            source_id=source_id,
            user_id=user_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_approval_requests",
            request,
            _list_approval_requests._parse_response,
            _LIST_APPROVAL_REQUESTS_LISTING,
            max_items=max_items,
        )

    def approve_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkApprovalRequestActionPage:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkApprovalRequestActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkApprovalRequestActionPage",
            self._invoker.request("approve_approval_requests", request, _approve_approval_requests._parse_response),
        )

    def cancel_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkApprovalRequestActionPage:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkApprovalRequestActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkApprovalRequestActionPage",
            self._invoker.request("cancel_approval_requests", request, _cancel_approval_requests._parse_response),
        )

    def decline_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkApprovalRequestActionPage:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkApprovalRequestActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkApprovalRequestActionPage",
            self._invoker.request("decline_approval_requests", request, _decline_approval_requests._parse_response),
        )

    def get_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApprovalRequest:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ApprovalRequest",
            self._invoker.request("get_approval_request", request, _get_approval_request._parse_response),
        )

    def approve_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalRequest:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalRequest",
            self._invoker.request("approve_approval_request", request, _approve_approval_request._parse_response),
        )

    def cancel_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalRequest:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalRequest",
            self._invoker.request("cancel_approval_request", request, _cancel_approval_request._parse_response),
        )

    def decline_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalRequest:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalRequest",
            self._invoker.request("decline_approval_request", request, _decline_approval_request._parse_response),
        )


class ApprovalRequestsResourceWithRawResponse:
    """Like `ApprovalRequestsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_approval_requests(
        self,
        *,
        source_type: str | None = None,
        source_id: str | None = None,
        user_id: str | None = None,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApprovalRequestPage]:
        """List the approval requests.

        `GET /v1/approval-requests`

        Args:
            source_type: Only approval requests raised by this type of object (INVOICE, ...).
            source_id: Only approval requests raised by this object.
            user_id: Only approval requests of this user.
            statuses: Only approval requests with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApprovalRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_requests._get_kwargs(
            source_type=source_type,
            source_id=source_id,
            user_id=user_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApprovalRequestPage]",
            self._invoker.request_raw("list_approval_requests", request, _list_approval_requests._parse_response),
        )

    def approve_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkApprovalRequestActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkApprovalRequestActionPage]",
            self._invoker.request_raw("approve_approval_requests", request, _approve_approval_requests._parse_response),
        )

    def cancel_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkApprovalRequestActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkApprovalRequestActionPage]",
            self._invoker.request_raw("cancel_approval_requests", request, _cancel_approval_requests._parse_response),
        )

    def decline_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkApprovalRequestActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkApprovalRequestActionPage]",
            self._invoker.request_raw("decline_approval_requests", request, _decline_approval_requests._parse_response),
        )

    def get_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            self._invoker.request_raw("get_approval_request", request, _get_approval_request._parse_response),
        )

    def approve_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            self._invoker.request_raw("approve_approval_request", request, _approve_approval_request._parse_response),
        )

    def cancel_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            self._invoker.request_raw("cancel_approval_request", request, _cancel_approval_request._parse_response),
        )

    def decline_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            self._invoker.request_raw("decline_approval_request", request, _decline_approval_request._parse_response),
        )


class AsyncApprovalRequestsResource:
    """Operations tagged `approval_requests`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncApprovalRequestsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncApprovalRequestsResourceWithRawResponse(self._invoker)

    def list_approval_requests(
        self,
        *,
        source_type: str | None = None,
        source_id: str | None = None,
        user_id: str | None = None,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ApprovalRequestPage, ApprovalRequest]:
        """List the approval requests.

        `GET /v1/approval-requests`

        Args:
            source_type: Only approval requests raised by this type of object (INVOICE, ...).
            source_id: Only approval requests raised by this object.
            user_id: Only approval requests of this user.
            statuses: Only approval requests with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ApprovalRequestPage, ApprovalRequest]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_requests._get_kwargs(
            source_type=source_type,
            source_id=source_id,
            user_id=user_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_approval_requests",
            request,
            _list_approval_requests._parse_response,
            _LIST_APPROVAL_REQUESTS_LISTING,
            max_items=max_items,
        )

    async def approve_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkApprovalRequestActionPage:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkApprovalRequestActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkApprovalRequestActionPage",
            await self._invoker.request(
                "approve_approval_requests", request, _approve_approval_requests._parse_response
            ),
        )

    async def cancel_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkApprovalRequestActionPage:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkApprovalRequestActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkApprovalRequestActionPage",
            await self._invoker.request("cancel_approval_requests", request, _cancel_approval_requests._parse_response),
        )

    async def decline_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkApprovalRequestActionPage:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkApprovalRequestActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkApprovalRequestActionPage",
            await self._invoker.request(
                "decline_approval_requests", request, _decline_approval_requests._parse_response
            ),
        )

    async def get_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApprovalRequest:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ApprovalRequest",
            await self._invoker.request("get_approval_request", request, _get_approval_request._parse_response),
        )

    async def approve_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalRequest:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalRequest",
            await self._invoker.request("approve_approval_request", request, _approve_approval_request._parse_response),
        )

    async def cancel_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalRequest:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalRequest",
            await self._invoker.request("cancel_approval_request", request, _cancel_approval_request._parse_response),
        )

    async def decline_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalRequest:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalRequest",
            await self._invoker.request("decline_approval_request", request, _decline_approval_request._parse_response),
        )


class AsyncApprovalRequestsResourceWithRawResponse:
    """Like `AsyncApprovalRequestsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_approval_requests(
        self,
        *,
        source_type: str | None = None,
        source_id: str | None = None,
        user_id: str | None = None,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApprovalRequestPage]:
        """List the approval requests.

        `GET /v1/approval-requests`

        Args:
            source_type: Only approval requests raised by this type of object (INVOICE, ...).
            source_id: Only approval requests raised by this object.
            user_id: Only approval requests of this user.
            statuses: Only approval requests with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApprovalRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_requests._get_kwargs(
            source_type=source_type,
            source_id=source_id,
            user_id=user_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApprovalRequestPage]",
            await self._invoker.request_raw("list_approval_requests", request, _list_approval_requests._parse_response),
        )

    async def approve_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkApprovalRequestActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkApprovalRequestActionPage]",
            await self._invoker.request_raw(
                "approve_approval_requests", request, _approve_approval_requests._parse_response
            ),
        )

    async def cancel_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkApprovalRequestActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkApprovalRequestActionPage]",
            await self._invoker.request_raw(
                "cancel_approval_requests", request, _cancel_approval_requests._parse_response
            ),
        )

    async def decline_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkApprovalRequestActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_requests._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkApprovalRequestActionPage]",
            await self._invoker.request_raw(
                "decline_approval_requests", request, _decline_approval_requests._parse_response
            ),
        )

    async def get_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            await self._invoker.request_raw("get_approval_request", request, _get_approval_request._parse_response),
        )

    async def approve_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            await self._invoker.request_raw(
                "approve_approval_request", request, _approve_approval_request._parse_response
            ),
        )

    async def cancel_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            await self._invoker.request_raw(
                "cancel_approval_request", request, _cancel_approval_request._parse_response
            ),
        )

    async def decline_approval_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalRequest]:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`

        Args:
            resource_id: Id of the approval request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decline_approval_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalRequest]",
            await self._invoker.request_raw(
                "decline_approval_request", request, _decline_approval_request._parse_response
            ),
        )


__all__ = [
    "ApprovalRequestsResource",
    "ApprovalRequestsResourceWithRawResponse",
    "AsyncApprovalRequestsResource",
    "AsyncApprovalRequestsResourceWithRawResponse",
]
