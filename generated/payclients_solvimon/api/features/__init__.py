"""Typed operations tagged `features`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_feature_request import CreateFeatureRequest
from ...models.feature import Feature
from ...models.feature_page import FeaturePage
from ...models.order_direction import OrderDirection
from ...models.update_feature_request import UpdateFeatureRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_feature as _create_feature
from . import delete_feature as _delete_feature
from . import get_feature as _get_feature
from . import list_features as _list_features
from . import update_feature as _update_feature
from . import upsert_feature as _upsert_feature


class FeaturesResource:
    """Operations tagged `features`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "FeaturesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return FeaturesResourceWithRawResponse(self._invoker)

    def list_features(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> FeaturePage:
        """List the features.

        `GET /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Upsert the feature.

        `PUT /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Create a feature.

        `POST /v1/features`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Feature:
        """Get the feature.

        `GET /v1/features/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`
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
        body: UpdateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[FeaturePage]:
        """List the features.

        `GET /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Upsert the feature.

        `PUT /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Create a feature.

        `POST /v1/features`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Get the feature.

        `GET /v1/features/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`
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
        body: UpdateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`
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
    def with_raw_response(self) -> "AsyncFeaturesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncFeaturesResourceWithRawResponse(self._invoker)

    async def list_features(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> FeaturePage:
        """List the features.

        `GET /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Upsert the feature.

        `PUT /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Create a feature.

        `POST /v1/features`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Feature:
        """Get the feature.

        `GET /v1/features/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`
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
        body: UpdateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Feature:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[FeaturePage]:
        """List the features.

        `GET /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Upsert the feature.

        `PUT /v1/features`
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
        body: CreateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Create a feature.

        `POST /v1/features`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Get the feature.

        `GET /v1/features/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Delete the feature.

        `DELETE /v1/features/{resource_id}`
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
        body: UpdateFeatureRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Feature]:
        """Update the feature.

        `PATCH /v1/features/{resource_id}`
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
