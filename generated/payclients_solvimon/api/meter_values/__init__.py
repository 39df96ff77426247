"""Typed operations tagged `meter_values`.

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
    from ...models.create_meter_value_request import CreateMeterValueRequest
    from ...models.meter_value import MeterValue
    from ...models.meter_value_page import MeterValuePage
    from ...models.order_direction import OrderDirection
    from ...models.update_meter_value_request import UpdateMeterValueRequest
    from . import create_meter_value as _create_meter_value
    from . import delete_meter_value as _delete_meter_value
    from . import get_meter_value as _get_meter_value
    from . import list_meter_values as _list_meter_values
    from . import update_meter_value as _update_meter_value
else:
    _list_meter_values = LazyModule(__name__ + ".list_meter_values")
    _create_meter_value = LazyModule(__name__ + ".create_meter_value")
    _get_meter_value = LazyModule(__name__ + ".get_meter_value")
    _delete_meter_value = LazyModule(__name__ + ".delete_meter_value")
    _update_meter_value = LazyModule(__name__ + ".update_meter_value")


class MeterValuesResource:
    """Operations tagged `meter_values`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MeterValuesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MeterValuesResourceWithRawResponse(self._invoker)

    def list_meter_values(
        self,
        *,
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterValuePage:
        """List the meter values.

        `GET /v1/meter-values`

        Args:
            statuses: Only meter values with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValuePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValue:
        """Create a meter value.

        `POST /v1/meter-values`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> MeterValue:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValue:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValue:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValuePage]:
        """List the meter values.

        `GET /v1/meter-values`

        Args:
            statuses: Only meter values with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValuePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Create a meter value.

        `POST /v1/meter-values`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncMeterValuesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMeterValuesResourceWithRawResponse(self._invoker)

    async def list_meter_values(
        self,
        *,
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterValuePage:
        """List the meter values.

        `GET /v1/meter-values`

        Args:
            statuses: Only meter values with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValuePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValue:
        """Create a meter value.

        `POST /v1/meter-values`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> MeterValue:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValue:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterValue:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterValue: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValuePage]:
        """List the meter values.

        `GET /v1/meter-values`

        Args:
            statuses: Only meter values with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValuePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Create a meter value.

        `POST /v1/meter-values`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Get the meter value.

        `GET /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Delete the meter value.

        `DELETE /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateMeterValueRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterValue]:
        """Update the meter value.

        `PATCH /v1/meter-values/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter value.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterValue]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
