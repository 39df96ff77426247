"""Typed operations tagged `meter_value_calculations`.

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
    from ...models.create_meter_value_calculation_request import CreateMeterValueCalculationRequest
    from ...models.meter_value_calculation import MeterValueCalculation
    from ...models.meter_value_calculation_page import MeterValueCalculationPage
    from ...models.order_direction import OrderDirection
    from ...models.update_meter_value_calculation_request import UpdateMeterValueCalculationRequest
    from . import create_meter_value_calculation as _create_meter_value_calculation
    from . import delete_meter_value_calculation as _delete_meter_value_calculation
    from . import get_meter_value_calculation as _get_meter_value_calculation
    from . import list_meter_value_calculations as _list_meter_value_calculations
    from . import update_meter_value_calculation as _update_meter_value_calculation
else:
    _list_meter_value_calculations = LazyModule(__name__ + ".list_meter_value_calculations")
    _create_meter_value_calculation = LazyModule(__name__ + ".create_meter_value_calculation")
    _get_meter_value_calculation = LazyModule(__name__ + ".get_meter_value_calculation")
    _delete_meter_value_calculation = LazyModule(__name__ + ".delete_meter_value_calculation")
    _update_meter_value_calculation = LazyModule(__name__ + ".update_meter_value_calculation")


class MeterValueCalculationsResource:
    """Operations tagged `meter_value_calculations`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MeterValueCalculationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MeterValueCalculationsResourceWithRawResponse(self._invoker)

    def list_meter_value_calculations(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterValueCalculationPage:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValueCalculationPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_value_calculations._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterValueCalculationPage",
            self._invoker.request(
                "list_meter_value_calculations", request, _list_meter_value_calculations._parse_response
            ),
        )

    def create_meter_value_calculation(
        self,
        *,
        body: CreateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValueCalculation:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_value_calculation._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValueCalculation",
            self._invoker.request(
                "create_meter_value_calculation", request, _create_meter_value_calculation._parse_response
            ),
        )

    def get_meter_value_calculation(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> MeterValueCalculation:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterValueCalculation",
            self._invoker.request("get_meter_value_calculation", request, _get_meter_value_calculation._parse_response),
        )

    def delete_meter_value_calculation(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValueCalculation:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValueCalculation",
            self._invoker.request(
                "delete_meter_value_calculation", request, _delete_meter_value_calculation._parse_response
            ),
        )

    def update_meter_value_calculation(
        self,
        resource_id: str,
        *,
        body: UpdateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValueCalculation:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValueCalculation",
            self._invoker.request(
                "update_meter_value_calculation", request, _update_meter_value_calculation._parse_response
            ),
        )


class MeterValueCalculationsResourceWithRawResponse:
    """Like `MeterValueCalculationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_meter_value_calculations(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValueCalculationPage]:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValueCalculationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_value_calculations._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValueCalculationPage]",
            self._invoker.request_raw(
                "list_meter_value_calculations", request, _list_meter_value_calculations._parse_response
            ),
        )

    def create_meter_value_calculation(
        self,
        *,
        body: CreateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_value_calculation._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            self._invoker.request_raw(
                "create_meter_value_calculation", request, _create_meter_value_calculation._parse_response
            ),
        )

    def get_meter_value_calculation(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            self._invoker.request_raw(
                "get_meter_value_calculation", request, _get_meter_value_calculation._parse_response
            ),
        )

    def delete_meter_value_calculation(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            self._invoker.request_raw(
                "delete_meter_value_calculation", request, _delete_meter_value_calculation._parse_response
            ),
        )

    def update_meter_value_calculation(
        self,
        resource_id: str,
        *,
        body: UpdateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            self._invoker.request_raw(
                "update_meter_value_calculation", request, _update_meter_value_calculation._parse_response
            ),
        )


class AsyncMeterValueCalculationsResource:
    """Operations tagged `meter_value_calculations`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncMeterValueCalculationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMeterValueCalculationsResourceWithRawResponse(self._invoker)

    async def list_meter_value_calculations(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterValueCalculationPage:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValueCalculationPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_value_calculations._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterValueCalculationPage",
            await self._invoker.request(
                "list_meter_value_calculations", request, _list_meter_value_calculations._parse_response
            ),
        )

    async def create_meter_value_calculation(
        self,
        *,
        body: CreateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValueCalculation:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_value_calculation._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValueCalculation",
            await self._invoker.request(
                "create_meter_value_calculation", request, _create_meter_value_calculation._parse_response
            ),
        )

    async def get_meter_value_calculation(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> MeterValueCalculation:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterValueCalculation",
            await self._invoker.request(
                "get_meter_value_calculation", request, _get_meter_value_calculation._parse_response
            ),
        )

    async def delete_meter_value_calculation(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValueCalculation:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValueCalculation",
            await self._invoker.request(
                "delete_meter_value_calculation", request, _delete_meter_value_calculation._parse_response
            ),
        )

    async def update_meter_value_calculation(
        self,
        resource_id: str,
        *,
        body: UpdateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValueCalculation:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValueCalculation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValueCalculation",
            await self._invoker.request(
                "update_meter_value_calculation", request, _update_meter_value_calculation._parse_response
            ),
        )


class AsyncMeterValueCalculationsResourceWithRawResponse:
    """Like `AsyncMeterValueCalculationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_meter_value_calculations(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValueCalculationPage]:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValueCalculationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_value_calculations._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValueCalculationPage]",
            await self._invoker.request_raw(
                "list_meter_value_calculations", request, _list_meter_value_calculations._parse_response
            ),
        )

    async def create_meter_value_calculation(
        self,
        *,
        body: CreateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_value_calculation._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            await self._invoker.request_raw(
                "create_meter_value_calculation", request, _create_meter_value_calculation._parse_response
            ),
        )

    async def get_meter_value_calculation(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            await self._invoker.request_raw(
                "get_meter_value_calculation", request, _get_meter_value_calculation._parse_response
            ),
        )

    async def delete_meter_value_calculation(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            await self._invoker.request_raw(
                "delete_meter_value_calculation", request, _delete_meter_value_calculation._parse_response
            ),
        )

    async def update_meter_value_calculation(
        self,
        resource_id: str,
        *,
        body: UpdateMeterValueCalculationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValueCalculation]:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`

        Args:
            resource_id: Id of the meter value calculation.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValueCalculation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_value_calculation._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValueCalculation]",
            await self._invoker.request_raw(
                "update_meter_value_calculation", request, _update_meter_value_calculation._parse_response
            ),
        )


__all__ = [
    "AsyncMeterValueCalculationsResource",
    "AsyncMeterValueCalculationsResourceWithRawResponse",
    "MeterValueCalculationsResource",
    "MeterValueCalculationsResourceWithRawResponse",
]
