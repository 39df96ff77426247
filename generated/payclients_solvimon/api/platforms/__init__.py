"""Typed operations tagged `platforms`.

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
    from ...models.entitlements import Entitlements
    from ...models.platform import Platform
    from ...models.platform_currency import PlatformCurrency
    from ...models.platform_up_to_date import PlatformUpToDate
    from ...models.update_platform_request import UpdatePlatformRequest
    from . import get_platform as _get_platform
    from . import get_platform_entitlements as _get_platform_entitlements
    from . import get_platform_up_to_date as _get_platform_up_to_date
    from . import list_platform_currencies as _list_platform_currencies
    from . import update_platform as _update_platform
else:
    _get_platform = LazyModule(__name__ + ".get_platform")
    _update_platform = LazyModule(__name__ + ".update_platform")
    _list_platform_currencies = LazyModule(__name__ + ".list_platform_currencies")
    _get_platform_entitlements = LazyModule(__name__ + ".get_platform_entitlements")
    _get_platform_up_to_date = LazyModule(__name__ + ".get_platform_up_to_date")


class PlatformsResource:
    """Operations tagged `platforms`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PlatformsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PlatformsResourceWithRawResponse(self._invoker)

    def get_platform(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Platform:
        """Get the platform.

        `GET /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Platform: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("Platform", self._invoker.request("get_platform", request, _get_platform._parse_response))

    def update_platform(
        self,
        resource_id: str,
        *,
        body: UpdatePlatformRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Platform:
        """Update the platform.

        `PATCH /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Platform: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_platform._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Platform", self._invoker.request("update_platform", request, _update_platform._parse_response))

    def list_platform_currencies(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> list[PlatformCurrency]:
        """List the platform currencies.

        `GET /v1/platforms/{resource_id}/currencies`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[PlatformCurrency]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_platform_currencies._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[PlatformCurrency]",
            self._invoker.request("list_platform_currencies", request, _list_platform_currencies._parse_response),
        )

    def get_platform_entitlements(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Entitlements:
        """Get the platform entitlements.

        `GET /v1/platforms/{resource_id}/entitlements`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Entitlements: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_entitlements._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Entitlements",
            self._invoker.request("get_platform_entitlements", request, _get_platform_entitlements._parse_response),
        )

    def get_platform_up_to_date(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PlatformUpToDate:
        """Get the platform up to date.

        `GET /v1/platforms/{resource_id}/up-to-date`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PlatformUpToDate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_up_to_date._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PlatformUpToDate",
            self._invoker.request("get_platform_up_to_date", request, _get_platform_up_to_date._parse_response),
        )


class PlatformsResourceWithRawResponse:
    """Like `PlatformsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_platform(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Platform]:
        """Get the platform.

        `GET /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Platform]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Platform]", self._invoker.request_raw("get_platform", request, _get_platform._parse_response)
        )

    def update_platform(
        self,
        resource_id: str,
        *,
        body: UpdatePlatformRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Platform]:
        """Update the platform.

        `PATCH /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Platform]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_platform._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Platform]",
            self._invoker.request_raw("update_platform", request, _update_platform._parse_response),
        )

    def list_platform_currencies(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[PlatformCurrency]]:
        """List the platform currencies.

        `GET /v1/platforms/{resource_id}/currencies`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[PlatformCurrency]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_platform_currencies._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[PlatformCurrency]]",
            self._invoker.request_raw("list_platform_currencies", request, _list_platform_currencies._parse_response),
        )

    def get_platform_entitlements(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Entitlements]:
        """Get the platform entitlements.

        `GET /v1/platforms/{resource_id}/entitlements`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Entitlements]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_entitlements._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Entitlements]",
            self._invoker.request_raw("get_platform_entitlements", request, _get_platform_entitlements._parse_response),
        )

    def get_platform_up_to_date(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PlatformUpToDate]:
        """Get the platform up to date.

        `GET /v1/platforms/{resource_id}/up-to-date`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PlatformUpToDate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_up_to_date._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PlatformUpToDate]",
            self._invoker.request_raw("get_platform_up_to_date", request, _get_platform_up_to_date._parse_response),
        )


class AsyncPlatformsResource:
    """Operations tagged `platforms`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPlatformsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPlatformsResourceWithRawResponse(self._invoker)

    async def get_platform(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Platform:
        """Get the platform.

        `GET /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Platform: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("Platform", await self._invoker.request("get_platform", request, _get_platform._parse_response))

    async def update_platform(
        self,
        resource_id: str,
        *,
        body: UpdatePlatformRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Platform:
        """Update the platform.

        `PATCH /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Platform: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_platform._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Platform", await self._invoker.request("update_platform", request, _update_platform._parse_response)
        )

    async def list_platform_currencies(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> list[PlatformCurrency]:
        """List the platform currencies.

        `GET /v1/platforms/{resource_id}/currencies`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[PlatformCurrency]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_platform_currencies._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[PlatformCurrency]",
            await self._invoker.request("list_platform_currencies", request, _list_platform_currencies._parse_response),
        )

    async def get_platform_entitlements(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Entitlements:
        """Get the platform entitlements.

        `GET /v1/platforms/{resource_id}/entitlements`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Entitlements: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_entitlements._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Entitlements",
            await self._invoker.request(
                "get_platform_entitlements", request, _get_platform_entitlements._parse_response
            ),
        )

    async def get_platform_up_to_date(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PlatformUpToDate:
        """Get the platform up to date.

        `GET /v1/platforms/{resource_id}/up-to-date`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PlatformUpToDate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_up_to_date._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PlatformUpToDate",
            await self._invoker.request("get_platform_up_to_date", request, _get_platform_up_to_date._parse_response),
        )


class AsyncPlatformsResourceWithRawResponse:
    """Like `AsyncPlatformsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_platform(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Platform]:
        """Get the platform.

        `GET /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Platform]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Platform]",
            await self._invoker.request_raw("get_platform", request, _get_platform._parse_response),
        )

    async def update_platform(
        self,
        resource_id: str,
        *,
        body: UpdatePlatformRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Platform]:
        """Update the platform.

        `PATCH /v1/platforms/{resource_id}`

        Args:
            resource_id: Id of the platform.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Platform]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_platform._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Platform]",
            await self._invoker.request_raw("update_platform", request, _update_platform._parse_response),
        )

    async def list_platform_currencies(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[PlatformCurrency]]:
        """List the platform currencies.

        `GET /v1/platforms/{resource_id}/currencies`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[PlatformCurrency]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_platform_currencies._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[PlatformCurrency]]",
            await self._invoker.request_raw(
                "list_platform_currencies", request, _list_platform_currencies._parse_response
            ),
        )

    async def get_platform_entitlements(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Entitlements]:
        """Get the platform entitlements.

        `GET /v1/platforms/{resource_id}/entitlements`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Entitlements]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_entitlements._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Entitlements]",
            await self._invoker.request_raw(
                "get_platform_entitlements", request, _get_platform_entitlements._parse_response
            ),
        )

    async def get_platform_up_to_date(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PlatformUpToDate]:
        """Get the platform up to date.

        `GET /v1/platforms/{resource_id}/up-to-date`

        Args:
            resource_id: Id of the platform.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PlatformUpToDate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_platform_up_to_date._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PlatformUpToDate]",
            await self._invoker.request_raw(
                "get_platform_up_to_date", request, _get_platform_up_to_date._parse_response
            ),
        )


__all__ = [
    "AsyncPlatformsResource",
    "AsyncPlatformsResourceWithRawResponse",
    "PlatformsResource",
    "PlatformsResourceWithRawResponse",
]
