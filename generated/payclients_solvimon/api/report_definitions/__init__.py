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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportDefinitionPage:
        """List the report definitions.

        `GET /v1/report-definitions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportDefinitionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportDefinitionPage]:
        """List the report definitions.

        `GET /v1/report-definitions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportDefinitionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> ReportDefinitionPage:
        """List the report definitions.

        `GET /v1/report-definitions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportDefinitionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportDefinitionPage]:
        """List the report definitions.

        `GET /v1/report-definitions`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportDefinitionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
