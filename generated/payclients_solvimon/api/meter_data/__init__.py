"""Typed operations tagged `meter_data`.

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
    from ...models.create_meter_data_request import CreateMeterDataRequest
    from ...models.event_trace import EventTrace
    from ...models.ingest_data_page import IngestDataPage
    from ...models.ingest_persist_data_request import IngestPersistDataRequest
    from ...models.meter_data import MeterData
    from ...models.meter_data_list import MeterDataList
    from ...models.meter_data_list_request import MeterDataListRequest
    from ...models.persist_data import PersistData
    from . import delete_meter_data as _delete_meter_data
    from . import delete_meter_data_by_reference as _delete_meter_data_by_reference
    from . import get_meter_data as _get_meter_data
    from . import get_meter_data_trace as _get_meter_data_trace
    from . import ingest_meter_data as _ingest_meter_data
    from . import ingest_meter_data_list as _ingest_meter_data_list
    from . import ingest_persist_data as _ingest_persist_data
    from . import list_meter_data as _list_meter_data
else:
    _list_meter_data = LazyModule(__name__ + ".list_meter_data")
    _ingest_meter_data = LazyModule(__name__ + ".ingest_meter_data")
    _delete_meter_data_by_reference = LazyModule(__name__ + ".delete_meter_data_by_reference")
    _get_meter_data = LazyModule(__name__ + ".get_meter_data")
    _delete_meter_data = LazyModule(__name__ + ".delete_meter_data")
    _get_meter_data_trace = LazyModule(__name__ + ".get_meter_data_trace")
    _ingest_meter_data_list = LazyModule(__name__ + ".ingest_meter_data_list")
    _ingest_persist_data = LazyModule(__name__ + ".ingest_persist_data")

_LIST_METER_DATA_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_meter_data` pages (the spec's `x-payclients-pagination`: style `page`)."""


class MeterDataResource:
    """Operations tagged `meter_data`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MeterDataResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MeterDataResourceWithRawResponse(self._invoker)

    def list_meter_data(
        self,
        *,
        customer_id: str | None = None,
        reference: str | None = None,
        meter_id: str | None = None,
        deleted: bool | None = None,
        processed_details_type: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[IngestDataPage, MeterData]:
        """List the meter data.

        `GET /v1/ingest/meter-data`

        Args:
            customer_id: Only meter data records of this customer.
            reference: Only meter data records with this reference.
            meter_id: Only meter data records of this meter.
            deleted: Only deleted (true) or not deleted (false) meter data records.
            processed_details_type: Only meter data records whose processing details have this
                type (NOT_MATCHED, DUPLICATE, ...).
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[IngestDataPage, MeterData]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_data._get_kwargs(
            customer_id=customer_id,
            reference=reference,
            meter_id=meter_id,
            deleted=deleted,
            processed_details_type=processed_details_type,
            expand=expand,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_meter_data", request, _list_meter_data._parse_response, _LIST_METER_DATA_LISTING, max_items=max_items
        )

    def ingest_meter_data(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Ingest one usage event (meter data).

        `POST /v1/ingest/meter-data`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData", self._invoker.request("ingest_meter_data", request, _ingest_meter_data._parse_response)
        )

    def delete_meter_data_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the meter data the body names.

        `POST /v1/ingest/meter-data/delete`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData",
            self._invoker.request(
                "delete_meter_data_by_reference", request, _delete_meter_data_by_reference._parse_response
            ),
        )

    def get_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Get the meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", self._invoker.request("get_meter_data", request, _get_meter_data._parse_response))

    def delete_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the meter data.

        `POST /v1/ingest/meter-data/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData", self._invoker.request("delete_meter_data", request, _delete_meter_data._parse_response)
        )

    def get_meter_data_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> EventTrace:
        """Get the processing trace of meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            expand: Id fields whose referenced objects to embed in full in the answer.
            cost_prediction: Also return the predicted cost.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            EventTrace: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "EventTrace", self._invoker.request("get_meter_data_trace", request, _get_meter_data_trace._parse_response)
        )

    def ingest_meter_data_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterDataList:
        """Ingest a list of usage events (meter data).

        `POST /v1/ingest/meter-datas`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterDataList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterDataList",
            self._invoker.request("ingest_meter_data_list", request, _ingest_meter_data_list._parse_response),
        )

    def ingest_persist_data(
        self,
        *,
        body: IngestPersistDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> PersistData:
        """Ingest persisted charge data.

        `POST /v1/ingest/persist-data`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PersistData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_persist_data._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PersistData", self._invoker.request("ingest_persist_data", request, _ingest_persist_data._parse_response)
        )


class MeterDataResourceWithRawResponse:
    """Like `MeterDataResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_meter_data(
        self,
        *,
        customer_id: str | None = None,
        reference: str | None = None,
        meter_id: str | None = None,
        deleted: bool | None = None,
        processed_details_type: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[IngestDataPage]:
        """List the meter data.

        `GET /v1/ingest/meter-data`

        Args:
            customer_id: Only meter data records of this customer.
            reference: Only meter data records with this reference.
            meter_id: Only meter data records of this meter.
            deleted: Only deleted (true) or not deleted (false) meter data records.
            processed_details_type: Only meter data records whose processing details have this
                type (NOT_MATCHED, DUPLICATE, ...).
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[IngestDataPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_data._get_kwargs(
            customer_id=customer_id,
            reference=reference,
            meter_id=meter_id,
            deleted=deleted,
            processed_details_type=processed_details_type,
            expand=expand,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[IngestDataPage]",
            self._invoker.request_raw("list_meter_data", request, _list_meter_data._parse_response),
        )

    def ingest_meter_data(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Ingest one usage event (meter data).

        `POST /v1/ingest/meter-data`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            self._invoker.request_raw("ingest_meter_data", request, _ingest_meter_data._parse_response),
        )

    def delete_meter_data_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the meter data the body names.

        `POST /v1/ingest/meter-data/delete`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            self._invoker.request_raw(
                "delete_meter_data_by_reference", request, _delete_meter_data_by_reference._parse_response
            ),
        )

    def get_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Get the meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            self._invoker.request_raw("get_meter_data", request, _get_meter_data._parse_response),
        )

    def delete_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the meter data.

        `POST /v1/ingest/meter-data/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            self._invoker.request_raw("delete_meter_data", request, _delete_meter_data._parse_response),
        )

    def get_meter_data_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[EventTrace]:
        """Get the processing trace of meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            expand: Id fields whose referenced objects to embed in full in the answer.
            cost_prediction: Also return the predicted cost.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[EventTrace]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[EventTrace]",
            self._invoker.request_raw("get_meter_data_trace", request, _get_meter_data_trace._parse_response),
        )

    def ingest_meter_data_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterDataList]:
        """Ingest a list of usage events (meter data).

        `POST /v1/ingest/meter-datas`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterDataList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterDataList]",
            self._invoker.request_raw("ingest_meter_data_list", request, _ingest_meter_data_list._parse_response),
        )

    def ingest_persist_data(
        self,
        *,
        body: IngestPersistDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PersistData]:
        """Ingest persisted charge data.

        `POST /v1/ingest/persist-data`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PersistData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_persist_data._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PersistData]",
            self._invoker.request_raw("ingest_persist_data", request, _ingest_persist_data._parse_response),
        )


class AsyncMeterDataResource:
    """Operations tagged `meter_data`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncMeterDataResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMeterDataResourceWithRawResponse(self._invoker)

    def list_meter_data(
        self,
        *,
        customer_id: str | None = None,
        reference: str | None = None,
        meter_id: str | None = None,
        deleted: bool | None = None,
        processed_details_type: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[IngestDataPage, MeterData]:
        """List the meter data.

        `GET /v1/ingest/meter-data`

        Args:
            customer_id: Only meter data records of this customer.
            reference: Only meter data records with this reference.
            meter_id: Only meter data records of this meter.
            deleted: Only deleted (true) or not deleted (false) meter data records.
            processed_details_type: Only meter data records whose processing details have this
                type (NOT_MATCHED, DUPLICATE, ...).
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[IngestDataPage, MeterData]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_data._get_kwargs(
            customer_id=customer_id,
            reference=reference,
            meter_id=meter_id,
            deleted=deleted,
            processed_details_type=processed_details_type,
            expand=expand,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_meter_data", request, _list_meter_data._parse_response, _LIST_METER_DATA_LISTING, max_items=max_items
        )

    async def ingest_meter_data(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Ingest one usage event (meter data).

        `POST /v1/ingest/meter-data`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData", await self._invoker.request("ingest_meter_data", request, _ingest_meter_data._parse_response)
        )

    async def delete_meter_data_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the meter data the body names.

        `POST /v1/ingest/meter-data/delete`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData",
            await self._invoker.request(
                "delete_meter_data_by_reference", request, _delete_meter_data_by_reference._parse_response
            ),
        )

    async def get_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Get the meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData", await self._invoker.request("get_meter_data", request, _get_meter_data._parse_response)
        )

    async def delete_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the meter data.

        `POST /v1/ingest/meter-data/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData", await self._invoker.request("delete_meter_data", request, _delete_meter_data._parse_response)
        )

    async def get_meter_data_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> EventTrace:
        """Get the processing trace of meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            expand: Id fields whose referenced objects to embed in full in the answer.
            cost_prediction: Also return the predicted cost.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            EventTrace: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "EventTrace",
            await self._invoker.request("get_meter_data_trace", request, _get_meter_data_trace._parse_response),
        )

    async def ingest_meter_data_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterDataList:
        """Ingest a list of usage events (meter data).

        `POST /v1/ingest/meter-datas`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterDataList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterDataList",
            await self._invoker.request("ingest_meter_data_list", request, _ingest_meter_data_list._parse_response),
        )

    async def ingest_persist_data(
        self,
        *,
        body: IngestPersistDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> PersistData:
        """Ingest persisted charge data.

        `POST /v1/ingest/persist-data`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PersistData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_persist_data._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PersistData",
            await self._invoker.request("ingest_persist_data", request, _ingest_persist_data._parse_response),
        )


class AsyncMeterDataResourceWithRawResponse:
    """Like `AsyncMeterDataResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_meter_data(
        self,
        *,
        customer_id: str | None = None,
        reference: str | None = None,
        meter_id: str | None = None,
        deleted: bool | None = None,
        processed_details_type: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[IngestDataPage]:
        """List the meter data.

        `GET /v1/ingest/meter-data`

        Args:
            customer_id: Only meter data records of this customer.
            reference: Only meter data records with this reference.
            meter_id: Only meter data records of this meter.
            deleted: Only deleted (true) or not deleted (false) meter data records.
            processed_details_type: Only meter data records whose processing details have this
                type (NOT_MATCHED, DUPLICATE, ...).
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[IngestDataPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_data._get_kwargs(
            customer_id=customer_id,
            reference=reference,
            meter_id=meter_id,
            deleted=deleted,
            processed_details_type=processed_details_type,
            expand=expand,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[IngestDataPage]",
            await self._invoker.request_raw("list_meter_data", request, _list_meter_data._parse_response),
        )

    async def ingest_meter_data(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Ingest one usage event (meter data).

        `POST /v1/ingest/meter-data`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw("ingest_meter_data", request, _ingest_meter_data._parse_response),
        )

    async def delete_meter_data_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the meter data the body names.

        `POST /v1/ingest/meter-data/delete`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw(
                "delete_meter_data_by_reference", request, _delete_meter_data_by_reference._parse_response
            ),
        )

    async def get_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Get the meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw("get_meter_data", request, _get_meter_data._parse_response),
        )

    async def delete_meter_data(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the meter data.

        `POST /v1/ingest/meter-data/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_data._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw("delete_meter_data", request, _delete_meter_data._parse_response),
        )

    async def get_meter_data_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[EventTrace]:
        """Get the processing trace of meter data.

        `GET /v1/ingest/meter-data/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the meter data record.
            expand: Id fields whose referenced objects to embed in full in the answer.
            cost_prediction: Also return the predicted cost.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[EventTrace]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_data_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[EventTrace]",
            await self._invoker.request_raw("get_meter_data_trace", request, _get_meter_data_trace._parse_response),
        )

    async def ingest_meter_data_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterDataList]:
        """Ingest a list of usage events (meter data).

        `POST /v1/ingest/meter-datas`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            meter_validation: How strictly the meter is checked: STATIC (default) needs the meter
                and its values and properties to exist; DYNAMIC creates what is missing.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterDataList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_meter_data_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterDataList]",
            await self._invoker.request_raw("ingest_meter_data_list", request, _ingest_meter_data_list._parse_response),
        )

    async def ingest_persist_data(
        self,
        *,
        body: IngestPersistDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PersistData]:
        """Ingest persisted charge data.

        `POST /v1/ingest/persist-data`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PersistData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _ingest_persist_data._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PersistData]",
            await self._invoker.request_raw("ingest_persist_data", request, _ingest_persist_data._parse_response),
        )


__all__ = [
    "AsyncMeterDataResource",
    "AsyncMeterDataResourceWithRawResponse",
    "MeterDataResource",
    "MeterDataResourceWithRawResponse",
]
