"""Typed operations tagged `usage_limits`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_usage_limit_request import CreateUsageLimitRequest
from ...models.set_usage_limit_status_request import SetUsageLimitStatusRequest
from ...models.update_usage_limit_request import UpdateUsageLimitRequest
from ...models.usage_limit import UsageLimit
from ...models.usage_limit_page import UsageLimitPage
from ...models.usage_limit_status_response import UsageLimitStatusResponse
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_usage_limit as _create_usage_limit
from . import delete_usage_limit as _delete_usage_limit
from . import get_usage_limit as _get_usage_limit
from . import get_usage_limits_status as _get_usage_limits_status
from . import list_usage_limits as _list_usage_limits
from . import set_usage_limit_status as _set_usage_limit_status
from . import update_usage_limit as _update_usage_limit


class UsageLimitsResource:
    """Operations tagged `usage_limits`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "UsageLimitsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return UsageLimitsResourceWithRawResponse(self._invoker)

    def list_usage_limits(
        self,
        *,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> UsageLimitPage:
        """List the usage limits.

        `GET /v1/usage-limits`
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimitPage", self._invoker.request("list_usage_limits", request, _list_usage_limits._parse_response)
        )

    def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Create an usage limit.

        `POST /v1/usage-limits`
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit", self._invoker.request("create_usage_limit", request, _create_usage_limit._parse_response)
        )

    def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> UsageLimitStatusResponse:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimitStatusResponse",
            self._invoker.request("get_usage_limits_status", request, _get_usage_limits_status._parse_response),
        )

    def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> UsageLimit:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("UsageLimit", self._invoker.request("get_usage_limit", request, _get_usage_limit._parse_response))

    def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit", self._invoker.request("delete_usage_limit", request, _delete_usage_limit._parse_response)
        )

    def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit", self._invoker.request("update_usage_limit", request, _update_usage_limit._parse_response)
        )

    def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            self._invoker.request("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


class UsageLimitsResourceWithRawResponse:
    """Like `UsageLimitsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_usage_limits(
        self,
        *,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UsageLimitPage]:
        """List the usage limits.

        `GET /v1/usage-limits`
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitPage]",
            self._invoker.request_raw("list_usage_limits", request, _list_usage_limits._parse_response),
        )

    def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Create an usage limit.

        `POST /v1/usage-limits`
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("create_usage_limit", request, _create_usage_limit._parse_response),
        )

    def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UsageLimitStatusResponse]:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitStatusResponse]",
            self._invoker.request_raw("get_usage_limits_status", request, _get_usage_limits_status._parse_response),
        )

    def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("get_usage_limit", request, _get_usage_limit._parse_response),
        )

    def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("delete_usage_limit", request, _delete_usage_limit._parse_response),
        )

    def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("update_usage_limit", request, _update_usage_limit._parse_response),
        )

    def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            self._invoker.request_raw("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


class AsyncUsageLimitsResource:
    """Operations tagged `usage_limits`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncUsageLimitsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncUsageLimitsResourceWithRawResponse(self._invoker)

    async def list_usage_limits(
        self,
        *,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> UsageLimitPage:
        """List the usage limits.

        `GET /v1/usage-limits`
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimitPage",
            await self._invoker.request("list_usage_limits", request, _list_usage_limits._parse_response),
        )

    async def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Create an usage limit.

        `POST /v1/usage-limits`
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("create_usage_limit", request, _create_usage_limit._parse_response),
        )

    async def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> UsageLimitStatusResponse:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimitStatusResponse",
            await self._invoker.request("get_usage_limits_status", request, _get_usage_limits_status._parse_response),
        )

    async def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> UsageLimit:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UsageLimit", await self._invoker.request("get_usage_limit", request, _get_usage_limit._parse_response)
        )

    async def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("delete_usage_limit", request, _delete_usage_limit._parse_response),
        )

    async def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("update_usage_limit", request, _update_usage_limit._parse_response),
        )

    async def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UsageLimit:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "UsageLimit",
            await self._invoker.request("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


class AsyncUsageLimitsResourceWithRawResponse:
    """Like `AsyncUsageLimitsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_usage_limits(
        self,
        *,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UsageLimitPage]:
        """List the usage limits.

        `GET /v1/usage-limits`
        """
        request = _list_usage_limits._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitPage]",
            await self._invoker.request_raw("list_usage_limits", request, _list_usage_limits._parse_response),
        )

    async def create_usage_limit(
        self,
        *,
        body: CreateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Create an usage limit.

        `POST /v1/usage-limits`
        """
        request = _create_usage_limit._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("create_usage_limit", request, _create_usage_limit._parse_response),
        )

    async def get_usage_limits_status(
        self,
        *,
        customer_id: str,
        include_children: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UsageLimitStatusResponse]:
        """Get the usage limits status.

        `GET /v1/usage-limits/status`
        """
        request = _get_usage_limits_status._get_kwargs(
            customer_id=customer_id,
            include_children=include_children,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimitStatusResponse]",
            await self._invoker.request_raw(
                "get_usage_limits_status", request, _get_usage_limits_status._parse_response
            ),
        )

    async def get_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Get the usage limit.

        `GET /v1/usage-limits/{resource_id}`
        """
        request = _get_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("get_usage_limit", request, _get_usage_limit._parse_response),
        )

    async def delete_usage_limit(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Delete the usage limit.

        `DELETE /v1/usage-limits/{resource_id}`
        """
        request = _delete_usage_limit._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("delete_usage_limit", request, _delete_usage_limit._parse_response),
        )

    async def update_usage_limit(
        self,
        resource_id: str,
        *,
        body: UpdateUsageLimitRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Update the usage limit.

        `PATCH /v1/usage-limits/{resource_id}`
        """
        request = _update_usage_limit._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("update_usage_limit", request, _update_usage_limit._parse_response),
        )

    async def set_usage_limit_status(
        self,
        resource_id: str,
        *,
        body: SetUsageLimitStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UsageLimit]:
        """Set the usage limit status.

        `POST /v1/usage-limits/{resource_id}/status`
        """
        request = _set_usage_limit_status._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UsageLimit]",
            await self._invoker.request_raw("set_usage_limit_status", request, _set_usage_limit_status._parse_response),
        )


__all__ = [
    "AsyncUsageLimitsResource",
    "AsyncUsageLimitsResourceWithRawResponse",
    "UsageLimitsResource",
    "UsageLimitsResourceWithRawResponse",
]
