"""Typed operations tagged `payment_schedules`.

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
    from ...models.create_payment_schedule_request import CreatePaymentScheduleRequest
    from ...models.init_payment_schedule_request import InitPaymentScheduleRequest
    from ...models.order_direction import OrderDirection
    from ...models.payment_schedule import PaymentSchedule
    from ...models.payment_schedule_init import PaymentScheduleInit
    from ...models.payment_schedule_page import PaymentSchedulePage
    from ...models.update_payment_schedule_request import UpdatePaymentScheduleRequest
    from . import activate_payment_schedule as _activate_payment_schedule
    from . import cancel_payment_schedule as _cancel_payment_schedule
    from . import create_payment_schedule as _create_payment_schedule
    from . import get_payment_schedule as _get_payment_schedule
    from . import init_payment_schedule as _init_payment_schedule
    from . import list_payment_schedules as _list_payment_schedules
    from . import pause_payment_schedule as _pause_payment_schedule
    from . import update_payment_schedule as _update_payment_schedule
else:
    _list_payment_schedules = LazyModule(__name__ + ".list_payment_schedules")
    _create_payment_schedule = LazyModule(__name__ + ".create_payment_schedule")
    _init_payment_schedule = LazyModule(__name__ + ".init_payment_schedule")
    _get_payment_schedule = LazyModule(__name__ + ".get_payment_schedule")
    _update_payment_schedule = LazyModule(__name__ + ".update_payment_schedule")
    _activate_payment_schedule = LazyModule(__name__ + ".activate_payment_schedule")
    _cancel_payment_schedule = LazyModule(__name__ + ".cancel_payment_schedule")
    _pause_payment_schedule = LazyModule(__name__ + ".pause_payment_schedule")

_LIST_PAYMENT_SCHEDULES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_payment_schedules` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PaymentSchedulesResource:
    """Operations tagged `payment_schedules`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PaymentSchedulesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PaymentSchedulesResourceWithRawResponse(self._invoker)

    def list_payment_schedules(
        self,
        *,
        customer_id: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PaymentSchedulePage, PaymentSchedule]:
        """List the payment schedules.

        `GET /v1/payment-schedules`

        Args:
            customer_id: Only payment schedules of this customer.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PaymentSchedulePage, PaymentSchedule]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_schedules._get_kwargs(
            customer_id=customer_id,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_payment_schedules",
            request,
            _list_payment_schedules._parse_response,
            _LIST_PAYMENT_SCHEDULES_LISTING,
            max_items=max_items,
        )

    def create_payment_schedule(
        self,
        *,
        body: CreatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Create a payment schedule.

        `POST /v1/payment-schedules`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            self._invoker.request("create_payment_schedule", request, _create_payment_schedule._parse_response),
        )

    def init_payment_schedule(
        self,
        *,
        body: InitPaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentScheduleInit:
        """Initialise a payment schedule.

        `POST /v1/payment-schedules/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentScheduleInit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentScheduleInit",
            self._invoker.request("init_payment_schedule", request, _init_payment_schedule._parse_response),
        )

    def get_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PaymentSchedule:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentSchedule",
            self._invoker.request("get_payment_schedule", request, _get_payment_schedule._parse_response),
        )

    def update_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            self._invoker.request("update_payment_schedule", request, _update_payment_schedule._parse_response),
        )

    def activate_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            self._invoker.request("activate_payment_schedule", request, _activate_payment_schedule._parse_response),
        )

    def cancel_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            self._invoker.request("cancel_payment_schedule", request, _cancel_payment_schedule._parse_response),
        )

    def pause_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pause_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            self._invoker.request("pause_payment_schedule", request, _pause_payment_schedule._parse_response),
        )


class PaymentSchedulesResourceWithRawResponse:
    """Like `PaymentSchedulesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_payment_schedules(
        self,
        *,
        customer_id: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentSchedulePage]:
        """List the payment schedules.

        `GET /v1/payment-schedules`

        Args:
            customer_id: Only payment schedules of this customer.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentSchedulePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_schedules._get_kwargs(
            customer_id=customer_id,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentSchedulePage]",
            self._invoker.request_raw("list_payment_schedules", request, _list_payment_schedules._parse_response),
        )

    def create_payment_schedule(
        self,
        *,
        body: CreatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Create a payment schedule.

        `POST /v1/payment-schedules`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            self._invoker.request_raw("create_payment_schedule", request, _create_payment_schedule._parse_response),
        )

    def init_payment_schedule(
        self,
        *,
        body: InitPaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentScheduleInit]:
        """Initialise a payment schedule.

        `POST /v1/payment-schedules/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentScheduleInit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentScheduleInit]",
            self._invoker.request_raw("init_payment_schedule", request, _init_payment_schedule._parse_response),
        )

    def get_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            self._invoker.request_raw("get_payment_schedule", request, _get_payment_schedule._parse_response),
        )

    def update_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            self._invoker.request_raw("update_payment_schedule", request, _update_payment_schedule._parse_response),
        )

    def activate_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            self._invoker.request_raw("activate_payment_schedule", request, _activate_payment_schedule._parse_response),
        )

    def cancel_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            self._invoker.request_raw("cancel_payment_schedule", request, _cancel_payment_schedule._parse_response),
        )

    def pause_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pause_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            self._invoker.request_raw("pause_payment_schedule", request, _pause_payment_schedule._parse_response),
        )


class AsyncPaymentSchedulesResource:
    """Operations tagged `payment_schedules`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPaymentSchedulesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPaymentSchedulesResourceWithRawResponse(self._invoker)

    def list_payment_schedules(
        self,
        *,
        customer_id: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PaymentSchedulePage, PaymentSchedule]:
        """List the payment schedules.

        `GET /v1/payment-schedules`

        Args:
            customer_id: Only payment schedules of this customer.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PaymentSchedulePage, PaymentSchedule]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_schedules._get_kwargs(
            customer_id=customer_id,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_payment_schedules",
            request,
            _list_payment_schedules._parse_response,
            _LIST_PAYMENT_SCHEDULES_LISTING,
            max_items=max_items,
        )

    async def create_payment_schedule(
        self,
        *,
        body: CreatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Create a payment schedule.

        `POST /v1/payment-schedules`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            await self._invoker.request("create_payment_schedule", request, _create_payment_schedule._parse_response),
        )

    async def init_payment_schedule(
        self,
        *,
        body: InitPaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentScheduleInit:
        """Initialise a payment schedule.

        `POST /v1/payment-schedules/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentScheduleInit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentScheduleInit",
            await self._invoker.request("init_payment_schedule", request, _init_payment_schedule._parse_response),
        )

    async def get_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PaymentSchedule:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentSchedule",
            await self._invoker.request("get_payment_schedule", request, _get_payment_schedule._parse_response),
        )

    async def update_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            await self._invoker.request("update_payment_schedule", request, _update_payment_schedule._parse_response),
        )

    async def activate_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            await self._invoker.request(
                "activate_payment_schedule", request, _activate_payment_schedule._parse_response
            ),
        )

    async def cancel_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            await self._invoker.request("cancel_payment_schedule", request, _cancel_payment_schedule._parse_response),
        )

    async def pause_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSchedule:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pause_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentSchedule",
            await self._invoker.request("pause_payment_schedule", request, _pause_payment_schedule._parse_response),
        )


class AsyncPaymentSchedulesResourceWithRawResponse:
    """Like `AsyncPaymentSchedulesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_payment_schedules(
        self,
        *,
        customer_id: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentSchedulePage]:
        """List the payment schedules.

        `GET /v1/payment-schedules`

        Args:
            customer_id: Only payment schedules of this customer.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentSchedulePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_schedules._get_kwargs(
            customer_id=customer_id,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentSchedulePage]",
            await self._invoker.request_raw("list_payment_schedules", request, _list_payment_schedules._parse_response),
        )

    async def create_payment_schedule(
        self,
        *,
        body: CreatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Create a payment schedule.

        `POST /v1/payment-schedules`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            await self._invoker.request_raw(
                "create_payment_schedule", request, _create_payment_schedule._parse_response
            ),
        )

    async def init_payment_schedule(
        self,
        *,
        body: InitPaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentScheduleInit]:
        """Initialise a payment schedule.

        `POST /v1/payment-schedules/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentScheduleInit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_payment_schedule._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentScheduleInit]",
            await self._invoker.request_raw("init_payment_schedule", request, _init_payment_schedule._parse_response),
        )

    async def get_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            await self._invoker.request_raw("get_payment_schedule", request, _get_payment_schedule._parse_response),
        )

    async def update_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentScheduleRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            await self._invoker.request_raw(
                "update_payment_schedule", request, _update_payment_schedule._parse_response
            ),
        )

    async def activate_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            await self._invoker.request_raw(
                "activate_payment_schedule", request, _activate_payment_schedule._parse_response
            ),
        )

    async def cancel_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            await self._invoker.request_raw(
                "cancel_payment_schedule", request, _cancel_payment_schedule._parse_response
            ),
        )

    async def pause_payment_schedule(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentSchedule]:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`

        Args:
            resource_id_or_reference: Id or reference of the payment schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _pause_payment_schedule._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentSchedule]",
            await self._invoker.request_raw("pause_payment_schedule", request, _pause_payment_schedule._parse_response),
        )


__all__ = [
    "AsyncPaymentSchedulesResource",
    "AsyncPaymentSchedulesResourceWithRawResponse",
    "PaymentSchedulesResource",
    "PaymentSchedulesResourceWithRawResponse",
]
