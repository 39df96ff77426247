"""Typed operations tagged `portal_urls`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_portal_url_request import CreatePortalUrlRequest
from ...models.portal_url import PortalUrl
from ...models.portal_url_page import PortalUrlPage
from ...models.update_portal_url_request import UpdatePortalUrlRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_portal_url as _create_portal_url
from . import get_portal_url as _get_portal_url
from . import list_portal_urls as _list_portal_urls
from . import revoke_portal_url as _revoke_portal_url
from . import update_portal_url as _update_portal_url


class PortalUrlsResource:
    """Operations tagged `portal_urls`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "PortalUrlsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PortalUrlsResourceWithRawResponse(self._invoker)

    def list_portal_urls(
        self,
        *,
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
        expired: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PortalUrlPage:
        """List the portal urls.

        `GET /v1/portal-urls`
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PortalUrlPage", self._invoker.request("list_portal_urls", request, _list_portal_urls._parse_response)
        )

    def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PortalUrl:
        """Create a portal url.

        `POST /v1/portal-urls`
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", self._invoker.request("create_portal_url", request, _create_portal_url._parse_response)
        )

    def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> PortalUrl:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("PortalUrl", self._invoker.request("get_portal_url", request, _get_portal_url._parse_response))

    def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PortalUrl:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", self._invoker.request("update_portal_url", request, _update_portal_url._parse_response)
        )

    def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PortalUrl:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", self._invoker.request("revoke_portal_url", request, _revoke_portal_url._parse_response)
        )


class PortalUrlsResourceWithRawResponse:
    """Like `PortalUrlsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_portal_urls(
        self,
        *,
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
        expired: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PortalUrlPage]:
        """List the portal urls.

        `GET /v1/portal-urls`
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrlPage]",
            self._invoker.request_raw("list_portal_urls", request, _list_portal_urls._parse_response),
        )

    def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Create a portal url.

        `POST /v1/portal-urls`
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("create_portal_url", request, _create_portal_url._parse_response),
        )

    def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("get_portal_url", request, _get_portal_url._parse_response),
        )

    def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("update_portal_url", request, _update_portal_url._parse_response),
        )

    def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            self._invoker.request_raw("revoke_portal_url", request, _revoke_portal_url._parse_response),
        )


class AsyncPortalUrlsResource:
    """Operations tagged `portal_urls`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncPortalUrlsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPortalUrlsResourceWithRawResponse(self._invoker)

    async def list_portal_urls(
        self,
        *,
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
        expired: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PortalUrlPage:
        """List the portal urls.

        `GET /v1/portal-urls`
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PortalUrlPage", await self._invoker.request("list_portal_urls", request, _list_portal_urls._parse_response)
        )

    async def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PortalUrl:
        """Create a portal url.

        `POST /v1/portal-urls`
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", await self._invoker.request("create_portal_url", request, _create_portal_url._parse_response)
        )

    async def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> PortalUrl:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PortalUrl", await self._invoker.request("get_portal_url", request, _get_portal_url._parse_response)
        )

    async def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PortalUrl:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", await self._invoker.request("update_portal_url", request, _update_portal_url._parse_response)
        )

    async def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PortalUrl:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PortalUrl", await self._invoker.request("revoke_portal_url", request, _revoke_portal_url._parse_response)
        )


class AsyncPortalUrlsResourceWithRawResponse:
    """Like `AsyncPortalUrlsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_portal_urls(
        self,
        *,
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
        expired: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PortalUrlPage]:
        """List the portal urls.

        `GET /v1/portal-urls`
        """
        request = _list_portal_urls._get_kwargs(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            type_=type_,
            status=status,
            expired=expired,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrlPage]",
            await self._invoker.request_raw("list_portal_urls", request, _list_portal_urls._parse_response),
        )

    async def create_portal_url(
        self,
        *,
        body: CreatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Create a portal url.

        `POST /v1/portal-urls`
        """
        request = _create_portal_url._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("create_portal_url", request, _create_portal_url._parse_response),
        )

    async def get_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`
        """
        request = _get_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("get_portal_url", request, _get_portal_url._parse_response),
        )

    async def update_portal_url(
        self,
        resource_id: str,
        *,
        body: UpdatePortalUrlRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`
        """
        request = _update_portal_url._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("update_portal_url", request, _update_portal_url._parse_response),
        )

    async def revoke_portal_url(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PortalUrl]:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`
        """
        request = _revoke_portal_url._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PortalUrl]",
            await self._invoker.request_raw("revoke_portal_url", request, _revoke_portal_url._parse_response),
        )


__all__ = [
    "AsyncPortalUrlsResource",
    "AsyncPortalUrlsResourceWithRawResponse",
    "PortalUrlsResource",
    "PortalUrlsResourceWithRawResponse",
]
