"""Typed operations tagged `seat_assignments`.

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
    from ...models.create_seat_assignment_request import CreateSeatAssignmentRequest
    from ...models.order_direction import OrderDirection
    from ...models.seat_assignment import SeatAssignment
    from ...models.seat_assignment_page import SeatAssignmentPage
    from ...models.update_seat_assignment_request import UpdateSeatAssignmentRequest
    from . import create_seat_assignment as _create_seat_assignment
    from . import delete_seat_assignment as _delete_seat_assignment
    from . import get_seat_assignment as _get_seat_assignment
    from . import list_seat_assignments as _list_seat_assignments
    from . import update_seat_assignment as _update_seat_assignment
else:
    _list_seat_assignments = LazyModule(__name__ + ".list_seat_assignments")
    _create_seat_assignment = LazyModule(__name__ + ".create_seat_assignment")
    _get_seat_assignment = LazyModule(__name__ + ".get_seat_assignment")
    _delete_seat_assignment = LazyModule(__name__ + ".delete_seat_assignment")
    _update_seat_assignment = LazyModule(__name__ + ".update_seat_assignment")

_LIST_SEAT_ASSIGNMENTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_seat_assignments` pages (the spec's `x-payclients-pagination`: style `page`)."""


class SeatAssignmentsResource:
    """Operations tagged `seat_assignments`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> SeatAssignmentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return SeatAssignmentsResourceWithRawResponse(self._invoker)

    def list_seat_assignments(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        parent_customer_id: str | None = None,
        customer_id: str | None = None,
        product_item_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[SeatAssignmentPage, SeatAssignment]:
        """List the seat assignments.

        `GET /v1/seat-assignments`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            parent_customer_id: Only seat assignments of this parent customer.
            customer_id: Only seat assignments of this customer.
            product_item_id: Only seat assignments of this product item.
            status: Only seat assignments with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[SeatAssignmentPage, SeatAssignment]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_seat_assignments._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            parent_customer_id=parent_customer_id,
            customer_id=customer_id,
            product_item_id=product_item_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_seat_assignments",
            request,
            _list_seat_assignments._parse_response,
            _LIST_SEAT_ASSIGNMENTS_LISTING,
            max_items=max_items,
        )

    def create_seat_assignment(
        self,
        *,
        body: CreateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SeatAssignment:
        """Create a seat assignment.

        `POST /v1/seat-assignments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_seat_assignment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SeatAssignment",
            self._invoker.request("create_seat_assignment", request, _create_seat_assignment._parse_response),
        )

    def get_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> SeatAssignment:
        """Get the seat assignment.

        `GET /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "SeatAssignment",
            self._invoker.request("get_seat_assignment", request, _get_seat_assignment._parse_response),
        )

    def delete_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SeatAssignment:
        """Delete the seat assignment.

        `DELETE /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SeatAssignment",
            self._invoker.request("delete_seat_assignment", request, _delete_seat_assignment._parse_response),
        )

    def update_seat_assignment(
        self,
        resource_id: str,
        *,
        body: UpdateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SeatAssignment:
        """Update the seat assignment.

        `PATCH /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_seat_assignment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SeatAssignment",
            self._invoker.request("update_seat_assignment", request, _update_seat_assignment._parse_response),
        )


class SeatAssignmentsResourceWithRawResponse:
    """Like `SeatAssignmentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_seat_assignments(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        parent_customer_id: str | None = None,
        customer_id: str | None = None,
        product_item_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[SeatAssignmentPage]:
        """List the seat assignments.

        `GET /v1/seat-assignments`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            parent_customer_id: Only seat assignments of this parent customer.
            customer_id: Only seat assignments of this customer.
            product_item_id: Only seat assignments of this product item.
            status: Only seat assignments with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[SeatAssignmentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_seat_assignments._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            parent_customer_id=parent_customer_id,
            customer_id=customer_id,
            product_item_id=product_item_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[SeatAssignmentPage]",
            self._invoker.request_raw("list_seat_assignments", request, _list_seat_assignments._parse_response),
        )

    def create_seat_assignment(
        self,
        *,
        body: CreateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Create a seat assignment.

        `POST /v1/seat-assignments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_seat_assignment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            self._invoker.request_raw("create_seat_assignment", request, _create_seat_assignment._parse_response),
        )

    def get_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Get the seat assignment.

        `GET /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            self._invoker.request_raw("get_seat_assignment", request, _get_seat_assignment._parse_response),
        )

    def delete_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Delete the seat assignment.

        `DELETE /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            self._invoker.request_raw("delete_seat_assignment", request, _delete_seat_assignment._parse_response),
        )

    def update_seat_assignment(
        self,
        resource_id: str,
        *,
        body: UpdateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Update the seat assignment.

        `PATCH /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_seat_assignment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            self._invoker.request_raw("update_seat_assignment", request, _update_seat_assignment._parse_response),
        )


class AsyncSeatAssignmentsResource:
    """Operations tagged `seat_assignments`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncSeatAssignmentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncSeatAssignmentsResourceWithRawResponse(self._invoker)

    def list_seat_assignments(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        parent_customer_id: str | None = None,
        customer_id: str | None = None,
        product_item_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[SeatAssignmentPage, SeatAssignment]:
        """List the seat assignments.

        `GET /v1/seat-assignments`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            parent_customer_id: Only seat assignments of this parent customer.
            customer_id: Only seat assignments of this customer.
            product_item_id: Only seat assignments of this product item.
            status: Only seat assignments with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[SeatAssignmentPage, SeatAssignment]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_seat_assignments._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            parent_customer_id=parent_customer_id,
            customer_id=customer_id,
            product_item_id=product_item_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_seat_assignments",
            request,
            _list_seat_assignments._parse_response,
            _LIST_SEAT_ASSIGNMENTS_LISTING,
            max_items=max_items,
        )

    async def create_seat_assignment(
        self,
        *,
        body: CreateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SeatAssignment:
        """Create a seat assignment.

        `POST /v1/seat-assignments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_seat_assignment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SeatAssignment",
            await self._invoker.request("create_seat_assignment", request, _create_seat_assignment._parse_response),
        )

    async def get_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> SeatAssignment:
        """Get the seat assignment.

        `GET /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "SeatAssignment",
            await self._invoker.request("get_seat_assignment", request, _get_seat_assignment._parse_response),
        )

    async def delete_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SeatAssignment:
        """Delete the seat assignment.

        `DELETE /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SeatAssignment",
            await self._invoker.request("delete_seat_assignment", request, _delete_seat_assignment._parse_response),
        )

    async def update_seat_assignment(
        self,
        resource_id: str,
        *,
        body: UpdateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SeatAssignment:
        """Update the seat assignment.

        `PATCH /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SeatAssignment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_seat_assignment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SeatAssignment",
            await self._invoker.request("update_seat_assignment", request, _update_seat_assignment._parse_response),
        )


class AsyncSeatAssignmentsResourceWithRawResponse:
    """Like `AsyncSeatAssignmentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_seat_assignments(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        parent_customer_id: str | None = None,
        customer_id: str | None = None,
        product_item_id: str | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[SeatAssignmentPage]:
        """List the seat assignments.

        `GET /v1/seat-assignments`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            parent_customer_id: Only seat assignments of this parent customer.
            customer_id: Only seat assignments of this customer.
            product_item_id: Only seat assignments of this product item.
            status: Only seat assignments with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[SeatAssignmentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_seat_assignments._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            parent_customer_id=parent_customer_id,
            customer_id=customer_id,
            product_item_id=product_item_id,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[SeatAssignmentPage]",
            await self._invoker.request_raw("list_seat_assignments", request, _list_seat_assignments._parse_response),
        )

    async def create_seat_assignment(
        self,
        *,
        body: CreateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Create a seat assignment.

        `POST /v1/seat-assignments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_seat_assignment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            await self._invoker.request_raw("create_seat_assignment", request, _create_seat_assignment._parse_response),
        )

    async def get_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Get the seat assignment.

        `GET /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            await self._invoker.request_raw("get_seat_assignment", request, _get_seat_assignment._parse_response),
        )

    async def delete_seat_assignment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Delete the seat assignment.

        `DELETE /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_seat_assignment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            await self._invoker.request_raw("delete_seat_assignment", request, _delete_seat_assignment._parse_response),
        )

    async def update_seat_assignment(
        self,
        resource_id: str,
        *,
        body: UpdateSeatAssignmentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SeatAssignment]:
        """Update the seat assignment.

        `PATCH /v1/seat-assignments/{resource_id}`

        Args:
            resource_id: Id of the seat assignment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SeatAssignment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_seat_assignment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SeatAssignment]",
            await self._invoker.request_raw("update_seat_assignment", request, _update_seat_assignment._parse_response),
        )


__all__ = [
    "AsyncSeatAssignmentsResource",
    "AsyncSeatAssignmentsResourceWithRawResponse",
    "SeatAssignmentsResource",
    "SeatAssignmentsResourceWithRawResponse",
]
