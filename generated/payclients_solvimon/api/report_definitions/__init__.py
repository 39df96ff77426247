"""Typed operations tagged `report_definitions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.order_direction import OrderDirection
from ...models.report_definition_page import ReportDefinitionPage
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import list_report_definitions as _list_report_definitions


class ReportDefinitionsResource:
    """Operations tagged `report_definitions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "ReportDefinitionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ReportDefinitionsResourceWithRawResponse(self._invoker)

    def list_report_definitions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportDefinitionPage:
        """List the report definitions.

        `GET /v1/report-definitions`
        """
        request = _list_report_definitions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportDefinitionPage",
            self._invoker.request("list_report_definitions", request, _list_report_definitions._parse_response),
        )


class ReportDefinitionsResourceWithRawResponse:
    """Like `ReportDefinitionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_report_definitions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportDefinitionPage]:
        """List the report definitions.

        `GET /v1/report-definitions`
        """
        request = _list_report_definitions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportDefinitionPage]",
            self._invoker.request_raw("list_report_definitions", request, _list_report_definitions._parse_response),
        )


class AsyncReportDefinitionsResource:
    """Operations tagged `report_definitions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncReportDefinitionsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncReportDefinitionsResourceWithRawResponse(self._invoker)

    async def list_report_definitions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ReportDefinitionPage:
        """List the report definitions.

        `GET /v1/report-definitions`
        """
        request = _list_report_definitions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ReportDefinitionPage",
            await self._invoker.request("list_report_definitions", request, _list_report_definitions._parse_response),
        )


class AsyncReportDefinitionsResourceWithRawResponse:
    """Like `AsyncReportDefinitionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_report_definitions(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ReportDefinitionPage]:
        """List the report definitions.

        `GET /v1/report-definitions`
        """
        request = _list_report_definitions._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ReportDefinitionPage]",
            await self._invoker.request_raw(
                "list_report_definitions", request, _list_report_definitions._parse_response
            ),
        )


__all__ = [
    "AsyncReportDefinitionsResource",
    "AsyncReportDefinitionsResourceWithRawResponse",
    "ReportDefinitionsResource",
    "ReportDefinitionsResourceWithRawResponse",
]
