"""Typed operations tagged `pricing_plan_versions`.

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
    from ...models.create_pricing_plan_version_request import CreatePricingPlanVersionRequest
    from ...models.pricing_plan_version import PricingPlanVersion
    from ...models.update_pricing_plan_version_request import UpdatePricingPlanVersionRequest
    from . import create_pricing_plan_version as _create_pricing_plan_version
    from . import delete_pricing_plan_version as _delete_pricing_plan_version
    from . import get_pricing_plan_version as _get_pricing_plan_version
    from . import update_pricing_plan_version as _update_pricing_plan_version
    from . import upsert_pricing_plan_version as _upsert_pricing_plan_version
else:
    _upsert_pricing_plan_version = LazyModule(__name__ + ".upsert_pricing_plan_version")
    _create_pricing_plan_version = LazyModule(__name__ + ".create_pricing_plan_version")
    _get_pricing_plan_version = LazyModule(__name__ + ".get_pricing_plan_version")
    _delete_pricing_plan_version = LazyModule(__name__ + ".delete_pricing_plan_version")
    _update_pricing_plan_version = LazyModule(__name__ + ".update_pricing_plan_version")


class PricingPlanVersionsResource:
    """Operations tagged `pricing_plan_versions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PricingPlanVersionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingPlanVersionsResourceWithRawResponse(self._invoker)

    def upsert_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Create or update a pricing plan version.

        `PUT /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            self._invoker.request("upsert_pricing_plan_version", request, _upsert_pricing_plan_version._parse_response),
        )

    def create_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Create a pricing plan version.

        `POST /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            self._invoker.request("create_pricing_plan_version", request, _create_pricing_plan_version._parse_response),
        )

    def get_pricing_plan_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanVersion:
        """Get the pricing plan version.

        `GET /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanVersion",
            self._invoker.request("get_pricing_plan_version", request, _get_pricing_plan_version._parse_response),
        )

    def delete_pricing_plan_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Delete the pricing plan version.

        `DELETE /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            self._invoker.request("delete_pricing_plan_version", request, _delete_pricing_plan_version._parse_response),
        )

    def update_pricing_plan_version(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Update the pricing plan version.

        `PATCH /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            self._invoker.request("update_pricing_plan_version", request, _update_pricing_plan_version._parse_response),
        )


class PricingPlanVersionsResourceWithRawResponse:
    """Like `PricingPlanVersionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def upsert_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Create or update a pricing plan version.

        `PUT /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            self._invoker.request_raw(
                "upsert_pricing_plan_version", request, _upsert_pricing_plan_version._parse_response
            ),
        )

    def create_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Create a pricing plan version.

        `POST /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            self._invoker.request_raw(
                "create_pricing_plan_version", request, _create_pricing_plan_version._parse_response
            ),
        )

    def get_pricing_plan_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Get the pricing plan version.

        `GET /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            self._invoker.request_raw("get_pricing_plan_version", request, _get_pricing_plan_version._parse_response),
        )

    def delete_pricing_plan_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Delete the pricing plan version.

        `DELETE /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            self._invoker.request_raw(
                "delete_pricing_plan_version", request, _delete_pricing_plan_version._parse_response
            ),
        )

    def update_pricing_plan_version(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Update the pricing plan version.

        `PATCH /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            self._invoker.request_raw(
                "update_pricing_plan_version", request, _update_pricing_plan_version._parse_response
            ),
        )


class AsyncPricingPlanVersionsResource:
    """Operations tagged `pricing_plan_versions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPricingPlanVersionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingPlanVersionsResourceWithRawResponse(self._invoker)

    async def upsert_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Create or update a pricing plan version.

        `PUT /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            await self._invoker.request(
                "upsert_pricing_plan_version", request, _upsert_pricing_plan_version._parse_response
            ),
        )

    async def create_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Create a pricing plan version.

        `POST /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            await self._invoker.request(
                "create_pricing_plan_version", request, _create_pricing_plan_version._parse_response
            ),
        )

    async def get_pricing_plan_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanVersion:
        """Get the pricing plan version.

        `GET /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanVersion",
            await self._invoker.request("get_pricing_plan_version", request, _get_pricing_plan_version._parse_response),
        )

    async def delete_pricing_plan_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Delete the pricing plan version.

        `DELETE /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            await self._invoker.request(
                "delete_pricing_plan_version", request, _delete_pricing_plan_version._parse_response
            ),
        )

    async def update_pricing_plan_version(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanVersion:
        """Update the pricing plan version.

        `PATCH /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanVersion",
            await self._invoker.request(
                "update_pricing_plan_version", request, _update_pricing_plan_version._parse_response
            ),
        )


class AsyncPricingPlanVersionsResourceWithRawResponse:
    """Like `AsyncPricingPlanVersionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def upsert_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Create or update a pricing plan version.

        `PUT /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            await self._invoker.request_raw(
                "upsert_pricing_plan_version", request, _upsert_pricing_plan_version._parse_response
            ),
        )

    async def create_pricing_plan_version(
        self,
        *,
        body: CreatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Create a pricing plan version.

        `POST /v1/pricing-plan-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            await self._invoker.request_raw(
                "create_pricing_plan_version", request, _create_pricing_plan_version._parse_response
            ),
        )

    async def get_pricing_plan_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Get the pricing plan version.

        `GET /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            await self._invoker.request_raw(
                "get_pricing_plan_version", request, _get_pricing_plan_version._parse_response
            ),
        )

    async def delete_pricing_plan_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Delete the pricing plan version.

        `DELETE /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            await self._invoker.request_raw(
                "delete_pricing_plan_version", request, _delete_pricing_plan_version._parse_response
            ),
        )

    async def update_pricing_plan_version(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanVersion]:
        """Update the pricing plan version.

        `PATCH /v1/pricing-plan-versions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanVersion]",
            await self._invoker.request_raw(
                "update_pricing_plan_version", request, _update_pricing_plan_version._parse_response
            ),
        )


__all__ = [
    "AsyncPricingPlanVersionsResource",
    "AsyncPricingPlanVersionsResourceWithRawResponse",
    "PricingPlanVersionsResource",
    "PricingPlanVersionsResourceWithRawResponse",
]
