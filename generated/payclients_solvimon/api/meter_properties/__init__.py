"""Typed operations tagged `meter_properties`.

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
    from ...models.create_meter_property_request import CreateMeterPropertyRequest
    from ...models.meter_property import MeterProperty
    from ...models.meter_property_page import MeterPropertyPage
    from ...models.order_direction import OrderDirection
    from ...models.update_meter_property_request import UpdateMeterPropertyRequest
    from . import create_meter_property as _create_meter_property
    from . import delete_meter_property as _delete_meter_property
    from . import get_meter_property as _get_meter_property
    from . import list_meter_properties as _list_meter_properties
    from . import update_meter_property as _update_meter_property
else:
    _list_meter_properties = LazyModule(__name__ + ".list_meter_properties")
    _create_meter_property = LazyModule(__name__ + ".create_meter_property")
    _get_meter_property = LazyModule(__name__ + ".get_meter_property")
    _delete_meter_property = LazyModule(__name__ + ".delete_meter_property")
    _update_meter_property = LazyModule(__name__ + ".update_meter_property")


class MeterPropertiesResource:
    """Operations tagged `meter_properties`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MeterPropertiesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MeterPropertiesResourceWithRawResponse(self._invoker)

    def list_meter_properties(
        self,
        *,
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterPropertyPage:
        """List the meter properties.

        `GET /v1/meter-properties`

        Args:
            statuses: Only meter properties with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPropertyPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_properties._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterPropertyPage",
            self._invoker.request("list_meter_properties", request, _list_meter_properties._parse_response),
        )

    def create_meter_property(
        self,
        *,
        body: CreateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterProperty:
        """Create a meter property.

        `POST /v1/meter-properties`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterProperty",
            self._invoker.request("create_meter_property", request, _create_meter_property._parse_response),
        )

    def get_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterProperty:
        """Get the meter property.

        `GET /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterProperty", self._invoker.request("get_meter_property", request, _get_meter_property._parse_response)
        )

    def delete_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterProperty:
        """Delete the meter property.

        `DELETE /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterProperty",
            self._invoker.request("delete_meter_property", request, _delete_meter_property._parse_response),
        )

    def update_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterProperty:
        """Update the meter property.

        `PATCH /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterProperty",
            self._invoker.request("update_meter_property", request, _update_meter_property._parse_response),
        )


class MeterPropertiesResourceWithRawResponse:
    """Like `MeterPropertiesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_meter_properties(
        self,
        *,
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyPage]:
        """List the meter properties.

        `GET /v1/meter-properties`

        Args:
            statuses: Only meter properties with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_properties._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyPage]",
            self._invoker.request_raw("list_meter_properties", request, _list_meter_properties._parse_response),
        )

    def create_meter_property(
        self,
        *,
        body: CreateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Create a meter property.

        `POST /v1/meter-properties`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterProperty]",
            self._invoker.request_raw("create_meter_property", request, _create_meter_property._parse_response),
        )

    def get_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Get the meter property.

        `GET /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterProperty]",
            self._invoker.request_raw("get_meter_property", request, _get_meter_property._parse_response),
        )

    def delete_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Delete the meter property.

        `DELETE /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterProperty]",
            self._invoker.request_raw("delete_meter_property", request, _delete_meter_property._parse_response),
        )

    def update_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Update the meter property.

        `PATCH /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterProperty]",
            self._invoker.request_raw("update_meter_property", request, _update_meter_property._parse_response),
        )


class AsyncMeterPropertiesResource:
    """Operations tagged `meter_properties`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncMeterPropertiesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMeterPropertiesResourceWithRawResponse(self._invoker)

    async def list_meter_properties(
        self,
        *,
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterPropertyPage:
        """List the meter properties.

        `GET /v1/meter-properties`

        Args:
            statuses: Only meter properties with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPropertyPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_properties._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterPropertyPage",
            await self._invoker.request("list_meter_properties", request, _list_meter_properties._parse_response),
        )

    async def create_meter_property(
        self,
        *,
        body: CreateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterProperty:
        """Create a meter property.

        `POST /v1/meter-properties`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterProperty",
            await self._invoker.request("create_meter_property", request, _create_meter_property._parse_response),
        )

    async def get_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterProperty:
        """Get the meter property.

        `GET /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterProperty",
            await self._invoker.request("get_meter_property", request, _get_meter_property._parse_response),
        )

    async def delete_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterProperty:
        """Delete the meter property.

        `DELETE /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterProperty",
            await self._invoker.request("delete_meter_property", request, _delete_meter_property._parse_response),
        )

    async def update_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterProperty:
        """Update the meter property.

        `PATCH /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterProperty: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterProperty",
            await self._invoker.request("update_meter_property", request, _update_meter_property._parse_response),
        )


class AsyncMeterPropertiesResourceWithRawResponse:
    """Like `AsyncMeterPropertiesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_meter_properties(
        self,
        *,
        statuses: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyPage]:
        """List the meter properties.

        `GET /v1/meter-properties`

        Args:
            statuses: Only meter properties with one of these statuses.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_properties._get_kwargs(
            statuses=statuses,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyPage]",
            await self._invoker.request_raw("list_meter_properties", request, _list_meter_properties._parse_response),
        )

    async def create_meter_property(
        self,
        *,
        body: CreateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Create a meter property.

        `POST /v1/meter-properties`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterProperty]",
            await self._invoker.request_raw("create_meter_property", request, _create_meter_property._parse_response),
        )

    async def get_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Get the meter property.

        `GET /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterProperty]",
            await self._invoker.request_raw("get_meter_property", request, _get_meter_property._parse_response),
        )

    async def delete_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Delete the meter property.

        `DELETE /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterProperty]",
            await self._invoker.request_raw("delete_meter_property", request, _delete_meter_property._parse_response),
        )

    async def update_meter_property(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterProperty]:
        """Update the meter property.

        `PATCH /v1/meter-properties/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterProperty]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterProperty]",
            await self._invoker.request_raw("update_meter_property", request, _update_meter_property._parse_response),
        )


__all__ = [
    "AsyncMeterPropertiesResource",
    "AsyncMeterPropertiesResourceWithRawResponse",
    "MeterPropertiesResource",
    "MeterPropertiesResourceWithRawResponse",
]
