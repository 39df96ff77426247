"""Typed operations tagged `pricing_plan_schedules`.

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
    from ...models.copy_pricing_plan_schedule_request import CopyPricingPlanScheduleRequest
    from ...models.create_pricing_plan_schedule_request import CreatePricingPlanScheduleRequest
    from ...models.migrate_pricing_plan_schedule_request import MigratePricingPlanScheduleRequest
    from ...models.on_demand_pricing_items_response import OnDemandPricingItemsResponse
    from ...models.pricing_plan_schedule import PricingPlanSchedule
    from ...models.pricing_plan_schedule_page import PricingPlanSchedulePage
    from ...models.update_pricing_plan_schedule_request import UpdatePricingPlanScheduleRequest
    from . import activate_pricing_plan_schedule as _activate_pricing_plan_schedule
    from . import activate_pricing_plan_schedules as _activate_pricing_plan_schedules
    from . import copy_pricing_plan_schedule as _copy_pricing_plan_schedule
    from . import create_pricing_plan_schedule as _create_pricing_plan_schedule
    from . import delete_pricing_plan_schedule as _delete_pricing_plan_schedule
    from . import get_pricing_plan_schedule as _get_pricing_plan_schedule
    from . import (
        get_pricing_plan_schedule_on_demand_pricing_items as _get_pricing_plan_schedule_on_demand_pricing_items,
    )
    from . import list_pricing_plan_schedules as _list_pricing_plan_schedules
    from . import migrate_pricing_plan_schedule as _migrate_pricing_plan_schedule
    from . import update_pricing_plan_schedule as _update_pricing_plan_schedule
else:
    _list_pricing_plan_schedules = LazyModule(__name__ + ".list_pricing_plan_schedules")
    _create_pricing_plan_schedule = LazyModule(__name__ + ".create_pricing_plan_schedule")
    _activate_pricing_plan_schedules = LazyModule(__name__ + ".activate_pricing_plan_schedules")
    _get_pricing_plan_schedule = LazyModule(__name__ + ".get_pricing_plan_schedule")
    _delete_pricing_plan_schedule = LazyModule(__name__ + ".delete_pricing_plan_schedule")
    _update_pricing_plan_schedule = LazyModule(__name__ + ".update_pricing_plan_schedule")
    _activate_pricing_plan_schedule = LazyModule(__name__ + ".activate_pricing_plan_schedule")
    _copy_pricing_plan_schedule = LazyModule(__name__ + ".copy_pricing_plan_schedule")
    _migrate_pricing_plan_schedule = LazyModule(__name__ + ".migrate_pricing_plan_schedule")
    _get_pricing_plan_schedule_on_demand_pricing_items = LazyModule(
        __name__ + ".get_pricing_plan_schedule_on_demand_pricing_items"
    )


class PricingPlanSchedulesResource:
    """Operations tagged `pricing_plan_schedules`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PricingPlanSchedulesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingPlanSchedulesResourceWithRawResponse(self._invoker)

    def list_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanSchedulePage:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`

        Args:
            pricing_plan_subscription_id: Only pricing plan schedules of this pricing plan
                subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSchedulePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`

        Args:
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedulePage:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`

        Args:
            pricing_plan_subscription_id: Pricing plan subscription whose schedules to activate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedulePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        include_combined_pricing_plan_version: bool | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanSchedule:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            include_combined_pricing_plan_version: Also return the pricing plan version with its
                overrides applied.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CopyPricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: MigratePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        timestamp: str | None = None,
        x_platform_id: str | None = None,
    ) -> OnDemandPricingItemsResponse:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`

        Args:
            resource_id: Id of the pricing plan schedule.
            timestamp: Moment that picks the pricing plan version in force (ISO-8601); now when
                unset.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            OnDemandPricingItemsResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        pricing_plan_subscription_id: str | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`

        Args:
            pricing_plan_subscription_id: Only pricing plan schedules of this pricing plan
                subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSchedulePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`

        Args:
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`

        Args:
            pricing_plan_subscription_id: Pricing plan subscription whose schedules to activate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedulePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        include_combined_pricing_plan_version: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            include_combined_pricing_plan_version: Also return the pricing plan version with its
                overrides applied.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CopyPricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: MigratePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        timestamp: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[OnDemandPricingItemsResponse]:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`

        Args:
            resource_id: Id of the pricing plan schedule.
            timestamp: Moment that picks the pricing plan version in force (ISO-8601); now when
                unset.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[OnDemandPricingItemsResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncPricingPlanSchedulesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingPlanSchedulesResourceWithRawResponse(self._invoker)

    async def list_pricing_plan_schedules(
        self,
        *,
        pricing_plan_subscription_id: str | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanSchedulePage:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`

        Args:
            pricing_plan_subscription_id: Only pricing plan schedules of this pricing plan
                subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSchedulePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`

        Args:
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedulePage:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`

        Args:
            pricing_plan_subscription_id: Pricing plan subscription whose schedules to activate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedulePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        include_combined_pricing_plan_version: bool | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanSchedule:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            include_combined_pricing_plan_version: Also return the pricing plan version with its
                overrides applied.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CopyPricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: MigratePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSchedule: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        timestamp: str | None = None,
        x_platform_id: str | None = None,
    ) -> OnDemandPricingItemsResponse:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`

        Args:
            resource_id: Id of the pricing plan schedule.
            timestamp: Moment that picks the pricing plan version in force (ISO-8601); now when
                unset.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            OnDemandPricingItemsResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        pricing_plan_subscription_id: str | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """List the pricing plan schedules.

        `GET /v1/pricing-plan-schedules`

        Args:
            pricing_plan_subscription_id: Only pricing plan schedules of this pricing plan
                subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSchedulePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Create a pricing plan schedule.

        `POST /v1/pricing-plan-schedules`

        Args:
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedulePage]:
        """Activate the pricing plan schedules.

        `POST /v1/pricing-plan-schedules/activate`

        Args:
            pricing_plan_subscription_id: Pricing plan subscription whose schedules to activate.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedulePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        include_combined_pricing_plan_version: bool | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Get the pricing plan schedule.

        `GET /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            include_combined_pricing_plan_version: Also return the pricing plan version with its
                overrides applied.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Delete the pricing plan schedule.

        `DELETE /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Update the pricing plan schedule.

        `PATCH /v1/pricing-plan-schedules/{resource_id}`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Activate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/activate`

        Args:
            resource_id: Id of the pricing plan schedule.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CopyPricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        set_next_start_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Copy the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            set_next_start_at: Start the next schedule where this one ends (not with
                set_previous_end_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: MigratePricingPlanScheduleRequest | None = None,
        expand: list[str] | None = None,
        set_previous_end_at: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Migrate the pricing plan schedule.

        `POST /v1/pricing-plan-schedules/{resource_id}/migrate`

        Args:
            resource_id: Id of the pricing plan schedule.
            body: The request body.
            expand: Id fields whose referenced objects to embed in full in the answer.
            set_previous_end_at: End the previous schedule where this one starts (not with
                set_next_start_at).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSchedule]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        timestamp: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[OnDemandPricingItemsResponse]:
        """Get the pricing plan schedule on demand pricing items.

        `GET /v1/pricing-plan-schedules/{resource_id}/on-demand-pricing-items`

        Args:
            resource_id: Id of the pricing plan schedule.
            timestamp: Moment that picks the pricing plan version in force (ISO-8601); now when
                unset.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[OnDemandPricingItemsResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
