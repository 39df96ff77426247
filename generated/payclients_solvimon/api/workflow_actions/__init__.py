"""Typed operations tagged `workflow_actions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_workflow_action_request import CreateWorkflowActionRequest
from ...models.order_direction import OrderDirection
from ...models.update_workflow_action_request import UpdateWorkflowActionRequest
from ...models.workflow_action import WorkflowAction
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_workflow_action as _create_workflow_action
from . import delete_workflow_action as _delete_workflow_action
from . import get_workflow_action as _get_workflow_action
from . import list_workflow_actions as _list_workflow_actions
from . import update_workflow_action as _update_workflow_action


class WorkflowActionsResource:
    """Operations tagged `workflow_actions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "WorkflowActionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WorkflowActionsResourceWithRawResponse(self._invoker)

    def list_workflow_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> list[WorkflowAction]:
        """List the workflow actions.

        `GET /v1/workflow-actions`
        """
        request = _list_workflow_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[WorkflowAction]",
            self._invoker.request("list_workflow_actions", request, _list_workflow_actions._parse_response),
        )

    def create_workflow_action(
        self,
        *,
        body: CreateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Create a workflow action.

        `POST /v1/workflow-actions`
        """
        request = _create_workflow_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowAction",
            self._invoker.request("create_workflow_action", request, _create_workflow_action._parse_response),
        )

    def get_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`
        """
        request = _get_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowAction",
            self._invoker.request("get_workflow_action", request, _get_workflow_action._parse_response),
        )

    def delete_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`
        """
        request = _delete_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowAction",
            self._invoker.request("delete_workflow_action", request, _delete_workflow_action._parse_response),
        )

    def update_workflow_action(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`
        """
        request = _update_workflow_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowAction",
            self._invoker.request("update_workflow_action", request, _update_workflow_action._parse_response),
        )


class WorkflowActionsResourceWithRawResponse:
    """Like `WorkflowActionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_workflow_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[list[WorkflowAction]]:
        """List the workflow actions.

        `GET /v1/workflow-actions`
        """
        request = _list_workflow_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[WorkflowAction]]",
            self._invoker.request_raw("list_workflow_actions", request, _list_workflow_actions._parse_response),
        )

    def create_workflow_action(
        self,
        *,
        body: CreateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Create a workflow action.

        `POST /v1/workflow-actions`
        """
        request = _create_workflow_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            self._invoker.request_raw("create_workflow_action", request, _create_workflow_action._parse_response),
        )

    def get_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`
        """
        request = _get_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            self._invoker.request_raw("get_workflow_action", request, _get_workflow_action._parse_response),
        )

    def delete_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`
        """
        request = _delete_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            self._invoker.request_raw("delete_workflow_action", request, _delete_workflow_action._parse_response),
        )

    def update_workflow_action(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`
        """
        request = _update_workflow_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            self._invoker.request_raw("update_workflow_action", request, _update_workflow_action._parse_response),
        )


class AsyncWorkflowActionsResource:
    """Operations tagged `workflow_actions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncWorkflowActionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWorkflowActionsResourceWithRawResponse(self._invoker)

    async def list_workflow_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> list[WorkflowAction]:
        """List the workflow actions.

        `GET /v1/workflow-actions`
        """
        request = _list_workflow_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[WorkflowAction]",
            await self._invoker.request("list_workflow_actions", request, _list_workflow_actions._parse_response),
        )

    async def create_workflow_action(
        self,
        *,
        body: CreateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Create a workflow action.

        `POST /v1/workflow-actions`
        """
        request = _create_workflow_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowAction",
            await self._invoker.request("create_workflow_action", request, _create_workflow_action._parse_response),
        )

    async def get_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`
        """
        request = _get_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WorkflowAction",
            await self._invoker.request("get_workflow_action", request, _get_workflow_action._parse_response),
        )

    async def delete_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`
        """
        request = _delete_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowAction",
            await self._invoker.request("delete_workflow_action", request, _delete_workflow_action._parse_response),
        )

    async def update_workflow_action(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowAction:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`
        """
        request = _update_workflow_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WorkflowAction",
            await self._invoker.request("update_workflow_action", request, _update_workflow_action._parse_response),
        )


class AsyncWorkflowActionsResourceWithRawResponse:
    """Like `AsyncWorkflowActionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_workflow_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[list[WorkflowAction]]:
        """List the workflow actions.

        `GET /v1/workflow-actions`
        """
        request = _list_workflow_actions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[WorkflowAction]]",
            await self._invoker.request_raw("list_workflow_actions", request, _list_workflow_actions._parse_response),
        )

    async def create_workflow_action(
        self,
        *,
        body: CreateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Create a workflow action.

        `POST /v1/workflow-actions`
        """
        request = _create_workflow_action._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            await self._invoker.request_raw("create_workflow_action", request, _create_workflow_action._parse_response),
        )

    async def get_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`
        """
        request = _get_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            await self._invoker.request_raw("get_workflow_action", request, _get_workflow_action._parse_response),
        )

    async def delete_workflow_action(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`
        """
        request = _delete_workflow_action._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            await self._invoker.request_raw("delete_workflow_action", request, _delete_workflow_action._parse_response),
        )

    async def update_workflow_action(
        self,
        resource_id: str,
        *,
        body: UpdateWorkflowActionRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WorkflowAction]:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`
        """
        request = _update_workflow_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WorkflowAction]",
            await self._invoker.request_raw("update_workflow_action", request, _update_workflow_action._parse_response),
        )


__all__ = [
    "AsyncWorkflowActionsResource",
    "AsyncWorkflowActionsResourceWithRawResponse",
    "WorkflowActionsResource",
    "WorkflowActionsResourceWithRawResponse",
]
