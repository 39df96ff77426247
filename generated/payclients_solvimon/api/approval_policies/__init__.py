"""Typed operations tagged `approval_policies`.

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
    from ...models.approval_policy import ApprovalPolicy
    from ...models.create_approval_policy_request import CreateApprovalPolicyRequest
    from ...models.get_all_approval_policies_response import GetAllApprovalPoliciesResponse
    from ...models.order_direction import OrderDirection
    from ...models.update_approval_policy_request import UpdateApprovalPolicyRequest
    from . import activate_approval_policy as _activate_approval_policy
    from . import archive_approval_policy as _archive_approval_policy
    from . import create_approval_policy as _create_approval_policy
    from . import delete_approval_policy as _delete_approval_policy
    from . import deprecate_approval_policy as _deprecate_approval_policy
    from . import get_approval_policy as _get_approval_policy
    from . import list_approval_policies as _list_approval_policies
    from . import update_approval_policy as _update_approval_policy
else:
    _list_approval_policies = LazyModule(__name__ + ".list_approval_policies")
    _create_approval_policy = LazyModule(__name__ + ".create_approval_policy")
    _get_approval_policy = LazyModule(__name__ + ".get_approval_policy")
    _delete_approval_policy = LazyModule(__name__ + ".delete_approval_policy")
    _update_approval_policy = LazyModule(__name__ + ".update_approval_policy")
    _activate_approval_policy = LazyModule(__name__ + ".activate_approval_policy")
    _archive_approval_policy = LazyModule(__name__ + ".archive_approval_policy")
    _deprecate_approval_policy = LazyModule(__name__ + ".deprecate_approval_policy")


class ApprovalPoliciesResource:
    """Operations tagged `approval_policies`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ApprovalPoliciesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ApprovalPoliciesResourceWithRawResponse(self._invoker)

    def list_approval_policies(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> GetAllApprovalPoliciesResponse:
        """List the approval policies.

        `GET /v1/approval-policies`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            GetAllApprovalPoliciesResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_policies._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "GetAllApprovalPoliciesResponse",
            self._invoker.request("list_approval_policies", request, _list_approval_policies._parse_response),
        )

    def create_approval_policy(
        self,
        *,
        body: CreateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Create an approval policy.

        `POST /v1/approval-policies`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_approval_policy._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            self._invoker.request("create_approval_policy", request, _create_approval_policy._parse_response),
        )

    def get_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApprovalPolicy:
        """Get the approval policy.

        `GET /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ApprovalPolicy",
            self._invoker.request("get_approval_policy", request, _get_approval_policy._parse_response),
        )

    def delete_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Delete the approval policy.

        `DELETE /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            self._invoker.request("delete_approval_policy", request, _delete_approval_policy._parse_response),
        )

    def update_approval_policy(
        self,
        resource_id: str,
        *,
        body: UpdateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Update the approval policy.

        `PATCH /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_approval_policy._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            self._invoker.request("update_approval_policy", request, _update_approval_policy._parse_response),
        )

    def activate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Activate the approval policy.

        `POST /v1/approval-policies/{resource_id}/activate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            self._invoker.request("activate_approval_policy", request, _activate_approval_policy._parse_response),
        )

    def archive_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Archive the approval policy.

        `POST /v1/approval-policies/{resource_id}/archive`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            self._invoker.request("archive_approval_policy", request, _archive_approval_policy._parse_response),
        )

    def deprecate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Deprecate the approval policy.

        `POST /v1/approval-policies/{resource_id}/deprecate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            self._invoker.request("deprecate_approval_policy", request, _deprecate_approval_policy._parse_response),
        )


class ApprovalPoliciesResourceWithRawResponse:
    """Like `ApprovalPoliciesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_approval_policies(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[GetAllApprovalPoliciesResponse]:
        """List the approval policies.

        `GET /v1/approval-policies`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[GetAllApprovalPoliciesResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_policies._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[GetAllApprovalPoliciesResponse]",
            self._invoker.request_raw("list_approval_policies", request, _list_approval_policies._parse_response),
        )

    def create_approval_policy(
        self,
        *,
        body: CreateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Create an approval policy.

        `POST /v1/approval-policies`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_approval_policy._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            self._invoker.request_raw("create_approval_policy", request, _create_approval_policy._parse_response),
        )

    def get_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Get the approval policy.

        `GET /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            self._invoker.request_raw("get_approval_policy", request, _get_approval_policy._parse_response),
        )

    def delete_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Delete the approval policy.

        `DELETE /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            self._invoker.request_raw("delete_approval_policy", request, _delete_approval_policy._parse_response),
        )

    def update_approval_policy(
        self,
        resource_id: str,
        *,
        body: UpdateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Update the approval policy.

        `PATCH /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_approval_policy._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            self._invoker.request_raw("update_approval_policy", request, _update_approval_policy._parse_response),
        )

    def activate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Activate the approval policy.

        `POST /v1/approval-policies/{resource_id}/activate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            self._invoker.request_raw("activate_approval_policy", request, _activate_approval_policy._parse_response),
        )

    def archive_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Archive the approval policy.

        `POST /v1/approval-policies/{resource_id}/archive`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            self._invoker.request_raw("archive_approval_policy", request, _archive_approval_policy._parse_response),
        )

    def deprecate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Deprecate the approval policy.

        `POST /v1/approval-policies/{resource_id}/deprecate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            self._invoker.request_raw("deprecate_approval_policy", request, _deprecate_approval_policy._parse_response),
        )


class AsyncApprovalPoliciesResource:
    """Operations tagged `approval_policies`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncApprovalPoliciesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncApprovalPoliciesResourceWithRawResponse(self._invoker)

    async def list_approval_policies(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> GetAllApprovalPoliciesResponse:
        """List the approval policies.

        `GET /v1/approval-policies`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            GetAllApprovalPoliciesResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_policies._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "GetAllApprovalPoliciesResponse",
            await self._invoker.request("list_approval_policies", request, _list_approval_policies._parse_response),
        )

    async def create_approval_policy(
        self,
        *,
        body: CreateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Create an approval policy.

        `POST /v1/approval-policies`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_approval_policy._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            await self._invoker.request("create_approval_policy", request, _create_approval_policy._parse_response),
        )

    async def get_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> ApprovalPolicy:
        """Get the approval policy.

        `GET /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ApprovalPolicy",
            await self._invoker.request("get_approval_policy", request, _get_approval_policy._parse_response),
        )

    async def delete_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Delete the approval policy.

        `DELETE /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            await self._invoker.request("delete_approval_policy", request, _delete_approval_policy._parse_response),
        )

    async def update_approval_policy(
        self,
        resource_id: str,
        *,
        body: UpdateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Update the approval policy.

        `PATCH /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_approval_policy._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            await self._invoker.request("update_approval_policy", request, _update_approval_policy._parse_response),
        )

    async def activate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Activate the approval policy.

        `POST /v1/approval-policies/{resource_id}/activate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            await self._invoker.request("activate_approval_policy", request, _activate_approval_policy._parse_response),
        )

    async def archive_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Archive the approval policy.

        `POST /v1/approval-policies/{resource_id}/archive`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            await self._invoker.request("archive_approval_policy", request, _archive_approval_policy._parse_response),
        )

    async def deprecate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ApprovalPolicy:
        """Deprecate the approval policy.

        `POST /v1/approval-policies/{resource_id}/deprecate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ApprovalPolicy: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ApprovalPolicy",
            await self._invoker.request(
                "deprecate_approval_policy", request, _deprecate_approval_policy._parse_response
            ),
        )


class AsyncApprovalPoliciesResourceWithRawResponse:
    """Like `AsyncApprovalPoliciesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_approval_policies(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[GetAllApprovalPoliciesResponse]:
        """List the approval policies.

        `GET /v1/approval-policies`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[GetAllApprovalPoliciesResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_approval_policies._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[GetAllApprovalPoliciesResponse]",
            await self._invoker.request_raw("list_approval_policies", request, _list_approval_policies._parse_response),
        )

    async def create_approval_policy(
        self,
        *,
        body: CreateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Create an approval policy.

        `POST /v1/approval-policies`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_approval_policy._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            await self._invoker.request_raw("create_approval_policy", request, _create_approval_policy._parse_response),
        )

    async def get_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Get the approval policy.

        `GET /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            await self._invoker.request_raw("get_approval_policy", request, _get_approval_policy._parse_response),
        )

    async def delete_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Delete the approval policy.

        `DELETE /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            await self._invoker.request_raw("delete_approval_policy", request, _delete_approval_policy._parse_response),
        )

    async def update_approval_policy(
        self,
        resource_id: str,
        *,
        body: UpdateApprovalPolicyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Update the approval policy.

        `PATCH /v1/approval-policies/{resource_id}`

        Args:
            resource_id: Id of the approval policy.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_approval_policy._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            await self._invoker.request_raw("update_approval_policy", request, _update_approval_policy._parse_response),
        )

    async def activate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Activate the approval policy.

        `POST /v1/approval-policies/{resource_id}/activate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            await self._invoker.request_raw(
                "activate_approval_policy", request, _activate_approval_policy._parse_response
            ),
        )

    async def archive_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Archive the approval policy.

        `POST /v1/approval-policies/{resource_id}/archive`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            await self._invoker.request_raw(
                "archive_approval_policy", request, _archive_approval_policy._parse_response
            ),
        )

    async def deprecate_approval_policy(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ApprovalPolicy]:
        """Deprecate the approval policy.

        `POST /v1/approval-policies/{resource_id}/deprecate`

        Args:
            resource_id: Id of the approval policy.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ApprovalPolicy]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_approval_policy._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ApprovalPolicy]",
            await self._invoker.request_raw(
                "deprecate_approval_policy", request, _deprecate_approval_policy._parse_response
            ),
        )


__all__ = [
    "ApprovalPoliciesResource",
    "ApprovalPoliciesResourceWithRawResponse",
    "AsyncApprovalPoliciesResource",
    "AsyncApprovalPoliciesResourceWithRawResponse",
]
