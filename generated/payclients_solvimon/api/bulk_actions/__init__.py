"""Typed operations tagged `bulk_actions`.

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
    from ...models.bulk_action_check import BulkActionCheck
    from ...models.bulk_action_item_page import BulkActionItemPage
    from ...models.bulk_action_page import BulkActionPage
    from ...models.bulk_action_response import BulkActionResponse
    from ...models.create_bulk_action_request import CreateBulkActionRequest
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from . import check_bulk_action as _check_bulk_action
    from . import create_bulk_action as _create_bulk_action
    from . import get_bulk_action as _get_bulk_action
    from . import list_bulk_action_items as _list_bulk_action_items
    from . import list_bulk_actions as _list_bulk_actions
    from . import search_bulk_actions as _search_bulk_actions
else:
    _list_bulk_actions = LazyModule(__name__ + ".list_bulk_actions")
    _create_bulk_action = LazyModule(__name__ + ".create_bulk_action")
    _check_bulk_action = LazyModule(__name__ + ".check_bulk_action")
    _search_bulk_actions = LazyModule(__name__ + ".search_bulk_actions")
    _get_bulk_action = LazyModule(__name__ + ".get_bulk_action")
    _list_bulk_action_items = LazyModule(__name__ + ".list_bulk_action_items")

_LIST_BULK_ACTIONS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_bulk_actions` pages (the spec's `x-payclients-pagination`: style `page`)."""


class BulkActionsResource:
    """Operations tagged `bulk_actions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> BulkActionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return BulkActionsResourceWithRawResponse(self._invoker)

    def list_bulk_actions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[BulkActionPage, BulkActionResponse]:
        """List the bulk actions.

        `GET /v1/bulk-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[BulkActionPage, BulkActionResponse]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_bulk_actions",
            request,
            _list_bulk_actions._parse_response,
            _LIST_BULK_ACTIONS_LISTING,
            max_items=max_items,
        )

    def create_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkActionResponse:
        """Create a bulk action.

        `POST /v1/bulk-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkActionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkActionResponse",
            self._invoker.request("create_bulk_action", request, _create_bulk_action._parse_response),
        )

    def check_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkActionCheck:
        """Check the bulk action.

        `POST /v1/bulk-actions/check`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkActionCheck: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkActionCheck", self._invoker.request("check_bulk_action", request, _check_bulk_action._parse_response)
        )

    def search_bulk_actions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkActionPage:
        """Search the bulk actions.

        `POST /v1/bulk-actions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_bulk_actions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkActionPage",
            self._invoker.request("search_bulk_actions", request, _search_bulk_actions._parse_response),
        )

    def get_bulk_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> BulkActionResponse:
        """Get the bulk action.

        `GET /v1/bulk-actions/{resource_id}`

        Args:
            resource_id: Id of the bulk action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BulkActionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bulk_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BulkActionResponse", self._invoker.request("get_bulk_action", request, _get_bulk_action._parse_response)
        )

    def list_bulk_action_items(
        self,
        resource_id: str,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> BulkActionItemPage:
        """List the bulk action items.

        `GET /v1/bulk-actions/{resource_id}/items`

        Args:
            resource_id: Id of the bulk action.
            statuses: Only items with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BulkActionItemPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_action_items._get_kwargs(
            resource_id=resource_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BulkActionItemPage",
            self._invoker.request("list_bulk_action_items", request, _list_bulk_action_items._parse_response),
        )


class BulkActionsResourceWithRawResponse:
    """Like `BulkActionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_bulk_actions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[BulkActionPage]:
        """List the bulk actions.

        `GET /v1/bulk-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BulkActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BulkActionPage]",
            self._invoker.request_raw("list_bulk_actions", request, _list_bulk_actions._parse_response),
        )

    def create_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkActionResponse]:
        """Create a bulk action.

        `POST /v1/bulk-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkActionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkActionResponse]",
            self._invoker.request_raw("create_bulk_action", request, _create_bulk_action._parse_response),
        )

    def check_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkActionCheck]:
        """Check the bulk action.

        `POST /v1/bulk-actions/check`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkActionCheck]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkActionCheck]",
            self._invoker.request_raw("check_bulk_action", request, _check_bulk_action._parse_response),
        )

    def search_bulk_actions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkActionPage]:
        """Search the bulk actions.

        `POST /v1/bulk-actions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_bulk_actions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkActionPage]",
            self._invoker.request_raw("search_bulk_actions", request, _search_bulk_actions._parse_response),
        )

    def get_bulk_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[BulkActionResponse]:
        """Get the bulk action.

        `GET /v1/bulk-actions/{resource_id}`

        Args:
            resource_id: Id of the bulk action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BulkActionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bulk_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BulkActionResponse]",
            self._invoker.request_raw("get_bulk_action", request, _get_bulk_action._parse_response),
        )

    def list_bulk_action_items(
        self,
        resource_id: str,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[BulkActionItemPage]:
        """List the bulk action items.

        `GET /v1/bulk-actions/{resource_id}/items`

        Args:
            resource_id: Id of the bulk action.
            statuses: Only items with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BulkActionItemPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_action_items._get_kwargs(
            resource_id=resource_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BulkActionItemPage]",
            self._invoker.request_raw("list_bulk_action_items", request, _list_bulk_action_items._parse_response),
        )


class AsyncBulkActionsResource:
    """Operations tagged `bulk_actions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncBulkActionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncBulkActionsResourceWithRawResponse(self._invoker)

    def list_bulk_actions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[BulkActionPage, BulkActionResponse]:
        """List the bulk actions.

        `GET /v1/bulk-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[BulkActionPage, BulkActionResponse]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_bulk_actions",
            request,
            _list_bulk_actions._parse_response,
            _LIST_BULK_ACTIONS_LISTING,
            max_items=max_items,
        )

    async def create_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkActionResponse:
        """Create a bulk action.

        `POST /v1/bulk-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkActionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkActionResponse",
            await self._invoker.request("create_bulk_action", request, _create_bulk_action._parse_response),
        )

    async def check_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkActionCheck:
        """Check the bulk action.

        `POST /v1/bulk-actions/check`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkActionCheck: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkActionCheck",
            await self._invoker.request("check_bulk_action", request, _check_bulk_action._parse_response),
        )

    async def search_bulk_actions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BulkActionPage:
        """Search the bulk actions.

        `POST /v1/bulk-actions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BulkActionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_bulk_actions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BulkActionPage",
            await self._invoker.request("search_bulk_actions", request, _search_bulk_actions._parse_response),
        )

    async def get_bulk_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> BulkActionResponse:
        """Get the bulk action.

        `GET /v1/bulk-actions/{resource_id}`

        Args:
            resource_id: Id of the bulk action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BulkActionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bulk_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BulkActionResponse",
            await self._invoker.request("get_bulk_action", request, _get_bulk_action._parse_response),
        )

    async def list_bulk_action_items(
        self,
        resource_id: str,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> BulkActionItemPage:
        """List the bulk action items.

        `GET /v1/bulk-actions/{resource_id}/items`

        Args:
            resource_id: Id of the bulk action.
            statuses: Only items with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BulkActionItemPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_action_items._get_kwargs(
            resource_id=resource_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BulkActionItemPage",
            await self._invoker.request("list_bulk_action_items", request, _list_bulk_action_items._parse_response),
        )


class AsyncBulkActionsResourceWithRawResponse:
    """Like `AsyncBulkActionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_bulk_actions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[BulkActionPage]:
        """List the bulk actions.

        `GET /v1/bulk-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BulkActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BulkActionPage]",
            await self._invoker.request_raw("list_bulk_actions", request, _list_bulk_actions._parse_response),
        )

    async def create_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkActionResponse]:
        """Create a bulk action.

        `POST /v1/bulk-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkActionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkActionResponse]",
            await self._invoker.request_raw("create_bulk_action", request, _create_bulk_action._parse_response),
        )

    async def check_bulk_action(
        self,
        *,
        body: CreateBulkActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkActionCheck]:
        """Check the bulk action.

        `POST /v1/bulk-actions/check`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkActionCheck]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_bulk_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkActionCheck]",
            await self._invoker.request_raw("check_bulk_action", request, _check_bulk_action._parse_response),
        )

    async def search_bulk_actions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BulkActionPage]:
        """Search the bulk actions.

        `POST /v1/bulk-actions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BulkActionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_bulk_actions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BulkActionPage]",
            await self._invoker.request_raw("search_bulk_actions", request, _search_bulk_actions._parse_response),
        )

    async def get_bulk_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[BulkActionResponse]:
        """Get the bulk action.

        `GET /v1/bulk-actions/{resource_id}`

        Args:
            resource_id: Id of the bulk action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BulkActionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bulk_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BulkActionResponse]",
            await self._invoker.request_raw("get_bulk_action", request, _get_bulk_action._parse_response),
        )

    async def list_bulk_action_items(
        self,
        resource_id: str,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[BulkActionItemPage]:
        """List the bulk action items.

        `GET /v1/bulk-actions/{resource_id}/items`

        Args:
            resource_id: Id of the bulk action.
            statuses: Only items with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BulkActionItemPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bulk_action_items._get_kwargs(
            resource_id=resource_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BulkActionItemPage]",
            await self._invoker.request_raw("list_bulk_action_items", request, _list_bulk_action_items._parse_response),
        )


__all__ = [
    "AsyncBulkActionsResource",
    "AsyncBulkActionsResourceWithRawResponse",
    "BulkActionsResource",
    "BulkActionsResourceWithRawResponse",
]
