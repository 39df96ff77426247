"""Typed operations tagged `meter_value_calculations`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_meter_value_calculation_request import CreateMeterValueCalculationRequest
from ...models.meter_value_calculation import MeterValueCalculation
from ...models.meter_value_calculation_page import MeterValueCalculationPage
from ...models.order_direction import OrderDirection
from ...models.update_meter_value_calculation_request import UpdateMeterValueCalculationRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_meter_value_calculation as _create_meter_value_calculation
from . import delete_meter_value_calculation as _delete_meter_value_calculation
from . import get_meter_value_calculation as _get_meter_value_calculation
from . import list_meter_value_calculations as _list_meter_value_calculations
from . import update_meter_value_calculation as _update_meter_value_calculation


class MeterValueCalculationsResource:
    """Operations tagged `meter_value_calculations`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "MeterValueCalculationsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MeterValueCalculationsResourceWithRawResponse(self._invoker)

    def list_meter_value_calculations(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValueCalculationPage:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`
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
        body: CreateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`
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
        body: UpdateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`
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
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculationPage]:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`
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
        body: CreateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`
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
        body: UpdateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`
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
    def with_raw_response(self) -> "AsyncMeterValueCalculationsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMeterValueCalculationsResourceWithRawResponse(self._invoker)

    async def list_meter_value_calculations(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValueCalculationPage:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`
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
        body: CreateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`
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
        body: UpdateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValueCalculation:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`
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
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculationPage]:
        """List the meter value calculations.

        `GET /v1/meter-value-calculations`
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
        body: CreateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Create a meter value calculation.

        `POST /v1/meter-value-calculations`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Get the meter value calculation.

        `GET /v1/meter-value-calculations/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Delete the meter value calculation.

        `DELETE /v1/meter-value-calculations/{resource_id}`
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
        body: UpdateMeterValueCalculationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValueCalculation]:
        """Update the meter value calculation.

        `PATCH /v1/meter-value-calculations/{resource_id}`
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
