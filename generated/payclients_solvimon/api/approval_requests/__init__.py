"""Typed operations tagged `approval_requests`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.approval_request import ApprovalRequest
from ...models.approval_request_page import ApprovalRequestPage
from ...models.bulk_approval_request_action_page import BulkApprovalRequestActionPage
from ...models.create_bulk_approval_request_action_request import CreateBulkApprovalRequestActionRequest
from ...models.order_direction import OrderDirection
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import approve_approval_request as _approve_approval_request
from . import approve_approval_requests as _approve_approval_requests
from . import cancel_approval_request as _cancel_approval_request
from . import cancel_approval_requests as _cancel_approval_requests
from . import decline_approval_request as _decline_approval_request
from . import decline_approval_requests as _decline_approval_requests
from . import get_approval_request as _get_approval_request
from . import list_approval_requests as _list_approval_requests


class ApprovalRequestsResource:
    """Operations tagged `approval_requests`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "ApprovalRequestsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ApprovalRequestsResourceWithRawResponse(self._invoker)

    def list_approval_requests(
        self,
        *,
        source_type: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ApprovalRequestPage:
        """List the approval requests.

        `GET /v1/approval-requests`
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
            "ApprovalRequestPage",
            self._invoker.request("list_approval_requests", request, _list_approval_requests._parse_response),
        )

    def approve_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkApprovalRequestActionPage:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkApprovalRequestActionPage:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkApprovalRequestActionPage:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`
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
        x_platform_id: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`
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
        source_type: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequestPage]:
        """List the approval requests.

        `GET /v1/approval-requests`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`
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
    def with_raw_response(self) -> "AsyncApprovalRequestsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncApprovalRequestsResourceWithRawResponse(self._invoker)

    async def list_approval_requests(
        self,
        *,
        source_type: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ApprovalRequestPage:
        """List the approval requests.

        `GET /v1/approval-requests`
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
            "ApprovalRequestPage",
            await self._invoker.request("list_approval_requests", request, _list_approval_requests._parse_response),
        )

    async def approve_approval_requests(
        self,
        *,
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkApprovalRequestActionPage:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkApprovalRequestActionPage:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkApprovalRequestActionPage:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`
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
        x_platform_id: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ApprovalRequest:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`
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
        source_type: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequestPage]:
        """List the approval requests.

        `GET /v1/approval-requests`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Approve the approval requests.

        `POST /v1/approval-requests/approve`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Cancel the approval requests.

        `POST /v1/approval-requests/cancel`
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
        body: CreateBulkApprovalRequestActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BulkApprovalRequestActionPage]:
        """Decline the approval requests.

        `POST /v1/approval-requests/decline`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Get the approval request.

        `GET /v1/approval-requests/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Approve the approval request.

        `POST /v1/approval-requests/{resource_id}/approve`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Cancel the approval request.

        `POST /v1/approval-requests/{resource_id}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ApprovalRequest]:
        """Decline the approval request.

        `POST /v1/approval-requests/{resource_id}/decline`
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
