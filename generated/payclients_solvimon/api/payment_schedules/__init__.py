"""Typed operations tagged `payment_schedules`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_payment_schedule_request import CreatePaymentScheduleRequest
from ...models.init_payment_schedule_request import InitPaymentScheduleRequest
from ...models.order_direction import OrderDirection
from ...models.payment_schedule import PaymentSchedule
from ...models.payment_schedule_init import PaymentScheduleInit
from ...models.payment_schedule_page import PaymentSchedulePage
from ...models.update_payment_schedule_request import UpdatePaymentScheduleRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_payment_schedule as _activate_payment_schedule
from . import cancel_payment_schedule as _cancel_payment_schedule
from . import create_payment_schedule as _create_payment_schedule
from . import get_payment_schedule as _get_payment_schedule
from . import init_payment_schedule as _init_payment_schedule
from . import list_payment_schedules as _list_payment_schedules
from . import pause_payment_schedule as _pause_payment_schedule
from . import update_payment_schedule as _update_payment_schedule


class PaymentSchedulesResource:
    """Operations tagged `payment_schedules`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "PaymentSchedulesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PaymentSchedulesResourceWithRawResponse(self._invoker)

    def list_payment_schedules(
        self,
        *,
        customer_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentSchedulePage:
        """List the payment schedules.

        `GET /v1/payment-schedules`
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
            "PaymentSchedulePage",
            self._invoker.request("list_payment_schedules", request, _list_payment_schedules._parse_response),
        )

    def create_payment_schedule(
        self,
        *,
        body: CreatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Create a payment schedule.

        `POST /v1/payment-schedules`
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
        body: InitPaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentScheduleInit:
        """Init the payment schedule.

        `POST /v1/payment-schedules/init`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`
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
        body: UpdatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`
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
        customer_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedulePage]:
        """List the payment schedules.

        `GET /v1/payment-schedules`
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
        body: CreatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Create a payment schedule.

        `POST /v1/payment-schedules`
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
        body: InitPaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentScheduleInit]:
        """Init the payment schedule.

        `POST /v1/payment-schedules/init`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`
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
        body: UpdatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`
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
    def with_raw_response(self) -> "AsyncPaymentSchedulesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPaymentSchedulesResourceWithRawResponse(self._invoker)

    async def list_payment_schedules(
        self,
        *,
        customer_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentSchedulePage:
        """List the payment schedules.

        `GET /v1/payment-schedules`
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
            "PaymentSchedulePage",
            await self._invoker.request("list_payment_schedules", request, _list_payment_schedules._parse_response),
        )

    async def create_payment_schedule(
        self,
        *,
        body: CreatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Create a payment schedule.

        `POST /v1/payment-schedules`
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
        body: InitPaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentScheduleInit:
        """Init the payment schedule.

        `POST /v1/payment-schedules/init`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`
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
        body: UpdatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentSchedule:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`
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
        customer_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedulePage]:
        """List the payment schedules.

        `GET /v1/payment-schedules`
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
        body: CreatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Create a payment schedule.

        `POST /v1/payment-schedules`
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
        body: InitPaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentScheduleInit]:
        """Init the payment schedule.

        `POST /v1/payment-schedules/init`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Get the payment schedule.

        `GET /v1/payment-schedules/{resource_id_or_reference}`
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
        body: UpdatePaymentScheduleRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Update the payment schedule.

        `PATCH /v1/payment-schedules/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Activate the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Cancel the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/cancel`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentSchedule]:
        """Pause the payment schedule.

        `POST /v1/payment-schedules/{resource_id_or_reference}/pause`
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
