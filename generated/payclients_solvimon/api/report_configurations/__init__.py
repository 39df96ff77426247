"""Typed operations tagged `report_configurations`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.create_report_configuration_request import CreateReportConfigurationRequest
    from ...models.order_direction import OrderDirection
    from ...models.report_configuration import ReportConfiguration
    from ...models.report_configuration_page import ReportConfigurationPage
    from ...models.update_report_configuration_request import UpdateReportConfigurationRequest
    from . import create_report_configuration as _create_report_configuration
    from . import get_report_configuration as _get_report_configuration
    from . import list_report_configurations as _list_report_configurations
    from . import update_report_configuration as _update_report_configuration
else:
    _list_report_configurations = LazyModule(__name__ + ".list_report_configurations")
    _create_report_configuration = LazyModule(__name__ + ".create_report_configuration")
    _get_report_configuration = LazyModule(__name__ + ".get_report_configuration")
    _update_report_configuration = LazyModule(__name__ + ".update_report_configuration")

_LIST_REPORT_CONFIGURATIONS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_report_configurations` pages (the spec's `x-payclients-pagination`: style `page`)."""


class ReportConfigurationsResource:
    """Operations tagged `report_configurations`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ReportConfigurationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ReportConfigurationsResourceWithRawResponse(self._invoker)

    def list_report_configurations(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ReportConfigurationPage, ReportConfiguration]:
        """List the report configurations.

        `GET /v1/report-configurations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ReportConfigurationPage, ReportConfiguration]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_configurations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_report_configurations",
            request,
            _list_report_configurations._parse_response,
            _LIST_REPORT_CONFIGURATIONS_LISTING,
            max_items=max_items,
        )

    def create_report_configuration(
        self,
        *,
        body: CreateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportConfiguration:
        """Create a report configuration.

        `POST /v1/report-configurations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportConfiguration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> ReportConfiguration:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportConfiguration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportConfiguration:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportConfiguration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportConfigurationPage]:
        """List the report configurations.

        `GET /v1/report-configurations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportConfigurationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportConfiguration]:
        """Create a report configuration.

        `POST /v1/report-configurations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportConfiguration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportConfiguration]:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportConfiguration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportConfiguration]:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportConfiguration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncReportConfigurationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncReportConfigurationsResourceWithRawResponse(self._invoker)

    def list_report_configurations(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ReportConfigurationPage, ReportConfiguration]:
        """List the report configurations.

        `GET /v1/report-configurations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ReportConfigurationPage, ReportConfiguration]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_report_configurations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_report_configurations",
            request,
            _list_report_configurations._parse_response,
            _LIST_REPORT_CONFIGURATIONS_LISTING,
            max_items=max_items,
        )

    async def create_report_configuration(
        self,
        *,
        body: CreateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportConfiguration:
        """Create a report configuration.

        `POST /v1/report-configurations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportConfiguration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> ReportConfiguration:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ReportConfiguration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ReportConfiguration:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ReportConfiguration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportConfigurationPage]:
        """List the report configurations.

        `GET /v1/report-configurations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportConfigurationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportConfiguration]:
        """Create a report configuration.

        `POST /v1/report-configurations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportConfiguration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[ReportConfiguration]:
        """Get the report configuration.

        `GET /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ReportConfiguration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateReportConfigurationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ReportConfiguration]:
        """Update the report configuration.

        `PATCH /v1/report-configurations/{resource_id}`

        Args:
            resource_id: Id of the report configuration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ReportConfiguration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
