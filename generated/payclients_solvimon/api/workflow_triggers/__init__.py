"""Typed operations tagged `workflow_triggers`.

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
    from ...models.create_workflow_trigger_request import CreateWorkflowTriggerRequest
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.workflow_trigger import WorkflowTrigger
    from ...models.workflow_trigger_paginated_response import WorkflowTriggerPaginatedResponse
    from . import create_workflow_trigger as _create_workflow_trigger
    from . import get_workflow_trigger as _get_workflow_trigger
    from . import list_workflow_triggers as _list_workflow_triggers
    from . import search_workflow_triggers as _search_workflow_triggers
else:
    _list_workflow_triggers = LazyModule(__name__ + ".list_workflow_triggers")
    _create_workflow_trigger = LazyModule(__name__ + ".create_workflow_trigger")
    _search_workflow_triggers = LazyModule(__name__ + ".search_workflow_triggers")
    _get_workflow_trigger = LazyModule(__name__ + ".get_workflow_trigger")

_LIST_WORKFLOW_TRIGGERS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_workflow_triggers` pages (the spec's `x-payclients-pagination`: style `page`)."""


class WorkflowTriggersResource:
    """Operations tagged `workflow_triggers`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WorkflowTriggersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WorkflowTriggersResourceWithRawResponse(self._invoker)

    def list_workflow_triggers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[WorkflowTriggerPaginatedResponse, WorkflowTrigger]:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[WorkflowTriggerPaginatedResponse, WorkflowTrigger]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_workflow_triggers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_workflow_triggers",
            request,
            _list_workflow_triggers._parse_response,
            _LIST_WORKFLOW_TRIGGERS_LISTING,
            max_items=max_items,
        )

    def create_workflow_trigger(
        self,
        *,
        body: CreateWorkflowTriggerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowTrigger:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowTrigger: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_trigger._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowTrigger",
            self._invoker.request("create_workflow_trigger", request, _create_workflow_trigger._parse_response),
        )

    def search_workflow_triggers(
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
    ) -> WorkflowTriggerPaginatedResponse:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`

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
            WorkflowTriggerPaginatedResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_triggers._get_kwargs(
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
            "WorkflowTriggerPaginatedResponse",
            self._invoker.request("search_workflow_triggers", request, _search_workflow_triggers._parse_response),
        )

    def get_workflow_trigger(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> WorkflowTrigger:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`

        Args:
            resource_id: Id of the workflow trigger.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WorkflowTrigger: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_trigger._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowTrigger",
            self._invoker.request("get_workflow_trigger", request, _get_workflow_trigger._parse_response),
        )


class WorkflowTriggersResourceWithRawResponse:
    """Like `WorkflowTriggersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_workflow_triggers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowTriggerPaginatedResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_workflow_triggers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowTriggerPaginatedResponse]",
            self._invoker.request_raw("list_workflow_triggers", request, _list_workflow_triggers._parse_response),
        )

    def create_workflow_trigger(
        self,
        *,
        body: CreateWorkflowTriggerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowTrigger]:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowTrigger]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_trigger._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowTrigger]",
            self._invoker.request_raw("create_workflow_trigger", request, _create_workflow_trigger._parse_response),
        )

    def search_workflow_triggers(
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
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`

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
            RawResponse[WorkflowTriggerPaginatedResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_triggers._get_kwargs(
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
            "RawResponse[WorkflowTriggerPaginatedResponse]",
            self._invoker.request_raw("search_workflow_triggers", request, _search_workflow_triggers._parse_response),
        )

    def get_workflow_trigger(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowTrigger]:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`

        Args:
            resource_id: Id of the workflow trigger.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowTrigger]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_trigger._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowTrigger]",
            self._invoker.request_raw("get_workflow_trigger", request, _get_workflow_trigger._parse_response),
        )


class AsyncWorkflowTriggersResource:
    """Operations tagged `workflow_triggers`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncWorkflowTriggersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWorkflowTriggersResourceWithRawResponse(self._invoker)

    def list_workflow_triggers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WorkflowTriggerPaginatedResponse, WorkflowTrigger]:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[WorkflowTriggerPaginatedResponse, WorkflowTrigger]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_workflow_triggers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_workflow_triggers",
            request,
            _list_workflow_triggers._parse_response,
            _LIST_WORKFLOW_TRIGGERS_LISTING,
            max_items=max_items,
        )

    async def create_workflow_trigger(
        self,
        *,
        body: CreateWorkflowTriggerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowTrigger:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowTrigger: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_trigger._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowTrigger",
            await self._invoker.request("create_workflow_trigger", request, _create_workflow_trigger._parse_response),
        )

    async def search_workflow_triggers(
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
    ) -> WorkflowTriggerPaginatedResponse:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`

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
            WorkflowTriggerPaginatedResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_triggers._get_kwargs(
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
            "WorkflowTriggerPaginatedResponse",
            await self._invoker.request("search_workflow_triggers", request, _search_workflow_triggers._parse_response),
        )

    async def get_workflow_trigger(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> WorkflowTrigger:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`

        Args:
            resource_id: Id of the workflow trigger.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WorkflowTrigger: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_trigger._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowTrigger",
            await self._invoker.request("get_workflow_trigger", request, _get_workflow_trigger._parse_response),
        )


class AsyncWorkflowTriggersResourceWithRawResponse:
    """Like `AsyncWorkflowTriggersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_workflow_triggers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowTriggerPaginatedResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_workflow_triggers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowTriggerPaginatedResponse]",
            await self._invoker.request_raw("list_workflow_triggers", request, _list_workflow_triggers._parse_response),
        )

    async def create_workflow_trigger(
        self,
        *,
        body: CreateWorkflowTriggerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowTrigger]:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowTrigger]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_trigger._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowTrigger]",
            await self._invoker.request_raw(
                "create_workflow_trigger", request, _create_workflow_trigger._parse_response
            ),
        )

    async def search_workflow_triggers(
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
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`

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
            RawResponse[WorkflowTriggerPaginatedResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_triggers._get_kwargs(
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
            "RawResponse[WorkflowTriggerPaginatedResponse]",
            await self._invoker.request_raw(
                "search_workflow_triggers", request, _search_workflow_triggers._parse_response
            ),
        )

    async def get_workflow_trigger(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowTrigger]:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`

        Args:
            resource_id: Id of the workflow trigger.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowTrigger]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_trigger._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowTrigger]",
            await self._invoker.request_raw("get_workflow_trigger", request, _get_workflow_trigger._parse_response),
        )


__all__ = [
    "AsyncWorkflowTriggersResource",
    "AsyncWorkflowTriggersResourceWithRawResponse",
    "WorkflowTriggersResource",
    "WorkflowTriggersResourceWithRawResponse",
]
