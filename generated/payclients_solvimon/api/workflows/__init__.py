"""Typed operations tagged `workflows`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_workflow_request import CreateWorkflowRequest
from ...models.init_workflow_request import InitWorkflowRequest
from ...models.invoice_search_request import InvoiceSearchRequest
from ...models.order_direction import OrderDirection
from ...models.update_workflow_request import UpdateWorkflowRequest
from ...models.workflow import Workflow
from ...models.workflow_init import WorkflowInit
from ...models.workflow_paginated_response import WorkflowPaginatedResponse
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_workflow as _activate_workflow
from . import archive_workflow as _archive_workflow
from . import create_workflow as _create_workflow
from . import deactivate_workflow as _deactivate_workflow
from . import delete_workflow as _delete_workflow
from . import get_workflow as _get_workflow
from . import init_workflow as _init_workflow
from . import list_workflows as _list_workflows
from . import search_workflows as _search_workflows
from . import update_workflow as _update_workflow


class WorkflowsResource:
    """Operations tagged `workflows`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "WorkflowsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WorkflowsResourceWithRawResponse(self._invoker)

    def list_workflows(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowPaginatedResponse:
        """List the workflows.

        `GET /v1/workflows`
        """
        request = _list_workflows._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowPaginatedResponse",
            self._invoker.request("list_workflows", request, _list_workflows._parse_response),
        )

    def create_workflow(
        self,
        *,
        body: CreateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Create a workflow.

        `POST /v1/workflows`
        """
        request = _create_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Workflow", self._invoker.request("create_workflow", request, _create_workflow._parse_response))

    def init_workflow(
        self,
        *,
        body: InitWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowInit:
        """Init the workflow.

        `POST /v1/workflows/init`
        """
        request = _init_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("WorkflowInit", self._invoker.request("init_workflow", request, _init_workflow._parse_response))

    def search_workflows(
        self,
        *,
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowPaginatedResponse:
        """Search the workflows.

        `POST /v1/workflows/search`
        """
        request = _search_workflows._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            statuses=statuses,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowPaginatedResponse",
            self._invoker.request("search_workflows", request, _search_workflows._parse_response),
        )

    def get_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> Workflow:
        """Get the workflow.

        `GET /v1/workflows/{resource_id_or_reference}`
        """
        request = _get_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("Workflow", self._invoker.request("get_workflow", request, _get_workflow._parse_response))

    def delete_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Delete the workflow.

        `DELETE /v1/workflows/{resource_id_or_reference}`
        """
        request = _delete_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Workflow", self._invoker.request("delete_workflow", request, _delete_workflow._parse_response))

    def update_workflow(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Update the workflow.

        `PATCH /v1/workflows/{resource_id_or_reference}`
        """
        request = _update_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Workflow", self._invoker.request("update_workflow", request, _update_workflow._parse_response))

    def activate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Activate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/activate`
        """
        request = _activate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Workflow", self._invoker.request("activate_workflow", request, _activate_workflow._parse_response))

    def archive_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Archive the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/archive`
        """
        request = _archive_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Workflow", self._invoker.request("archive_workflow", request, _archive_workflow._parse_response))

    def deactivate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Deactivate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Workflow", self._invoker.request("deactivate_workflow", request, _deactivate_workflow._parse_response)
        )


class WorkflowsResourceWithRawResponse:
    """Like `WorkflowsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_workflows(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowPaginatedResponse]:
        """List the workflows.

        `GET /v1/workflows`
        """
        request = _list_workflows._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowPaginatedResponse]",
            self._invoker.request_raw("list_workflows", request, _list_workflows._parse_response),
        )

    def create_workflow(
        self,
        *,
        body: CreateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Create a workflow.

        `POST /v1/workflows`
        """
        request = _create_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            self._invoker.request_raw("create_workflow", request, _create_workflow._parse_response),
        )

    def init_workflow(
        self,
        *,
        body: InitWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowInit]:
        """Init the workflow.

        `POST /v1/workflows/init`
        """
        request = _init_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowInit]",
            self._invoker.request_raw("init_workflow", request, _init_workflow._parse_response),
        )

    def search_workflows(
        self,
        *,
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowPaginatedResponse]:
        """Search the workflows.

        `POST /v1/workflows/search`
        """
        request = _search_workflows._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            statuses=statuses,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowPaginatedResponse]",
            self._invoker.request_raw("search_workflows", request, _search_workflows._parse_response),
        )

    def get_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Get the workflow.

        `GET /v1/workflows/{resource_id_or_reference}`
        """
        request = _get_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Workflow]", self._invoker.request_raw("get_workflow", request, _get_workflow._parse_response)
        )

    def delete_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Delete the workflow.

        `DELETE /v1/workflows/{resource_id_or_reference}`
        """
        request = _delete_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            self._invoker.request_raw("delete_workflow", request, _delete_workflow._parse_response),
        )

    def update_workflow(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Update the workflow.

        `PATCH /v1/workflows/{resource_id_or_reference}`
        """
        request = _update_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            self._invoker.request_raw("update_workflow", request, _update_workflow._parse_response),
        )

    def activate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Activate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/activate`
        """
        request = _activate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            self._invoker.request_raw("activate_workflow", request, _activate_workflow._parse_response),
        )

    def archive_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Archive the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/archive`
        """
        request = _archive_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            self._invoker.request_raw("archive_workflow", request, _archive_workflow._parse_response),
        )

    def deactivate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Deactivate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            self._invoker.request_raw("deactivate_workflow", request, _deactivate_workflow._parse_response),
        )


class AsyncWorkflowsResource:
    """Operations tagged `workflows`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncWorkflowsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWorkflowsResourceWithRawResponse(self._invoker)

    async def list_workflows(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowPaginatedResponse:
        """List the workflows.

        `GET /v1/workflows`
        """
        request = _list_workflows._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowPaginatedResponse",
            await self._invoker.request("list_workflows", request, _list_workflows._parse_response),
        )

    async def create_workflow(
        self,
        *,
        body: CreateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Create a workflow.

        `POST /v1/workflows`
        """
        request = _create_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Workflow", await self._invoker.request("create_workflow", request, _create_workflow._parse_response)
        )

    async def init_workflow(
        self,
        *,
        body: InitWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowInit:
        """Init the workflow.

        `POST /v1/workflows/init`
        """
        request = _init_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowInit", await self._invoker.request("init_workflow", request, _init_workflow._parse_response)
        )

    async def search_workflows(
        self,
        *,
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowPaginatedResponse:
        """Search the workflows.

        `POST /v1/workflows/search`
        """
        request = _search_workflows._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            statuses=statuses,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowPaginatedResponse",
            await self._invoker.request("search_workflows", request, _search_workflows._parse_response),
        )

    async def get_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> Workflow:
        """Get the workflow.

        `GET /v1/workflows/{resource_id_or_reference}`
        """
        request = _get_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("Workflow", await self._invoker.request("get_workflow", request, _get_workflow._parse_response))

    async def delete_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Delete the workflow.

        `DELETE /v1/workflows/{resource_id_or_reference}`
        """
        request = _delete_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Workflow", await self._invoker.request("delete_workflow", request, _delete_workflow._parse_response)
        )

    async def update_workflow(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Update the workflow.

        `PATCH /v1/workflows/{resource_id_or_reference}`
        """
        request = _update_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Workflow", await self._invoker.request("update_workflow", request, _update_workflow._parse_response)
        )

    async def activate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Activate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/activate`
        """
        request = _activate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Workflow", await self._invoker.request("activate_workflow", request, _activate_workflow._parse_response)
        )

    async def archive_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Archive the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/archive`
        """
        request = _archive_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Workflow", await self._invoker.request("archive_workflow", request, _archive_workflow._parse_response)
        )

    async def deactivate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Workflow:
        """Deactivate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Workflow",
            await self._invoker.request("deactivate_workflow", request, _deactivate_workflow._parse_response),
        )


class AsyncWorkflowsResourceWithRawResponse:
    """Like `AsyncWorkflowsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_workflows(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowPaginatedResponse]:
        """List the workflows.

        `GET /v1/workflows`
        """
        request = _list_workflows._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowPaginatedResponse]",
            await self._invoker.request_raw("list_workflows", request, _list_workflows._parse_response),
        )

    async def create_workflow(
        self,
        *,
        body: CreateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Create a workflow.

        `POST /v1/workflows`
        """
        request = _create_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            await self._invoker.request_raw("create_workflow", request, _create_workflow._parse_response),
        )

    async def init_workflow(
        self,
        *,
        body: InitWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowInit]:
        """Init the workflow.

        `POST /v1/workflows/init`
        """
        request = _init_workflow._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowInit]",
            await self._invoker.request_raw("init_workflow", request, _init_workflow._parse_response),
        )

    async def search_workflows(
        self,
        *,
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        statuses: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowPaginatedResponse]:
        """Search the workflows.

        `POST /v1/workflows/search`
        """
        request = _search_workflows._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            statuses=statuses,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowPaginatedResponse]",
            await self._invoker.request_raw("search_workflows", request, _search_workflows._parse_response),
        )

    async def get_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Get the workflow.

        `GET /v1/workflows/{resource_id_or_reference}`
        """
        request = _get_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Workflow]",
            await self._invoker.request_raw("get_workflow", request, _get_workflow._parse_response),
        )

    async def delete_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Delete the workflow.

        `DELETE /v1/workflows/{resource_id_or_reference}`
        """
        request = _delete_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            await self._invoker.request_raw("delete_workflow", request, _delete_workflow._parse_response),
        )

    async def update_workflow(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWorkflowRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Update the workflow.

        `PATCH /v1/workflows/{resource_id_or_reference}`
        """
        request = _update_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            await self._invoker.request_raw("update_workflow", request, _update_workflow._parse_response),
        )

    async def activate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Activate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/activate`
        """
        request = _activate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            await self._invoker.request_raw("activate_workflow", request, _activate_workflow._parse_response),
        )

    async def archive_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Archive the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/archive`
        """
        request = _archive_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            await self._invoker.request_raw("archive_workflow", request, _archive_workflow._parse_response),
        )

    async def deactivate_workflow(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Deactivate the workflow.

        `POST /v1/workflows/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_workflow._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Workflow]",
            await self._invoker.request_raw("deactivate_workflow", request, _deactivate_workflow._parse_response),
        )


__all__ = [
    "AsyncWorkflowsResource",
    "AsyncWorkflowsResourceWithRawResponse",
    "WorkflowsResource",
    "WorkflowsResourceWithRawResponse",
]
