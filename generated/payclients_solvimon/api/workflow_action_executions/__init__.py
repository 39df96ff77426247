"""Typed operations tagged `workflow_action_executions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.create_workflow_action_execution_request import CreateWorkflowActionExecutionRequest
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.update_workflow_action_execution_request import UpdateWorkflowActionExecutionRequest
    from ...models.workflow_action_execution import WorkflowActionExecution
    from ...models.workflow_action_executions_paginated_response import WorkflowActionExecutionsPaginatedResponse
    from . import create_workflow_action_execution as _create_workflow_action_execution
    from . import get_workflow_action_execution as _get_workflow_action_execution
    from . import search_workflow_action_executions as _search_workflow_action_executions
    from . import update_workflow_action_execution as _update_workflow_action_execution
else:
    _create_workflow_action_execution = LazyModule(__name__ + ".create_workflow_action_execution")
    _search_workflow_action_executions = LazyModule(__name__ + ".search_workflow_action_executions")
    _get_workflow_action_execution = LazyModule(__name__ + ".get_workflow_action_execution")
    _update_workflow_action_execution = LazyModule(__name__ + ".update_workflow_action_execution")


class WorkflowActionExecutionsResource:
    """Operations tagged `workflow_action_executions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WorkflowActionExecutionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WorkflowActionExecutionsResourceWithRawResponse(self._invoker)

    def create_workflow_action_execution(
        self,
        *,
        body: CreateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowActionExecution:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowActionExecution: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_action_execution._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowActionExecution",
            self._invoker.request(
                "create_workflow_action_execution", request, _create_workflow_action_execution._parse_response
            ),
        )

    def search_workflow_action_executions(
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
    ) -> WorkflowActionExecutionsPaginatedResponse:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`

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
            WorkflowActionExecutionsPaginatedResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_action_executions._get_kwargs(
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
            "WorkflowActionExecutionsPaginatedResponse",
            self._invoker.request(
                "search_workflow_action_executions", request, _search_workflow_action_executions._parse_response
            ),
        )

    def get_workflow_action_execution(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> WorkflowActionExecution:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WorkflowActionExecution: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowActionExecution",
            self._invoker.request(
                "get_workflow_action_execution", request, _get_workflow_action_execution._parse_response
            ),
        )

    def update_workflow_action_execution(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowActionExecution:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowActionExecution: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowActionExecution",
            self._invoker.request(
                "update_workflow_action_execution", request, _update_workflow_action_execution._parse_response
            ),
        )


class WorkflowActionExecutionsResourceWithRawResponse:
    """Like `WorkflowActionExecutionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_workflow_action_execution(
        self,
        *,
        body: CreateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowActionExecution]:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowActionExecution]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_action_execution._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowActionExecution]",
            self._invoker.request_raw(
                "create_workflow_action_execution", request, _create_workflow_action_execution._parse_response
            ),
        )

    def search_workflow_action_executions(
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
    ) -> RawResponse[WorkflowActionExecutionsPaginatedResponse]:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`

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
            RawResponse[WorkflowActionExecutionsPaginatedResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_action_executions._get_kwargs(
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
            "RawResponse[WorkflowActionExecutionsPaginatedResponse]",
            self._invoker.request_raw(
                "search_workflow_action_executions", request, _search_workflow_action_executions._parse_response
            ),
        )

    def get_workflow_action_execution(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowActionExecution]:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowActionExecution]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowActionExecution]",
            self._invoker.request_raw(
                "get_workflow_action_execution", request, _get_workflow_action_execution._parse_response
            ),
        )

    def update_workflow_action_execution(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowActionExecution]:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowActionExecution]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowActionExecution]",
            self._invoker.request_raw(
                "update_workflow_action_execution", request, _update_workflow_action_execution._parse_response
            ),
        )


class AsyncWorkflowActionExecutionsResource:
    """Operations tagged `workflow_action_executions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncWorkflowActionExecutionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWorkflowActionExecutionsResourceWithRawResponse(self._invoker)

    async def create_workflow_action_execution(
        self,
        *,
        body: CreateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowActionExecution:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowActionExecution: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_action_execution._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowActionExecution",
            await self._invoker.request(
                "create_workflow_action_execution", request, _create_workflow_action_execution._parse_response
            ),
        )

    async def search_workflow_action_executions(
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
    ) -> WorkflowActionExecutionsPaginatedResponse:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`

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
            WorkflowActionExecutionsPaginatedResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_action_executions._get_kwargs(
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
            "WorkflowActionExecutionsPaginatedResponse",
            await self._invoker.request(
                "search_workflow_action_executions", request, _search_workflow_action_executions._parse_response
            ),
        )

    async def get_workflow_action_execution(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> WorkflowActionExecution:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WorkflowActionExecution: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowActionExecution",
            await self._invoker.request(
                "get_workflow_action_execution", request, _get_workflow_action_execution._parse_response
            ),
        )

    async def update_workflow_action_execution(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowActionExecution:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowActionExecution: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowActionExecution",
            await self._invoker.request(
                "update_workflow_action_execution", request, _update_workflow_action_execution._parse_response
            ),
        )


class AsyncWorkflowActionExecutionsResourceWithRawResponse:
    """Like `AsyncWorkflowActionExecutionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_workflow_action_execution(
        self,
        *,
        body: CreateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowActionExecution]:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowActionExecution]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_workflow_action_execution._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowActionExecution]",
            await self._invoker.request_raw(
                "create_workflow_action_execution", request, _create_workflow_action_execution._parse_response
            ),
        )

    async def search_workflow_action_executions(
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
    ) -> RawResponse[WorkflowActionExecutionsPaginatedResponse]:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`

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
            RawResponse[WorkflowActionExecutionsPaginatedResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_workflow_action_executions._get_kwargs(
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
            "RawResponse[WorkflowActionExecutionsPaginatedResponse]",
            await self._invoker.request_raw(
                "search_workflow_action_executions", request, _search_workflow_action_executions._parse_response
            ),
        )

    async def get_workflow_action_execution(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowActionExecution]:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowActionExecution]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowActionExecution]",
            await self._invoker.request_raw(
                "get_workflow_action_execution", request, _get_workflow_action_execution._parse_response
            ),
        )

    async def update_workflow_action_execution(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionExecutionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowActionExecution]:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`

        Args:
            resource_id: Id of the workflow action execution.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowActionExecution]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_workflow_action_execution._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowActionExecution]",
            await self._invoker.request_raw(
                "update_workflow_action_execution", request, _update_workflow_action_execution._parse_response
            ),
        )


__all__ = [
    "AsyncWorkflowActionExecutionsResource",
    "AsyncWorkflowActionExecutionsResourceWithRawResponse",
    "WorkflowActionExecutionsResource",
    "WorkflowActionExecutionsResourceWithRawResponse",
]
