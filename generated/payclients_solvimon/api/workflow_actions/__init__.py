"""Typed operations tagged `workflow_actions`.

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
    from ...models.create_workflow_action_request import CreateWorkflowActionRequest
    from ...models.order_direction import OrderDirection
    from ...models.update_workflow_action_request import UpdateWorkflowActionRequest
    from ...models.workflow_action import WorkflowAction
    from . import create_workflow_action as _create_workflow_action
    from . import delete_workflow_action as _delete_workflow_action
    from . import get_workflow_action as _get_workflow_action
    from . import list_workflow_actions as _list_workflow_actions
    from . import update_workflow_action as _update_workflow_action
else:
    _list_workflow_actions = LazyModule(__name__ + ".list_workflow_actions")
    _create_workflow_action = LazyModule(__name__ + ".create_workflow_action")
    _get_workflow_action = LazyModule(__name__ + ".get_workflow_action")
    _delete_workflow_action = LazyModule(__name__ + ".delete_workflow_action")
    _update_workflow_action = LazyModule(__name__ + ".update_workflow_action")


class WorkflowActionsResource:
    """Operations tagged `workflow_actions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WorkflowActionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WorkflowActionsResourceWithRawResponse(self._invoker)

    def list_workflow_actions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> list[WorkflowAction]:
        """List the workflow actions.

        `GET /v1/workflow-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[WorkflowAction]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowAction:
        """Create a workflow action.

        `POST /v1/workflow-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> WorkflowAction:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowAction:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowAction:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[WorkflowAction]]:
        """List the workflow actions.

        `GET /v1/workflow-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[WorkflowAction]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Create a workflow action.

        `POST /v1/workflow-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncWorkflowActionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWorkflowActionsResourceWithRawResponse(self._invoker)

    async def list_workflow_actions(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> list[WorkflowAction]:
        """List the workflow actions.

        `GET /v1/workflow-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[WorkflowAction]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowAction:
        """Create a workflow action.

        `POST /v1/workflow-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> WorkflowAction:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowAction:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WorkflowAction:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WorkflowAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[WorkflowAction]]:
        """List the workflow actions.

        `GET /v1/workflow-actions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[WorkflowAction]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Create a workflow action.

        `POST /v1/workflow-actions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Get the workflow action.

        `GET /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Delete the workflow action.

        `DELETE /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateWorkflowActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WorkflowAction]:
        """Update the workflow action.

        `PATCH /v1/workflow-actions/{resource_id}`

        Args:
            resource_id: Id of the workflow action.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WorkflowAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
