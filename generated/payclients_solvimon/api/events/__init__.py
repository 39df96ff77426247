"""Typed operations tagged `events`.

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
    from ...models.meter_data import MeterData
    from ...models.meter_data_list import MeterDataList
    from ...models.meter_data_list_request import MeterDataListRequest
    from . import calculate_event as _calculate_event
    from . import delete_event as _delete_event
    from . import delete_event_by_reference as _delete_event_by_reference
    from . import get_event as _get_event
    from . import get_event_trace as _get_event_trace
    from . import ingest_event as _ingest_event
    from . import ingest_event_batch as _ingest_event_batch
    from . import ingest_event_list as _ingest_event_list
    from . import list_events as _list_events
else:
    _list_events = LazyModule(__name__ + ".list_events")
    _calculate_event = LazyModule(__name__ + ".calculate_event")
    _delete_event_by_reference = LazyModule(__name__ + ".delete_event_by_reference")
    _ingest_event = LazyModule(__name__ + ".ingest_event")
    _ingest_event_batch = LazyModule(__name__ + ".ingest_event_batch")
    _ingest_event_list = LazyModule(__name__ + ".ingest_event_list")
    _get_event = LazyModule(__name__ + ".get_event")
    _delete_event = LazyModule(__name__ + ".delete_event")
    _get_event_trace = LazyModule(__name__ + ".get_event_trace")

_LIST_EVENTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_events` pages (the spec's `x-payclients-pagination`: style `page`)."""


class EventsResource:
    """Operations tagged `events`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EventsResourceWithRawResponse(self._invoker)

    def list_events(
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
        """List the events.

        `GET /v1/events`

        Args:
            customer_id: Only events of this customer.
            reference: Only events with this reference.
            meter_id: Only events of this meter.
            deleted: Only deleted (true) or not deleted (false) events.
            processed_details_type: Only events whose processing details have this type
                (NOT_MATCHED, DUPLICATE, ...).
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
        request = _list_events._get_kwargs(
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
            "list_events", request, _list_events._parse_response, _LIST_EVENTS_LISTING, max_items=max_items
        )

    def calculate_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Calculate what an event would cost.

        `POST /v1/events/calculate`

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
        request = _calculate_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", self._invoker.request("calculate_event", request, _calculate_event._parse_response))

    def delete_event_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the event the body names.

        `POST /v1/events/delete`

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
        request = _delete_event_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData",
            self._invoker.request("delete_event_by_reference", request, _delete_event_by_reference._parse_response),
        )

    def ingest_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Ingest one usage event.

        `POST /v1/events/ingest`

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
        request = _ingest_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", self._invoker.request("ingest_event", request, _ingest_event._parse_response))

    def ingest_event_batch(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        clickhouse: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterDataList:
        """Ingest a batch of usage events.

        `POST /v1/events/ingest-batch`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            clickhouse: Internal ingestion switch exposed by Solvimon's SDK; leave unset.
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
        request = _ingest_event_batch._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            clickhouse=clickhouse,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterDataList", self._invoker.request("ingest_event_batch", request, _ingest_event_batch._parse_response)
        )

    def ingest_event_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterDataList:
        """Ingest a list of usage events.

        `POST /v1/events/ingest-list`

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
        request = _ingest_event_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterDataList", self._invoker.request("ingest_event_list", request, _ingest_event_list._parse_response)
        )

    def get_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Get the event.

        `GET /v1/events/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", self._invoker.request("get_event", request, _get_event._parse_response))

    def delete_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the event.

        `POST /v1/events/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", self._invoker.request("delete_event", request, _delete_event._parse_response))

    def get_event_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> EventTrace:
        """Get the processing trace of an event.

        `GET /v1/events/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the event.
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
        request = _get_event_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast("EventTrace", self._invoker.request("get_event_trace", request, _get_event_trace._parse_response))


class EventsResourceWithRawResponse:
    """Like `EventsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_events(
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
        """List the events.

        `GET /v1/events`

        Args:
            customer_id: Only events of this customer.
            reference: Only events with this reference.
            meter_id: Only events of this meter.
            deleted: Only deleted (true) or not deleted (false) events.
            processed_details_type: Only events whose processing details have this type
                (NOT_MATCHED, DUPLICATE, ...).
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
        request = _list_events._get_kwargs(
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
            self._invoker.request_raw("list_events", request, _list_events._parse_response),
        )

    def calculate_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Calculate what an event would cost.

        `POST /v1/events/calculate`

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
        request = _calculate_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            self._invoker.request_raw("calculate_event", request, _calculate_event._parse_response),
        )

    def delete_event_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the event the body names.

        `POST /v1/events/delete`

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
        request = _delete_event_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            self._invoker.request_raw("delete_event_by_reference", request, _delete_event_by_reference._parse_response),
        )

    def ingest_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Ingest one usage event.

        `POST /v1/events/ingest`

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
        request = _ingest_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]", self._invoker.request_raw("ingest_event", request, _ingest_event._parse_response)
        )

    def ingest_event_batch(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        clickhouse: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterDataList]:
        """Ingest a batch of usage events.

        `POST /v1/events/ingest-batch`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            clickhouse: Internal ingestion switch exposed by Solvimon's SDK; leave unset.
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
        request = _ingest_event_batch._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            clickhouse=clickhouse,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterDataList]",
            self._invoker.request_raw("ingest_event_batch", request, _ingest_event_batch._parse_response),
        )

    def ingest_event_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterDataList]:
        """Ingest a list of usage events.

        `POST /v1/events/ingest-list`

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
        request = _ingest_event_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterDataList]",
            self._invoker.request_raw("ingest_event_list", request, _ingest_event_list._parse_response),
        )

    def get_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Get the event.

        `GET /v1/events/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]", self._invoker.request_raw("get_event", request, _get_event._parse_response)
        )

    def delete_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the event.

        `POST /v1/events/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]", self._invoker.request_raw("delete_event", request, _delete_event._parse_response)
        )

    def get_event_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[EventTrace]:
        """Get the processing trace of an event.

        `GET /v1/events/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the event.
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
        request = _get_event_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[EventTrace]",
            self._invoker.request_raw("get_event_trace", request, _get_event_trace._parse_response),
        )


class AsyncEventsResource:
    """Operations tagged `events`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEventsResourceWithRawResponse(self._invoker)

    def list_events(
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
        """List the events.

        `GET /v1/events`

        Args:
            customer_id: Only events of this customer.
            reference: Only events with this reference.
            meter_id: Only events of this meter.
            deleted: Only deleted (true) or not deleted (false) events.
            processed_details_type: Only events whose processing details have this type
                (NOT_MATCHED, DUPLICATE, ...).
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
        request = _list_events._get_kwargs(
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
            "list_events", request, _list_events._parse_response, _LIST_EVENTS_LISTING, max_items=max_items
        )

    async def calculate_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Calculate what an event would cost.

        `POST /v1/events/calculate`

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
        request = _calculate_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData", await self._invoker.request("calculate_event", request, _calculate_event._parse_response)
        )

    async def delete_event_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the event the body names.

        `POST /v1/events/delete`

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
        request = _delete_event_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterData",
            await self._invoker.request(
                "delete_event_by_reference", request, _delete_event_by_reference._parse_response
            ),
        )

    async def ingest_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Ingest one usage event.

        `POST /v1/events/ingest`

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
        request = _ingest_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", await self._invoker.request("ingest_event", request, _ingest_event._parse_response))

    async def ingest_event_batch(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        clickhouse: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterDataList:
        """Ingest a batch of usage events.

        `POST /v1/events/ingest-batch`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            clickhouse: Internal ingestion switch exposed by Solvimon's SDK; leave unset.
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
        request = _ingest_event_batch._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            clickhouse=clickhouse,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterDataList",
            await self._invoker.request("ingest_event_batch", request, _ingest_event_batch._parse_response),
        )

    async def ingest_event_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> MeterDataList:
        """Ingest a list of usage events.

        `POST /v1/events/ingest-list`

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
        request = _ingest_event_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterDataList",
            await self._invoker.request("ingest_event_list", request, _ingest_event_list._parse_response),
        )

    async def get_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Get the event.

        `GET /v1/events/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", await self._invoker.request("get_event", request, _get_event._parse_response))

    async def delete_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterData:
        """Delete the event.

        `POST /v1/events/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterData: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("MeterData", await self._invoker.request("delete_event", request, _delete_event._parse_response))

    async def get_event_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> EventTrace:
        """Get the processing trace of an event.

        `GET /v1/events/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the event.
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
        request = _get_event_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "EventTrace", await self._invoker.request("get_event_trace", request, _get_event_trace._parse_response)
        )


class AsyncEventsResourceWithRawResponse:
    """Like `AsyncEventsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_events(
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
        """List the events.

        `GET /v1/events`

        Args:
            customer_id: Only events of this customer.
            reference: Only events with this reference.
            meter_id: Only events of this meter.
            deleted: Only deleted (true) or not deleted (false) events.
            processed_details_type: Only events whose processing details have this type
                (NOT_MATCHED, DUPLICATE, ...).
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
        request = _list_events._get_kwargs(
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
            await self._invoker.request_raw("list_events", request, _list_events._parse_response),
        )

    async def calculate_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Calculate what an event would cost.

        `POST /v1/events/calculate`

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
        request = _calculate_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw("calculate_event", request, _calculate_event._parse_response),
        )

    async def delete_event_by_reference(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the event the body names.

        `POST /v1/events/delete`

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
        request = _delete_event_by_reference._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw(
                "delete_event_by_reference", request, _delete_event_by_reference._parse_response
            ),
        )

    async def ingest_event(
        self,
        *,
        body: CreateMeterDataRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Ingest one usage event.

        `POST /v1/events/ingest`

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
        request = _ingest_event._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw("ingest_event", request, _ingest_event._parse_response),
        )

    async def ingest_event_batch(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        clickhouse: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterDataList]:
        """Ingest a batch of usage events.

        `POST /v1/events/ingest-batch`

        Args:
            body: The request body.
            cost_prediction: Also return the predicted cost.
            clickhouse: Internal ingestion switch exposed by Solvimon's SDK; leave unset.
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
        request = _ingest_event_batch._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            clickhouse=clickhouse,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterDataList]",
            await self._invoker.request_raw("ingest_event_batch", request, _ingest_event_batch._parse_response),
        )

    async def ingest_event_list(
        self,
        *,
        body: MeterDataListRequest | None = None,
        cost_prediction: bool | None = None,
        meter_validation: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterDataList]:
        """Ingest a list of usage events.

        `POST /v1/events/ingest-list`

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
        request = _ingest_event_list._get_kwargs(
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterDataList]",
            await self._invoker.request_raw("ingest_event_list", request, _ingest_event_list._parse_response),
        )

    async def get_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Get the event.

        `GET /v1/events/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]", await self._invoker.request_raw("get_event", request, _get_event._parse_response)
        )

    async def delete_event(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterData]:
        """Delete the event.

        `POST /v1/events/{resource_id_or_reference}/delete`

        Args:
            resource_id_or_reference: Id or reference of the event.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterData]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_event._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterData]",
            await self._invoker.request_raw("delete_event", request, _delete_event._parse_response),
        )

    async def get_event_trace(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        cost_prediction: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[EventTrace]:
        """Get the processing trace of an event.

        `GET /v1/events/{resource_id_or_reference}/event_trace`

        Args:
            resource_id_or_reference: Id or reference of the event.
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
        request = _get_event_trace._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            cost_prediction=cost_prediction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[EventTrace]",
            await self._invoker.request_raw("get_event_trace", request, _get_event_trace._parse_response),
        )


__all__ = [
    "AsyncEventsResource",
    "AsyncEventsResourceWithRawResponse",
    "EventsResource",
    "EventsResourceWithRawResponse",
]
