"""Typed operations tagged `meter_values`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_meter_value_request import CreateMeterValueRequest
from ...models.meter_value import MeterValue
from ...models.meter_value_page import MeterValuePage
from ...models.order_direction import OrderDirection
from ...models.update_meter_value_request import UpdateMeterValueRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_meter_value as _create_meter_value
from . import delete_meter_value as _delete_meter_value
from . import get_meter_value as _get_meter_value
from . import list_meter_values as _list_meter_values
from . import update_meter_value as _update_meter_value


class MeterValuesResource:
    """Operations tagged `meter_values`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "MeterValuesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MeterValuesResourceWithRawResponse(self._invoker)

    def list_meter_values(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValuePage:
        """List the meter values.

        `GET /v1/meter-values`
        """
        request = _list_meter_values._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterValuePage", self._invoker.request("list_meter_values", request, _list_meter_values._parse_response)
        )

    def create_meter_value(
        self,
        *,
        body: CreateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValue:
        """Create a meter value.

        `POST /v1/meter-values`
        """
        request = _create_meter_value._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValue", self._invoker.request("create_meter_value", request, _create_meter_value._parse_response)
        )

    def get_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValue:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`
        """
        request = _get_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("MeterValue", self._invoker.request("get_meter_value", request, _get_meter_value._parse_response))

    def delete_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValue:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`
        """
        request = _delete_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValue", self._invoker.request("delete_meter_value", request, _delete_meter_value._parse_response)
        )

    def update_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValue:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`
        """
        request = _update_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValue", self._invoker.request("update_meter_value", request, _update_meter_value._parse_response)
        )


class MeterValuesResourceWithRawResponse:
    """Like `MeterValuesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_meter_values(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValuePage]:
        """List the meter values.

        `GET /v1/meter-values`
        """
        request = _list_meter_values._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValuePage]",
            self._invoker.request_raw("list_meter_values", request, _list_meter_values._parse_response),
        )

    def create_meter_value(
        self,
        *,
        body: CreateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Create a meter value.

        `POST /v1/meter-values`
        """
        request = _create_meter_value._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValue]",
            self._invoker.request_raw("create_meter_value", request, _create_meter_value._parse_response),
        )

    def get_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`
        """
        request = _get_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValue]",
            self._invoker.request_raw("get_meter_value", request, _get_meter_value._parse_response),
        )

    def delete_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`
        """
        request = _delete_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValue]",
            self._invoker.request_raw("delete_meter_value", request, _delete_meter_value._parse_response),
        )

    def update_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`
        """
        request = _update_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValue]",
            self._invoker.request_raw("update_meter_value", request, _update_meter_value._parse_response),
        )


class AsyncMeterValuesResource:
    """Operations tagged `meter_values`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncMeterValuesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMeterValuesResourceWithRawResponse(self._invoker)

    async def list_meter_values(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValuePage:
        """List the meter values.

        `GET /v1/meter-values`
        """
        request = _list_meter_values._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterValuePage",
            await self._invoker.request("list_meter_values", request, _list_meter_values._parse_response),
        )

    async def create_meter_value(
        self,
        *,
        body: CreateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValue:
        """Create a meter value.

        `POST /v1/meter-values`
        """
        request = _create_meter_value._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValue",
            await self._invoker.request("create_meter_value", request, _create_meter_value._parse_response),
        )

    async def get_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> MeterValue:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`
        """
        request = _get_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterValue", await self._invoker.request("get_meter_value", request, _get_meter_value._parse_response)
        )

    async def delete_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValue:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`
        """
        request = _delete_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValue",
            await self._invoker.request("delete_meter_value", request, _delete_meter_value._parse_response),
        )

    async def update_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> MeterValue:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`
        """
        request = _update_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterValue",
            await self._invoker.request("update_meter_value", request, _update_meter_value._parse_response),
        )


class AsyncMeterValuesResourceWithRawResponse:
    """Like `AsyncMeterValuesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_meter_values(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValuePage]:
        """List the meter values.

        `GET /v1/meter-values`
        """
        request = _list_meter_values._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValuePage]",
            await self._invoker.request_raw("list_meter_values", request, _list_meter_values._parse_response),
        )

    async def create_meter_value(
        self,
        *,
        body: CreateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Create a meter value.

        `POST /v1/meter-values`
        """
        request = _create_meter_value._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValue]",
            await self._invoker.request_raw("create_meter_value", request, _create_meter_value._parse_response),
        )

    async def get_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`
        """
        request = _get_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterValue]",
            await self._invoker.request_raw("get_meter_value", request, _get_meter_value._parse_response),
        )

    async def delete_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`
        """
        request = _delete_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValue]",
            await self._invoker.request_raw("delete_meter_value", request, _delete_meter_value._parse_response),
        )

    async def update_meter_value(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterValueRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[MeterValue]:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`
        """
        request = _update_meter_value._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterValue]",
            await self._invoker.request_raw("update_meter_value", request, _update_meter_value._parse_response),
        )


__all__ = [
    "AsyncMeterValuesResource",
    "AsyncMeterValuesResourceWithRawResponse",
    "MeterValuesResource",
    "MeterValuesResourceWithRawResponse",
]
