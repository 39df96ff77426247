"""Typed operations tagged `workflow_triggers`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_workflow_trigger_request import CreateWorkflowTriggerRequest
from ...models.invoice_search_request import InvoiceSearchRequest
from ...models.order_direction import OrderDirection
from ...models.workflow_trigger import WorkflowTrigger
from ...models.workflow_trigger_paginated_response import WorkflowTriggerPaginatedResponse
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_workflow_trigger as _create_workflow_trigger
from . import get_workflow_trigger as _get_workflow_trigger
from . import list_workflow_triggers as _list_workflow_triggers
from . import search_workflow_triggers as _search_workflow_triggers


class WorkflowTriggersResource:
    """Operations tagged `workflow_triggers`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "WorkflowTriggersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WorkflowTriggersResourceWithRawResponse(self._invoker)

    def list_workflow_triggers(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowTriggerPaginatedResponse:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`
        """
        request = _list_workflow_triggers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowTriggerPaginatedResponse",
            self._invoker.request("list_workflow_triggers", request, _list_workflow_triggers._parse_response),
        )

    def create_workflow_trigger(
        self,
        *,
        body: CreateWorkflowTriggerRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowTrigger:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowTriggerPaginatedResponse:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`
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
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowTrigger:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`
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
        body: CreateWorkflowTriggerRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTrigger]:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTrigger]:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`
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
    def with_raw_response(self) -> "AsyncWorkflowTriggersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWorkflowTriggersResourceWithRawResponse(self._invoker)

    async def list_workflow_triggers(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowTriggerPaginatedResponse:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`
        """
        request = _list_workflow_triggers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowTriggerPaginatedResponse",
            await self._invoker.request("list_workflow_triggers", request, _list_workflow_triggers._parse_response),
        )

    async def create_workflow_trigger(
        self,
        *,
        body: CreateWorkflowTriggerRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowTrigger:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowTriggerPaginatedResponse:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`
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
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowTrigger:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """List the workflow triggers.

        `GET /v1/workflow-triggers`
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
        body: CreateWorkflowTriggerRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTrigger]:
        """Create a workflow trigger.

        `POST /v1/workflow-triggers`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTriggerPaginatedResponse]:
        """Search the workflow triggers.

        `POST /v1/workflow-triggers/search`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowTrigger]:
        """Get the workflow trigger.

        `GET /v1/workflow-triggers/{resource_id}`
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
