"""Typed operations tagged `report_configurations`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_report_configuration_request import CreateReportConfigurationRequest
from ...models.order_direction import OrderDirection
from ...models.report_configuration import ReportConfiguration
from ...models.report_configuration_page import ReportConfigurationPage
from ...models.update_report_configuration_request import UpdateReportConfigurationRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_report_configuration as _create_report_configuration
from . import get_report_configuration as _get_report_configuration
from . import list_report_configurations as _list_report_configurations
from . import update_report_configuration as _update_report_configuration


class ReportConfigurationsResource:
    """Operations tagged `report_configurations`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "ReportConfigurationsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ReportConfigurationsResourceWithRawResponse(self._invoker)

    def list_report_configurations(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportConfigurationPage:
        """List the report configurations.

        `GET /v1/report-configurations`
        """
        request = _list_report_configurations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportConfigurationPage",
            self._invoker.request("list_report_configurations", request, _list_report_configurations._parse_response),
        )

    def create_report_configuration(
        self,
        *,
        body: CreateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportConfiguration:
        """Create a report configuration.

        `POST /v1/report-configurations`
        """
        request = _create_report_configuration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportConfiguration",
            self._invoker.request("create_report_configuration", request, _create_report_configuration._parse_response),
        )

    def get_report_configuration(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportConfiguration:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`
        """
        request = _get_report_configuration._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportConfiguration",
            self._invoker.request("get_report_configuration", request, _get_report_configuration._parse_response),
        )

    def update_report_configuration(
        self,
        resource_id: str,
        *,
        body: UpdateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportConfiguration:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`
        """
        request = _update_report_configuration._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportConfiguration",
            self._invoker.request("update_report_configuration", request, _update_report_configuration._parse_response),
        )


class ReportConfigurationsResourceWithRawResponse:
    """Like `ReportConfigurationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_report_configurations(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportConfigurationPage]:
        """List the report configurations.

        `GET /v1/report-configurations`
        """
        request = _list_report_configurations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportConfigurationPage]",
            self._invoker.request_raw(
                "list_report_configurations", request, _list_report_configurations._parse_response
            ),
        )

    def create_report_configuration(
        self,
        *,
        body: CreateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportConfiguration]:
        """Create a report configuration.

        `POST /v1/report-configurations`
        """
        request = _create_report_configuration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportConfiguration]",
            self._invoker.request_raw(
                "create_report_configuration", request, _create_report_configuration._parse_response
            ),
        )

    def get_report_configuration(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportConfiguration]:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`
        """
        request = _get_report_configuration._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportConfiguration]",
            self._invoker.request_raw("get_report_configuration", request, _get_report_configuration._parse_response),
        )

    def update_report_configuration(
        self,
        resource_id: str,
        *,
        body: UpdateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportConfiguration]:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`
        """
        request = _update_report_configuration._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportConfiguration]",
            self._invoker.request_raw(
                "update_report_configuration", request, _update_report_configuration._parse_response
            ),
        )


class AsyncReportConfigurationsResource:
    """Operations tagged `report_configurations`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncReportConfigurationsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncReportConfigurationsResourceWithRawResponse(self._invoker)

    async def list_report_configurations(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportConfigurationPage:
        """List the report configurations.

        `GET /v1/report-configurations`
        """
        request = _list_report_configurations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportConfigurationPage",
            await self._invoker.request(
                "list_report_configurations", request, _list_report_configurations._parse_response
            ),
        )

    async def create_report_configuration(
        self,
        *,
        body: CreateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportConfiguration:
        """Create a report configuration.

        `POST /v1/report-configurations`
        """
        request = _create_report_configuration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportConfiguration",
            await self._invoker.request(
                "create_report_configuration", request, _create_report_configuration._parse_response
            ),
        )

    async def get_report_configuration(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportConfiguration:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`
        """
        request = _get_report_configuration._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportConfiguration",
            await self._invoker.request("get_report_configuration", request, _get_report_configuration._parse_response),
        )

    async def update_report_configuration(
        self,
        resource_id: str,
        *,
        body: UpdateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ReportConfiguration:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`
        """
        request = _update_report_configuration._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ReportConfiguration",
            await self._invoker.request(
                "update_report_configuration", request, _update_report_configuration._parse_response
            ),
        )


class AsyncReportConfigurationsResourceWithRawResponse:
    """Like `AsyncReportConfigurationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_report_configurations(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportConfigurationPage]:
        """List the report configurations.

        `GET /v1/report-configurations`
        """
        request = _list_report_configurations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportConfigurationPage]",
            await self._invoker.request_raw(
                "list_report_configurations", request, _list_report_configurations._parse_response
            ),
        )

    async def create_report_configuration(
        self,
        *,
        body: CreateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportConfiguration]:
        """Create a report configuration.

        `POST /v1/report-configurations`
        """
        request = _create_report_configuration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportConfiguration]",
            await self._invoker.request_raw(
                "create_report_configuration", request, _create_report_configuration._parse_response
            ),
        )

    async def get_report_configuration(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportConfiguration]:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`
        """
        request = _get_report_configuration._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportConfiguration]",
            await self._invoker.request_raw(
                "get_report_configuration", request, _get_report_configuration._parse_response
            ),
        )

    async def update_report_configuration(
        self,
        resource_id: str,
        *,
        body: UpdateReportConfigurationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ReportConfiguration]:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`
        """
        request = _update_report_configuration._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ReportConfiguration]",
            await self._invoker.request_raw(
                "update_report_configuration", request, _update_report_configuration._parse_response
            ),
        )


__all__ = [
    "AsyncReportConfigurationsResource",
    "AsyncReportConfigurationsResourceWithRawResponse",
    "ReportConfigurationsResource",
    "ReportConfigurationsResourceWithRawResponse",
]
