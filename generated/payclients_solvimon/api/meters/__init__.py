"""Typed operations tagged `meters`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, File, FileTypes, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.create_meter_request import CreateMeterRequest
    from ...models.meter import Meter
    from ...models.meter_page import MeterPage
    from ...models.order_direction import OrderDirection
    from ...models.update_meter_request import UpdateMeterRequest
    from . import create_meter as _create_meter
    from . import delete_meter as _delete_meter
    from . import download_meter_data_file as _download_meter_data_file
    from . import get_meter as _get_meter
    from . import list_meters as _list_meters
    from . import update_meter as _update_meter
else:
    _list_meters = LazyModule(__name__ + ".list_meters")
    _create_meter = LazyModule(__name__ + ".create_meter")
    _get_meter = LazyModule(__name__ + ".get_meter")
    _delete_meter = LazyModule(__name__ + ".delete_meter")
    _update_meter = LazyModule(__name__ + ".update_meter")
    _download_meter_data_file = LazyModule(__name__ + ".download_meter_data_file")


class MetersResource:
    """Operations tagged `meters`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MetersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MetersResourceWithRawResponse(self._invoker)

    def list_meters(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterPage:
        """List the meters.

        `GET /v1/meters`

        Args:
            statuses: Only meters with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meters._get_kwargs(
            statuses=statuses,
            expand=expand,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast("MeterPage", self._invoker.request("list_meters", request, _list_meters._parse_response))

    def create_meter(
        self,
        *,
        body: CreateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Meter:
        """Create a meter.

        `POST /v1/meters`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Meter", self._invoker.request("create_meter", request, _create_meter._parse_response))

    def get_meter(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Meter:
        """Get the meter.

        `GET /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Meter", self._invoker.request("get_meter", request, _get_meter._parse_response))

    def delete_meter(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Meter:
        """Delete the meter.

        `DELETE /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Meter", self._invoker.request("delete_meter", request, _delete_meter._parse_response))

    def update_meter(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Meter:
        """Update the meter.

        `PATCH /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Meter", self._invoker.request("update_meter", request, _update_meter._parse_response))

    def download_meter_data_file(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the meter data file.

        `GET /v1/meters/{resource_id_or_reference}/meter-data-file`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_meter_data_file._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File",
            self._invoker.request("download_meter_data_file", request, _download_meter_data_file._parse_response),
        )


class MetersResourceWithRawResponse:
    """Like `MetersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_meters(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPage]:
        """List the meters.

        `GET /v1/meters`

        Args:
            statuses: Only meters with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meters._get_kwargs(
            statuses=statuses,
            expand=expand,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPage]", self._invoker.request_raw("list_meters", request, _list_meters._parse_response)
        )

    def create_meter(
        self,
        *,
        body: CreateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Meter]:
        """Create a meter.

        `POST /v1/meters`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Meter]", self._invoker.request_raw("create_meter", request, _create_meter._parse_response)
        )

    def get_meter(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Meter]:
        """Get the meter.

        `GET /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("RawResponse[Meter]", self._invoker.request_raw("get_meter", request, _get_meter._parse_response))

    def delete_meter(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Meter]:
        """Delete the meter.

        `DELETE /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Meter]", self._invoker.request_raw("delete_meter", request, _delete_meter._parse_response)
        )

    def update_meter(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Meter]:
        """Update the meter.

        `PATCH /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Meter]", self._invoker.request_raw("update_meter", request, _update_meter._parse_response)
        )

    def download_meter_data_file(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the meter data file.

        `GET /v1/meters/{resource_id_or_reference}/meter-data-file`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_meter_data_file._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            self._invoker.request_raw("download_meter_data_file", request, _download_meter_data_file._parse_response),
        )


class AsyncMetersResource:
    """Operations tagged `meters`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncMetersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMetersResourceWithRawResponse(self._invoker)

    async def list_meters(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterPage:
        """List the meters.

        `GET /v1/meters`

        Args:
            statuses: Only meters with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meters._get_kwargs(
            statuses=statuses,
            expand=expand,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast("MeterPage", await self._invoker.request("list_meters", request, _list_meters._parse_response))

    async def create_meter(
        self,
        *,
        body: CreateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Meter:
        """Create a meter.

        `POST /v1/meters`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Meter", await self._invoker.request("create_meter", request, _create_meter._parse_response))

    async def get_meter(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Meter:
        """Get the meter.

        `GET /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Meter", await self._invoker.request("get_meter", request, _get_meter._parse_response))

    async def delete_meter(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Meter:
        """Delete the meter.

        `DELETE /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Meter", await self._invoker.request("delete_meter", request, _delete_meter._parse_response))

    async def update_meter(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Meter:
        """Update the meter.

        `PATCH /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Meter: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Meter", await self._invoker.request("update_meter", request, _update_meter._parse_response))

    async def download_meter_data_file(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the meter data file.

        `GET /v1/meters/{resource_id_or_reference}/meter-data-file`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_meter_data_file._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File",
            await self._invoker.request("download_meter_data_file", request, _download_meter_data_file._parse_response),
        )


class AsyncMetersResourceWithRawResponse:
    """Like `AsyncMetersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_meters(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPage]:
        """List the meters.

        `GET /v1/meters`

        Args:
            statuses: Only meters with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meters._get_kwargs(
            statuses=statuses,
            expand=expand,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPage]",
            await self._invoker.request_raw("list_meters", request, _list_meters._parse_response),
        )

    async def create_meter(
        self,
        *,
        body: CreateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Meter]:
        """Create a meter.

        `POST /v1/meters`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Meter]",
            await self._invoker.request_raw("create_meter", request, _create_meter._parse_response),
        )

    async def get_meter(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Meter]:
        """Get the meter.

        `GET /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Meter]", await self._invoker.request_raw("get_meter", request, _get_meter._parse_response)
        )

    async def delete_meter(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Meter]:
        """Delete the meter.

        `DELETE /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Meter]",
            await self._invoker.request_raw("delete_meter", request, _delete_meter._parse_response),
        )

    async def update_meter(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Meter]:
        """Update the meter.

        `PATCH /v1/meters/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Meter]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Meter]",
            await self._invoker.request_raw("update_meter", request, _update_meter._parse_response),
        )

    async def download_meter_data_file(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the meter data file.

        `GET /v1/meters/{resource_id_or_reference}/meter-data-file`

        Args:
            resource_id_or_reference: Id or reference of the meter.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_meter_data_file._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw(
                "download_meter_data_file", request, _download_meter_data_file._parse_response
            ),
        )


__all__ = [
    "AsyncMetersResource",
    "AsyncMetersResourceWithRawResponse",
    "MetersResource",
    "MetersResourceWithRawResponse",
]
