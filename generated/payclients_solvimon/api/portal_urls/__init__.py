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
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> PortalUrlPage:
        """List the portal urls.

        `GET /v1/portal-urls`

        Args:
            customer_id: Not described in the spec.
            pricing_plan_subscription_id: Not described in the spec.
            type_: Not described in the spec.
            status: Not described in the spec.
            expired: Not described in the spec.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PortalUrlPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Create a portal url.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> PortalUrl:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrlPage]:
        """List the portal urls.

        `GET /v1/portal-urls`

        Args:
            customer_id: Not described in the spec.
            pricing_plan_subscription_id: Not described in the spec.
            type_: Not described in the spec.
            status: Not described in the spec.
            expired: Not described in the spec.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrlPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Create a portal url.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> PortalUrlPage:
        """List the portal urls.

        `GET /v1/portal-urls`

        Args:
            customer_id: Not described in the spec.
            pricing_plan_subscription_id: Not described in the spec.
            type_: Not described in the spec.
            status: Not described in the spec.
            expired: Not described in the spec.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PortalUrlPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Create a portal url.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> PortalUrl:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PortalUrl:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PortalUrl: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        expired: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrlPage]:
        """List the portal urls.

        `GET /v1/portal-urls`

        Args:
            customer_id: Not described in the spec.
            pricing_plan_subscription_id: Not described in the spec.
            type_: Not described in the spec.
            status: Not described in the spec.
            expired: Not described in the spec.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrlPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Create a portal url.

        `POST /v1/portal-urls`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Get the portal url.

        `GET /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePortalUrlRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Update the portal url.

        `PATCH /v1/portal-urls/{resource_id}`

        Args:
            resource_id: Not described in the spec.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PortalUrl]:
        """Revoke the portal url.

        `POST /v1/portal-urls/{resource_id}/revoke`

        Args:
            resource_id: Not described in the spec.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PortalUrl]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
