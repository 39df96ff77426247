"""Typed operations tagged `workflow_action_executions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_workflow_action_execution_request import CreateWorkflowActionExecutionRequest
from ...models.invoice_search_request import InvoiceSearchRequest
from ...models.order_direction import OrderDirection
from ...models.update_workflow_action_execution_request import UpdateWorkflowActionExecutionRequest
from ...models.workflow_action_execution import WorkflowActionExecution
from ...models.workflow_action_executions_paginated_response import WorkflowActionExecutionsPaginatedResponse
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_workflow_action_execution as _create_workflow_action_execution
from . import get_workflow_action_execution as _get_workflow_action_execution
from . import search_workflow_action_executions as _search_workflow_action_executions
from . import update_workflow_action_execution as _update_workflow_action_execution


class WorkflowActionExecutionsResource:
    """Operations tagged `workflow_action_executions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "WorkflowActionExecutionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WorkflowActionExecutionsResourceWithRawResponse(self._invoker)

    def create_workflow_action_execution(
        self,
        *,
        body: CreateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowActionExecution:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowActionExecutionsPaginatedResponse:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowActionExecution:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`
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
        body: UpdateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowActionExecution:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`
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
        body: CreateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecution]:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecutionsPaginatedResponse]:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecution]:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`
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
        body: UpdateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecution]:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`
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
    def with_raw_response(self) -> "AsyncWorkflowActionExecutionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWorkflowActionExecutionsResourceWithRawResponse(self._invoker)

    async def create_workflow_action_execution(
        self,
        *,
        body: CreateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowActionExecution:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowActionExecutionsPaginatedResponse:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowActionExecution:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`
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
        body: UpdateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowActionExecution:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`
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
        body: CreateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecution]:
        """Create a workflow action execution.

        `POST /v1/workflow-action-executions`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecutionsPaginatedResponse]:
        """Search the workflow action executions.

        `POST /v1/workflow-action-executions/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecution]:
        """Get the workflow action execution.

        `GET /v1/workflow-action-executions/{resource_id}`
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
        body: UpdateWorkflowActionExecutionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowActionExecution]:
        """Update the workflow action execution.

        `PATCH /v1/workflow-action-executions/{resource_id}`
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
