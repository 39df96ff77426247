"""Typed operations tagged `features`.

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
    from ...models.create_feature_request import CreateFeatureRequest
    from ...models.feature import Feature
    from ...models.feature_page import FeaturePage
    from ...models.order_direction import OrderDirection
    from ...models.update_feature_request import UpdateFeatureRequest
    from . import create_feature as _create_feature
    from . import delete_feature as _delete_feature
    from . import get_feature as _get_feature
    from . import list_features as _list_features
    from . import update_feature as _update_feature
    from . import upsert_feature as _upsert_feature
else:
    _list_features = LazyModule(__name__ + ".list_features")
    _upsert_feature = LazyModule(__name__ + ".upsert_feature")
    _create_feature = LazyModule(__name__ + ".create_feature")
    _get_feature = LazyModule(__name__ + ".get_feature")
    _delete_feature = LazyModule(__name__ + ".delete_feature")
    _update_feature = LazyModule(__name__ + ".update_feature")


class FeaturesResource:
    """Operations tagged `features`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> FeaturesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return FeaturesResourceWithRawResponse(self._invoker)

    def list_features(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> FeaturePage:
        """List the features.

        `GET /v1/features`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            FeaturePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_features._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast("FeaturePage", self._invoker.request("list_features", request, _list_features._parse_response))

    def upsert_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Create or update a feature.

        `PUT /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", self._invoker.request("upsert_feature", request, _upsert_feature._parse_response))

    def create_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Create a feature.

        `POST /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", self._invoker.request("create_feature", request, _create_feature._parse_response))

    def get_feature(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Feature:
        """Get the feature.

        `GET /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_feature._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Feature", self._invoker.request("get_feature", request, _get_feature._parse_response))

    def delete_feature(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_feature._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", self._invoker.request("delete_feature", request, _delete_feature._parse_response))

    def update_feature(
        self,
        resource_id: str,
        *,
        body: UpdateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_feature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", self._invoker.request("update_feature", request, _update_feature._parse_response))


class FeaturesResourceWithRawResponse:
    """Like `FeaturesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_features(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[FeaturePage]:
        """List the features.

        `GET /v1/features`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FeaturePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_features._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FeaturePage]",
            self._invoker.request_raw("list_features", request, _list_features._parse_response),
        )

    def upsert_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Create or update a feature.

        `PUT /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            self._invoker.request_raw("upsert_feature", request, _upsert_feature._parse_response),
        )

    def create_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Create a feature.

        `POST /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            self._invoker.request_raw("create_feature", request, _create_feature._parse_response),
        )

    def get_feature(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Feature]:
        """Get the feature.

        `GET /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_feature._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Feature]", self._invoker.request_raw("get_feature", request, _get_feature._parse_response)
        )

    def delete_feature(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_feature._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            self._invoker.request_raw("delete_feature", request, _delete_feature._parse_response),
        )

    def update_feature(
        self,
        resource_id: str,
        *,
        body: UpdateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_feature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            self._invoker.request_raw("update_feature", request, _update_feature._parse_response),
        )


class AsyncFeaturesResource:
    """Operations tagged `features`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncFeaturesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncFeaturesResourceWithRawResponse(self._invoker)

    async def list_features(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> FeaturePage:
        """List the features.

        `GET /v1/features`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            FeaturePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_features._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "FeaturePage", await self._invoker.request("list_features", request, _list_features._parse_response)
        )

    async def upsert_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Create or update a feature.

        `PUT /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", await self._invoker.request("upsert_feature", request, _upsert_feature._parse_response))

    async def create_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Create a feature.

        `POST /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", await self._invoker.request("create_feature", request, _create_feature._parse_response))

    async def get_feature(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Feature:
        """Get the feature.

        `GET /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_feature._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Feature", await self._invoker.request("get_feature", request, _get_feature._parse_response))

    async def delete_feature(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_feature._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", await self._invoker.request("delete_feature", request, _delete_feature._parse_response))

    async def update_feature(
        self,
        resource_id: str,
        *,
        body: UpdateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Feature:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Feature: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_feature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Feature", await self._invoker.request("update_feature", request, _update_feature._parse_response))


class AsyncFeaturesResourceWithRawResponse:
    """Like `AsyncFeaturesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_features(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[FeaturePage]:
        """List the features.

        `GET /v1/features`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FeaturePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_features._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FeaturePage]",
            await self._invoker.request_raw("list_features", request, _list_features._parse_response),
        )

    async def upsert_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Create or update a feature.

        `PUT /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            await self._invoker.request_raw("upsert_feature", request, _upsert_feature._parse_response),
        )

    async def create_feature(
        self,
        *,
        body: CreateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Create a feature.

        `POST /v1/features`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_feature._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            await self._invoker.request_raw("create_feature", request, _create_feature._parse_response),
        )

    async def get_feature(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Feature]:
        """Get the feature.

        `GET /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_feature._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Feature]",
            await self._invoker.request_raw("get_feature", request, _get_feature._parse_response),
        )

    async def delete_feature(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_feature._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            await self._invoker.request_raw("delete_feature", request, _delete_feature._parse_response),
        )

    async def update_feature(
        self,
        resource_id: str,
        *,
        body: UpdateFeatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Feature]:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`

        Args:
            resource_id: Id of the feature.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Feature]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_feature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Feature]",
            await self._invoker.request_raw("update_feature", request, _update_feature._parse_response),
        )


__all__ = [
    "AsyncFeaturesResource",
    "AsyncFeaturesResourceWithRawResponse",
    "FeaturesResource",
    "FeaturesResourceWithRawResponse",
]
