"""Typed operations tagged `pricing_plan_schedules`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.copy_pricing_plan_schedule_request import CopyPricingPlanScheduleRequest
from ...models.create_pricing_plan_schedule_request import CreatePricingPlanScheduleRequest
from ...models.migrate_pricing_plan_schedule_request import MigratePricingPlanScheduleRequest
from ...models.on_demand_pricing_items_response import OnDemandPricingItemsResponse
from ...models.pricing_plan_schedule import PricingPlanSchedule
from ...models.pricing_plan_schedule_page import PricingPlanSchedulePage
from ...models.update_pricing_plan_schedule_request import UpdatePricingPlanScheduleRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_pricing_plan_schedule as _activate_pricing_plan_schedule
from . import activate_pricing_plan_schedules as _activate_pricing_plan_schedules
from . import copy_pricing_plan_schedule as _copy_pricing_plan_schedule
from . import create_pricing_plan_schedule as _create_pricing_plan_schedule
from . import delete_pricing_plan_schedule as _delete_pricing_plan_schedule
from . import get_pricing_plan_schedule as _get_pricing_plan_schedule
from . import get_pricing_plan_schedule_on_demand_pricing_items as _get_pricing_plan_schedule_on_demand_pricing_items
from . import list_pricing_plan_schedules as _list_pricing_plan_schedules
from . import migrate_pricing_plan_schedule as _migrate_pricing_plan_schedule
from . import update_pricing_plan_schedule as _update_pricing_plan_schedule


class PricingPlanSchedulesResource:
    """Operations tagged `pricing_plan_schedules`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "PricingPlanSchedulesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingPlanSchedulesResourceWithRawResponse(self._invoker)

    def list_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSchedulePage:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`
        """
        request = _list_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSchedulePage",
            self._invoker.request("list_pricing_plan_schedules", request, _list_pricing_plan_schedules._parse_response),
        )

    def create_pricing_plan_schedule(
        self,
        *,
        body: CreatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`
        """
        request = _create_pricing_plan_schedule._get_kwargs(
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request(
                "create_pricing_plan_schedule", request, _create_pricing_plan_schedule._parse_response
            ),
        )

    def activate_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedulePage:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`
        """
        request = _activate_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedulePage",
            self._invoker.request(
                "activate_pricing_plan_schedules", request, _activate_pricing_plan_schedules._parse_response
            ),
        )

    def get_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        include_combined_pricing_plan_version: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _get_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            include_combined_pricing_plan_version=include_combined_pricing_plan_version,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request("get_pricing_plan_schedule", request, _get_pricing_plan_schedule._parse_response),
        )

    def delete_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _delete_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request(
                "delete_pricing_plan_schedule", request, _delete_pricing_plan_schedule._parse_response
            ),
        )

    def update_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _update_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request(
                "update_pricing_plan_schedule", request, _update_pricing_plan_schedule._parse_response
            ),
        )

    def activate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`
        """
        request = _activate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request(
                "activate_pricing_plan_schedule", request, _activate_pricing_plan_schedule._parse_response
            ),
        )

    def copy_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`
        """
        request = _copy_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request("copy_pricing_plan_schedule", request, _copy_pricing_plan_schedule._parse_response),
        )

    def migrate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: MigratePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`
        """
        request = _migrate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request(
                "migrate_pricing_plan_schedule", request, _migrate_pricing_plan_schedule._parse_response
            ),
        )

    def get_pricing_plan_schedule_on_demand_pricing_items(
        self,
        resource_id: str,
        *,
        timestamp: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> OnDemandPricingItemsResponse:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`
        """
        request = _get_pricing_plan_schedule_on_demand_pricing_items._get_kwargs(
            resource_id=resource_id,
            timestamp=timestamp,
            x_platform_id=x_platform_id,
        )
        return cast(
            "OnDemandPricingItemsResponse",
            self._invoker.request(
                "get_pricing_plan_schedule_on_demand_pricing_items",
                request,
                _get_pricing_plan_schedule_on_demand_pricing_items._parse_response,
            ),
        )


class PricingPlanSchedulesResourceWithRawResponse:
    """Like `PricingPlanSchedulesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`
        """
        request = _list_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSchedulePage]",
            self._invoker.request_raw(
                "list_pricing_plan_schedules", request, _list_pricing_plan_schedules._parse_response
            ),
        )

    def create_pricing_plan_schedule(
        self,
        *,
        body: CreatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`
        """
        request = _create_pricing_plan_schedule._get_kwargs(
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw(
                "create_pricing_plan_schedule", request, _create_pricing_plan_schedule._parse_response
            ),
        )

    def activate_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`
        """
        request = _activate_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedulePage]",
            self._invoker.request_raw(
                "activate_pricing_plan_schedules", request, _activate_pricing_plan_schedules._parse_response
            ),
        )

    def get_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        include_combined_pricing_plan_version: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _get_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            include_combined_pricing_plan_version=include_combined_pricing_plan_version,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw("get_pricing_plan_schedule", request, _get_pricing_plan_schedule._parse_response),
        )

    def delete_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _delete_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw(
                "delete_pricing_plan_schedule", request, _delete_pricing_plan_schedule._parse_response
            ),
        )

    def update_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _update_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw(
                "update_pricing_plan_schedule", request, _update_pricing_plan_schedule._parse_response
            ),
        )

    def activate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`
        """
        request = _activate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw(
                "activate_pricing_plan_schedule", request, _activate_pricing_plan_schedule._parse_response
            ),
        )

    def copy_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`
        """
        request = _copy_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw(
                "copy_pricing_plan_schedule", request, _copy_pricing_plan_schedule._parse_response
            ),
        )

    def migrate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: MigratePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`
        """
        request = _migrate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw(
                "migrate_pricing_plan_schedule", request, _migrate_pricing_plan_schedule._parse_response
            ),
        )

    def get_pricing_plan_schedule_on_demand_pricing_items(
        self,
        resource_id: str,
        *,
        timestamp: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[OnDemandPricingItemsResponse]:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`
        """
        request = _get_pricing_plan_schedule_on_demand_pricing_items._get_kwargs(
            resource_id=resource_id,
            timestamp=timestamp,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[OnDemandPricingItemsResponse]",
            self._invoker.request_raw(
                "get_pricing_plan_schedule_on_demand_pricing_items",
                request,
                _get_pricing_plan_schedule_on_demand_pricing_items._parse_response,
            ),
        )


class AsyncPricingPlanSchedulesResource:
    """Operations tagged `pricing_plan_schedules`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncPricingPlanSchedulesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingPlanSchedulesResourceWithRawResponse(self._invoker)

    async def list_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSchedulePage:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`
        """
        request = _list_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSchedulePage",
            await self._invoker.request(
                "list_pricing_plan_schedules", request, _list_pricing_plan_schedules._parse_response
            ),
        )

    async def create_pricing_plan_schedule(
        self,
        *,
        body: CreatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`
        """
        request = _create_pricing_plan_schedule._get_kwargs(
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "create_pricing_plan_schedule", request, _create_pricing_plan_schedule._parse_response
            ),
        )

    async def activate_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedulePage:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`
        """
        request = _activate_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedulePage",
            await self._invoker.request(
                "activate_pricing_plan_schedules", request, _activate_pricing_plan_schedules._parse_response
            ),
        )

    async def get_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        include_combined_pricing_plan_version: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _get_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            include_combined_pricing_plan_version=include_combined_pricing_plan_version,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "get_pricing_plan_schedule", request, _get_pricing_plan_schedule._parse_response
            ),
        )

    async def delete_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _delete_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "delete_pricing_plan_schedule", request, _delete_pricing_plan_schedule._parse_response
            ),
        )

    async def update_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _update_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "update_pricing_plan_schedule", request, _update_pricing_plan_schedule._parse_response
            ),
        )

    async def activate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`
        """
        request = _activate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "activate_pricing_plan_schedule", request, _activate_pricing_plan_schedule._parse_response
            ),
        )

    async def copy_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`
        """
        request = _copy_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "copy_pricing_plan_schedule", request, _copy_pricing_plan_schedule._parse_response
            ),
        )

    async def migrate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: MigratePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PricingPlanSchedule:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`
        """
        request = _migrate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "migrate_pricing_plan_schedule", request, _migrate_pricing_plan_schedule._parse_response
            ),
        )

    async def get_pricing_plan_schedule_on_demand_pricing_items(
        self,
        resource_id: str,
        *,
        timestamp: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> OnDemandPricingItemsResponse:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`
        """
        request = _get_pricing_plan_schedule_on_demand_pricing_items._get_kwargs(
            resource_id=resource_id,
            timestamp=timestamp,
            x_platform_id=x_platform_id,
        )
        return cast(
            "OnDemandPricingItemsResponse",
            await self._invoker.request(
                "get_pricing_plan_schedule_on_demand_pricing_items",
                request,
                _get_pricing_plan_schedule_on_demand_pricing_items._parse_response,
            ),
        )


class AsyncPricingPlanSchedulesResourceWithRawResponse:
    """Like `AsyncPricingPlanSchedulesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`
        """
        request = _list_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSchedulePage]",
            await self._invoker.request_raw(
                "list_pricing_plan_schedules", request, _list_pricing_plan_schedules._parse_response
            ),
        )

    async def create_pricing_plan_schedule(
        self,
        *,
        body: CreatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`
        """
        request = _create_pricing_plan_schedule._get_kwargs(
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "create_pricing_plan_schedule", request, _create_pricing_plan_schedule._parse_response
            ),
        )

    async def activate_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`
        """
        request = _activate_pricing_plan_schedules._get_kwargs(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedulePage]",
            await self._invoker.request_raw(
                "activate_pricing_plan_schedules", request, _activate_pricing_plan_schedules._parse_response
            ),
        )

    async def get_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        include_combined_pricing_plan_version: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _get_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            include_combined_pricing_plan_version=include_combined_pricing_plan_version,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "get_pricing_plan_schedule", request, _get_pricing_plan_schedule._parse_response
            ),
        )

    async def delete_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _delete_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "delete_pricing_plan_schedule", request, _delete_pricing_plan_schedule._parse_response
            ),
        )

    async def update_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`
        """
        request = _update_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "update_pricing_plan_schedule", request, _update_pricing_plan_schedule._parse_response
            ),
        )

    async def activate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`
        """
        request = _activate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "activate_pricing_plan_schedule", request, _activate_pricing_plan_schedule._parse_response
            ),
        )

    async def copy_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        set_next_start_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`
        """
        request = _copy_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            set_next_start_at=set_next_start_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "copy_pricing_plan_schedule", request, _copy_pricing_plan_schedule._parse_response
            ),
        )

    async def migrate_pricing_plan_schedule(
        self,
        resource_id: str,
        *,
        body: MigratePricingPlanScheduleRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        set_previous_end_at: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PricingPlanSchedule]:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`
        """
        request = _migrate_pricing_plan_schedule._get_kwargs(
            resource_id=resource_id,
            body=body,
            expand=expand,
            set_previous_end_at=set_previous_end_at,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "migrate_pricing_plan_schedule", request, _migrate_pricing_plan_schedule._parse_response
            ),
        )

    async def get_pricing_plan_schedule_on_demand_pricing_items(
        self,
        resource_id: str,
        *,
        timestamp: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[OnDemandPricingItemsResponse]:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`
        """
        request = _get_pricing_plan_schedule_on_demand_pricing_items._get_kwargs(
            resource_id=resource_id,
            timestamp=timestamp,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[OnDemandPricingItemsResponse]",
            await self._invoker.request_raw(
                "get_pricing_plan_schedule_on_demand_pricing_items",
                request,
                _get_pricing_plan_schedule_on_demand_pricing_items._parse_response,
            ),
        )


__all__ = [
    "AsyncPricingPlanSchedulesResource",
    "AsyncPricingPlanSchedulesResourceWithRawResponse",
    "PricingPlanSchedulesResource",
    "PricingPlanSchedulesResourceWithRawResponse",
]
