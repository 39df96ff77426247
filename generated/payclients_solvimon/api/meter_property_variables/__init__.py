"""Typed operations tagged `meter_property_variables`.

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
    from ...models.create_meter_property_variable_request import CreateMeterPropertyVariableRequest
    from ...models.meter_property_variable import MeterPropertyVariable
    from ...models.meter_property_variable_page import MeterPropertyVariablePage
    from ...models.meter_property_variable_value_page import MeterPropertyVariableValuePage
    from ...models.meter_property_variable_values_update_result import MeterPropertyVariableValuesUpdateResult
    from ...models.order_direction import OrderDirection
    from ...models.update_meter_property_variable_request import UpdateMeterPropertyVariableRequest
    from ...models.update_meter_property_variable_values_request import UpdateMeterPropertyVariableValuesRequest
    from . import create_meter_property_variable as _create_meter_property_variable
    from . import delete_meter_property_variable as _delete_meter_property_variable
    from . import get_meter_property_variable as _get_meter_property_variable
    from . import list_meter_property_variable_values as _list_meter_property_variable_values
    from . import list_meter_property_variables as _list_meter_property_variables
    from . import update_meter_property_variable as _update_meter_property_variable
    from . import update_meter_property_variable_values as _update_meter_property_variable_values
else:
    _list_meter_property_variables = LazyModule(__name__ + ".list_meter_property_variables")
    _create_meter_property_variable = LazyModule(__name__ + ".create_meter_property_variable")
    _get_meter_property_variable = LazyModule(__name__ + ".get_meter_property_variable")
    _delete_meter_property_variable = LazyModule(__name__ + ".delete_meter_property_variable")
    _update_meter_property_variable = LazyModule(__name__ + ".update_meter_property_variable")
    _list_meter_property_variable_values = LazyModule(__name__ + ".list_meter_property_variable_values")
    _update_meter_property_variable_values = LazyModule(__name__ + ".update_meter_property_variable_values")

_LIST_METER_PROPERTY_VARIABLES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_meter_property_variables` pages (the spec's `x-payclients-pagination`: style `page`)."""


class MeterPropertyVariablesResource:
    """Operations tagged `meter_property_variables`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MeterPropertyVariablesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MeterPropertyVariablesResourceWithRawResponse(self._invoker)

    def list_meter_property_variables(
        self,
        *,
        name: str | None = None,
        meter_property_id: str | None = None,
        type_: str | None = None,
        statuses: list[str] | None = None,
        reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[MeterPropertyVariablePage, MeterPropertyVariable]:
        """List the meter property variables.

        `GET /v1/meter-property-variables`

        Args:
            name: Only meter property variables with this name.
            meter_property_id: Only meter property variables of this meter property.
            type_: Only meter property variables of this type.
            statuses: Only meter property variables with one of these statuses.
            reference: Only meter property variables with this reference.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[MeterPropertyVariablePage, MeterPropertyVariable]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variables._get_kwargs(
            name=name,
            meter_property_id=meter_property_id,
            type_=type_,
            statuses=statuses,
            reference=reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_meter_property_variables",
            request,
            _list_meter_property_variables._parse_response,
            _LIST_METER_PROPERTY_VARIABLES_LISTING,
            max_items=max_items,
        )

    def create_meter_property_variable(
        self,
        *,
        body: CreateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariable:
        """Create a meter property variable.

        `POST /v1/meter-property-variables`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property_variable._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariable",
            self._invoker.request(
                "create_meter_property_variable", request, _create_meter_property_variable._parse_response
            ),
        )

    def get_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterPropertyVariable:
        """Get the meter property variable.

        `GET /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterPropertyVariable",
            self._invoker.request("get_meter_property_variable", request, _get_meter_property_variable._parse_response),
        )

    def delete_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariable:
        """Delete the meter property variable.

        `DELETE /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariable",
            self._invoker.request(
                "delete_meter_property_variable", request, _delete_meter_property_variable._parse_response
            ),
        )

    def update_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariable:
        """Update the meter property variable.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariable",
            self._invoker.request(
                "update_meter_property_variable", request, _update_meter_property_variable._parse_response
            ),
        )

    def list_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        limit: int | None = None,
        page: int | None = None,
        search: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterPropertyVariableValuePage:
        """List the meter property variable values.

        `GET /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            limit: Page size.
            page: Page number, from 1.
            search: Only values matching this text.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPropertyVariableValuePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            limit=limit,
            page=page,
            search=search,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterPropertyVariableValuePage",
            self._invoker.request(
                "list_meter_property_variable_values", request, _list_meter_property_variable_values._parse_response
            ),
        )

    def update_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableValuesRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariableValuesUpdateResult:
        """Update the meter property variable values.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariableValuesUpdateResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariableValuesUpdateResult",
            self._invoker.request(
                "update_meter_property_variable_values", request, _update_meter_property_variable_values._parse_response
            ),
        )


class MeterPropertyVariablesResourceWithRawResponse:
    """Like `MeterPropertyVariablesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_meter_property_variables(
        self,
        *,
        name: str | None = None,
        meter_property_id: str | None = None,
        type_: str | None = None,
        statuses: list[str] | None = None,
        reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyVariablePage]:
        """List the meter property variables.

        `GET /v1/meter-property-variables`

        Args:
            name: Only meter property variables with this name.
            meter_property_id: Only meter property variables of this meter property.
            type_: Only meter property variables of this type.
            statuses: Only meter property variables with one of these statuses.
            reference: Only meter property variables with this reference.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyVariablePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variables._get_kwargs(
            name=name,
            meter_property_id=meter_property_id,
            type_=type_,
            statuses=statuses,
            reference=reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyVariablePage]",
            self._invoker.request_raw(
                "list_meter_property_variables", request, _list_meter_property_variables._parse_response
            ),
        )

    def create_meter_property_variable(
        self,
        *,
        body: CreateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Create a meter property variable.

        `POST /v1/meter-property-variables`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property_variable._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            self._invoker.request_raw(
                "create_meter_property_variable", request, _create_meter_property_variable._parse_response
            ),
        )

    def get_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Get the meter property variable.

        `GET /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            self._invoker.request_raw(
                "get_meter_property_variable", request, _get_meter_property_variable._parse_response
            ),
        )

    def delete_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Delete the meter property variable.

        `DELETE /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            self._invoker.request_raw(
                "delete_meter_property_variable", request, _delete_meter_property_variable._parse_response
            ),
        )

    def update_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Update the meter property variable.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            self._invoker.request_raw(
                "update_meter_property_variable", request, _update_meter_property_variable._parse_response
            ),
        )

    def list_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        limit: int | None = None,
        page: int | None = None,
        search: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyVariableValuePage]:
        """List the meter property variable values.

        `GET /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            limit: Page size.
            page: Page number, from 1.
            search: Only values matching this text.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyVariableValuePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            limit=limit,
            page=page,
            search=search,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyVariableValuePage]",
            self._invoker.request_raw(
                "list_meter_property_variable_values", request, _list_meter_property_variable_values._parse_response
            ),
        )

    def update_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableValuesRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariableValuesUpdateResult]:
        """Update the meter property variable values.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariableValuesUpdateResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariableValuesUpdateResult]",
            self._invoker.request_raw(
                "update_meter_property_variable_values", request, _update_meter_property_variable_values._parse_response
            ),
        )


class AsyncMeterPropertyVariablesResource:
    """Operations tagged `meter_property_variables`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncMeterPropertyVariablesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMeterPropertyVariablesResourceWithRawResponse(self._invoker)

    def list_meter_property_variables(
        self,
        *,
        name: str | None = None,
        meter_property_id: str | None = None,
        type_: str | None = None,
        statuses: list[str] | None = None,
        reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MeterPropertyVariablePage, MeterPropertyVariable]:
        """List the meter property variables.

        `GET /v1/meter-property-variables`

        Args:
            name: Only meter property variables with this name.
            meter_property_id: Only meter property variables of this meter property.
            type_: Only meter property variables of this type.
            statuses: Only meter property variables with one of these statuses.
            reference: Only meter property variables with this reference.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[MeterPropertyVariablePage, MeterPropertyVariable]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variables._get_kwargs(
            name=name,
            meter_property_id=meter_property_id,
            type_=type_,
            statuses=statuses,
            reference=reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_meter_property_variables",
            request,
            _list_meter_property_variables._parse_response,
            _LIST_METER_PROPERTY_VARIABLES_LISTING,
            max_items=max_items,
        )

    async def create_meter_property_variable(
        self,
        *,
        body: CreateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariable:
        """Create a meter property variable.

        `POST /v1/meter-property-variables`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property_variable._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariable",
            await self._invoker.request(
                "create_meter_property_variable", request, _create_meter_property_variable._parse_response
            ),
        )

    async def get_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> MeterPropertyVariable:
        """Get the meter property variable.

        `GET /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterPropertyVariable",
            await self._invoker.request(
                "get_meter_property_variable", request, _get_meter_property_variable._parse_response
            ),
        )

    async def delete_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariable:
        """Delete the meter property variable.

        `DELETE /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariable",
            await self._invoker.request(
                "delete_meter_property_variable", request, _delete_meter_property_variable._parse_response
            ),
        )

    async def update_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariable:
        """Update the meter property variable.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariable: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariable",
            await self._invoker.request(
                "update_meter_property_variable", request, _update_meter_property_variable._parse_response
            ),
        )

    async def list_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        limit: int | None = None,
        page: int | None = None,
        search: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> MeterPropertyVariableValuePage:
        """List the meter property variable values.

        `GET /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            limit: Page size.
            page: Page number, from 1.
            search: Only values matching this text.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            MeterPropertyVariableValuePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            limit=limit,
            page=page,
            search=search,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "MeterPropertyVariableValuePage",
            await self._invoker.request(
                "list_meter_property_variable_values", request, _list_meter_property_variable_values._parse_response
            ),
        )

    async def update_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableValuesRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> MeterPropertyVariableValuesUpdateResult:
        """Update the meter property variable values.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            MeterPropertyVariableValuesUpdateResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "MeterPropertyVariableValuesUpdateResult",
            await self._invoker.request(
                "update_meter_property_variable_values", request, _update_meter_property_variable_values._parse_response
            ),
        )


class AsyncMeterPropertyVariablesResourceWithRawResponse:
    """Like `AsyncMeterPropertyVariablesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_meter_property_variables(
        self,
        *,
        name: str | None = None,
        meter_property_id: str | None = None,
        type_: str | None = None,
        statuses: list[str] | None = None,
        reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyVariablePage]:
        """List the meter property variables.

        `GET /v1/meter-property-variables`

        Args:
            name: Only meter property variables with this name.
            meter_property_id: Only meter property variables of this meter property.
            type_: Only meter property variables of this type.
            statuses: Only meter property variables with one of these statuses.
            reference: Only meter property variables with this reference.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyVariablePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variables._get_kwargs(
            name=name,
            meter_property_id=meter_property_id,
            type_=type_,
            statuses=statuses,
            reference=reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyVariablePage]",
            await self._invoker.request_raw(
                "list_meter_property_variables", request, _list_meter_property_variables._parse_response
            ),
        )

    async def create_meter_property_variable(
        self,
        *,
        body: CreateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Create a meter property variable.

        `POST /v1/meter-property-variables`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_meter_property_variable._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            await self._invoker.request_raw(
                "create_meter_property_variable", request, _create_meter_property_variable._parse_response
            ),
        )

    async def get_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Get the meter property variable.

        `GET /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            await self._invoker.request_raw(
                "get_meter_property_variable", request, _get_meter_property_variable._parse_response
            ),
        )

    async def delete_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Delete the meter property variable.

        `DELETE /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            await self._invoker.request_raw(
                "delete_meter_property_variable", request, _delete_meter_property_variable._parse_response
            ),
        )

    async def update_meter_property_variable(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariable]:
        """Update the meter property variable.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariable]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariable]",
            await self._invoker.request_raw(
                "update_meter_property_variable", request, _update_meter_property_variable._parse_response
            ),
        )

    async def list_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        limit: int | None = None,
        page: int | None = None,
        search: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[MeterPropertyVariableValuePage]:
        """List the meter property variable values.

        `GET /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            limit: Page size.
            page: Page number, from 1.
            search: Only values matching this text.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[MeterPropertyVariableValuePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            limit=limit,
            page=page,
            search=search,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[MeterPropertyVariableValuePage]",
            await self._invoker.request_raw(
                "list_meter_property_variable_values", request, _list_meter_property_variable_values._parse_response
            ),
        )

    async def update_meter_property_variable_values(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateMeterPropertyVariableValuesRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[MeterPropertyVariableValuesUpdateResult]:
        """Update the meter property variable values.

        `PATCH /v1/meter-property-variables/{resource_id_or_reference}/values`

        Args:
            resource_id_or_reference: Id or reference of the meter property variable.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[MeterPropertyVariableValuesUpdateResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_meter_property_variable_values._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[MeterPropertyVariableValuesUpdateResult]",
            await self._invoker.request_raw(
                "update_meter_property_variable_values", request, _update_meter_property_variable_values._parse_response
            ),
        )


__all__ = [
    "AsyncMeterPropertyVariablesResource",
    "AsyncMeterPropertyVariablesResourceWithRawResponse",
    "MeterPropertyVariablesResource",
    "MeterPropertyVariablesResourceWithRawResponse",
]
