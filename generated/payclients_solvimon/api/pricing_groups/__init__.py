"""Typed operations tagged `pricing_groups`.

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
    from ...models.create_pricing_group_request import CreatePricingGroupRequest
    from ...models.pricing_group import PricingGroup
    from ...models.update_pricing_group_request import UpdatePricingGroupRequest
    from . import create_pricing_group as _create_pricing_group
    from . import delete_pricing_group as _delete_pricing_group
    from . import get_pricing_group as _get_pricing_group
    from . import update_pricing_group as _update_pricing_group
else:
    _create_pricing_group = LazyModule(__name__ + ".create_pricing_group")
    _get_pricing_group = LazyModule(__name__ + ".get_pricing_group")
    _delete_pricing_group = LazyModule(__name__ + ".delete_pricing_group")
    _update_pricing_group = LazyModule(__name__ + ".update_pricing_group")


class PricingGroupsResource:
    """Operations tagged `pricing_groups`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PricingGroupsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingGroupsResourceWithRawResponse(self._invoker)

    def create_pricing_group(
        self,
        *,
        body: CreatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingGroup:
        """Create a pricing group.

        `POST /v1/pricing-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingGroup",
            self._invoker.request("create_pricing_group", request, _create_pricing_group._parse_response),
        )

    def get_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PricingGroup:
        """Get the pricing group.

        `GET /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingGroup", self._invoker.request("get_pricing_group", request, _get_pricing_group._parse_response)
        )

    def delete_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingGroup:
        """Delete the pricing group.

        `DELETE /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingGroup",
            self._invoker.request("delete_pricing_group", request, _delete_pricing_group._parse_response),
        )

    def update_pricing_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingGroup:
        """Update the pricing group.

        `PATCH /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingGroup",
            self._invoker.request("update_pricing_group", request, _update_pricing_group._parse_response),
        )


class PricingGroupsResourceWithRawResponse:
    """Like `PricingGroupsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_pricing_group(
        self,
        *,
        body: CreatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Create a pricing group.

        `POST /v1/pricing-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingGroup]",
            self._invoker.request_raw("create_pricing_group", request, _create_pricing_group._parse_response),
        )

    def get_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Get the pricing group.

        `GET /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingGroup]",
            self._invoker.request_raw("get_pricing_group", request, _get_pricing_group._parse_response),
        )

    def delete_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Delete the pricing group.

        `DELETE /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingGroup]",
            self._invoker.request_raw("delete_pricing_group", request, _delete_pricing_group._parse_response),
        )

    def update_pricing_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Update the pricing group.

        `PATCH /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingGroup]",
            self._invoker.request_raw("update_pricing_group", request, _update_pricing_group._parse_response),
        )


class AsyncPricingGroupsResource:
    """Operations tagged `pricing_groups`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPricingGroupsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingGroupsResourceWithRawResponse(self._invoker)

    async def create_pricing_group(
        self,
        *,
        body: CreatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingGroup:
        """Create a pricing group.

        `POST /v1/pricing-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingGroup",
            await self._invoker.request("create_pricing_group", request, _create_pricing_group._parse_response),
        )

    async def get_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PricingGroup:
        """Get the pricing group.

        `GET /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingGroup",
            await self._invoker.request("get_pricing_group", request, _get_pricing_group._parse_response),
        )

    async def delete_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingGroup:
        """Delete the pricing group.

        `DELETE /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingGroup",
            await self._invoker.request("delete_pricing_group", request, _delete_pricing_group._parse_response),
        )

    async def update_pricing_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingGroup:
        """Update the pricing group.

        `PATCH /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingGroup",
            await self._invoker.request("update_pricing_group", request, _update_pricing_group._parse_response),
        )


class AsyncPricingGroupsResourceWithRawResponse:
    """Like `AsyncPricingGroupsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_pricing_group(
        self,
        *,
        body: CreatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Create a pricing group.

        `POST /v1/pricing-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingGroup]",
            await self._invoker.request_raw("create_pricing_group", request, _create_pricing_group._parse_response),
        )

    async def get_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Get the pricing group.

        `GET /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingGroup]",
            await self._invoker.request_raw("get_pricing_group", request, _get_pricing_group._parse_response),
        )

    async def delete_pricing_group(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Delete the pricing group.

        `DELETE /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_group._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingGroup]",
            await self._invoker.request_raw("delete_pricing_group", request, _delete_pricing_group._parse_response),
        )

    async def update_pricing_group(
        self,
        resource_id: str,
        *,
        body: UpdatePricingGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingGroup]:
        """Update the pricing group.

        `PATCH /v1/pricing-groups/{resource_id}`

        Args:
            resource_id: Id of the pricing group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_group._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingGroup]",
            await self._invoker.request_raw("update_pricing_group", request, _update_pricing_group._parse_response),
        )


__all__ = [
    "AsyncPricingGroupsResource",
    "AsyncPricingGroupsResourceWithRawResponse",
    "PricingGroupsResource",
    "PricingGroupsResourceWithRawResponse",
]
