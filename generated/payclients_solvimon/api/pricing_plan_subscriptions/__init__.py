"""Typed operations tagged `pricing_plan_subscriptions`.

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
    from ...models.cancel_pricing_plan_subscription_request import CancelPricingPlanSubscriptionRequest
    from ...models.change_pricing_plan_subscription_plan_request import ChangePricingPlanSubscriptionPlanRequest
    from ...models.copy_pricing_plan_subscription_request import CopyPricingPlanSubscriptionRequest
    from ...models.create_pricing_plan_subscription_request import CreatePricingPlanSubscriptionRequest
    from ...models.init_pricing_plan_subscription_request import InitPricingPlanSubscriptionRequest
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.pricing_plan_schedule import PricingPlanSchedule
    from ...models.pricing_plan_subscription import PricingPlanSubscription
    from ...models.pricing_plan_subscription_init import PricingPlanSubscriptionInit
    from ...models.pricing_plan_subscription_page import PricingPlanSubscriptionPage
    from ...models.update_pricing_plan_subscription_payment_method_request import (
        UpdatePricingPlanSubscriptionPaymentMethodRequest,
    )
    from ...models.update_pricing_plan_subscription_request import UpdatePricingPlanSubscriptionRequest
    from ...models.upsert_pricing_plan_subscription_field_actions import UpsertPricingPlanSubscriptionFieldActions
    from . import archive_pricing_plan_subscription as _archive_pricing_plan_subscription
    from . import cancel_pricing_plan_subscription as _cancel_pricing_plan_subscription
    from . import change_pricing_plan_subscription_plan as _change_pricing_plan_subscription_plan
    from . import copy_pricing_plan_subscription as _copy_pricing_plan_subscription
    from . import create_pricing_plan_subscription as _create_pricing_plan_subscription
    from . import delete_pricing_plan_subscription as _delete_pricing_plan_subscription
    from . import get_pricing_plan_subscription as _get_pricing_plan_subscription
    from . import init_pricing_plan_subscription as _init_pricing_plan_subscription
    from . import list_pricing_plan_subscriptions as _list_pricing_plan_subscriptions
    from . import search_pricing_plan_subscriptions as _search_pricing_plan_subscriptions
    from . import update_pricing_plan_subscription as _update_pricing_plan_subscription
    from . import update_pricing_plan_subscription_payment_method as _update_pricing_plan_subscription_payment_method
    from . import upsert_pricing_plan_subscription as _upsert_pricing_plan_subscription
    from . import void_pricing_plan_subscription as _void_pricing_plan_subscription
else:
    _list_pricing_plan_subscriptions = LazyModule(__name__ + ".list_pricing_plan_subscriptions")
    _upsert_pricing_plan_subscription = LazyModule(__name__ + ".upsert_pricing_plan_subscription")
    _create_pricing_plan_subscription = LazyModule(__name__ + ".create_pricing_plan_subscription")
    _init_pricing_plan_subscription = LazyModule(__name__ + ".init_pricing_plan_subscription")
    _search_pricing_plan_subscriptions = LazyModule(__name__ + ".search_pricing_plan_subscriptions")
    _get_pricing_plan_subscription = LazyModule(__name__ + ".get_pricing_plan_subscription")
    _delete_pricing_plan_subscription = LazyModule(__name__ + ".delete_pricing_plan_subscription")
    _update_pricing_plan_subscription = LazyModule(__name__ + ".update_pricing_plan_subscription")
    _archive_pricing_plan_subscription = LazyModule(__name__ + ".archive_pricing_plan_subscription")
    _cancel_pricing_plan_subscription = LazyModule(__name__ + ".cancel_pricing_plan_subscription")
    _change_pricing_plan_subscription_plan = LazyModule(__name__ + ".change_pricing_plan_subscription_plan")
    _copy_pricing_plan_subscription = LazyModule(__name__ + ".copy_pricing_plan_subscription")
    _update_pricing_plan_subscription_payment_method = LazyModule(
        __name__ + ".update_pricing_plan_subscription_payment_method"
    )
    _void_pricing_plan_subscription = LazyModule(__name__ + ".void_pricing_plan_subscription")

_LIST_PRICING_PLAN_SUBSCRIPTIONS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_pricing_plan_subscriptions` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PricingPlanSubscriptionsResource:
    """Operations tagged `pricing_plan_subscriptions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PricingPlanSubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingPlanSubscriptionsResourceWithRawResponse(self._invoker)

    def list_pricing_plan_subscriptions(
        self,
        *,
        expand: list[str] | None = None,
        customer_id: str | None = None,
        pricing_plan_subscription_group_id: str | None = None,
        reference: str | None = None,
        type_: str | None = None,
        variant: str | None = None,
        status: str | None = None,
        statuses: list[str] | None = None,
        custom_field: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PricingPlanSubscriptionPage, PricingPlanSubscription]:
        """List the pricing plan subscriptions.

        `GET /v1/pricing-plan-subscriptions`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            customer_id: Only pricing plan subscriptions of this customer.
            pricing_plan_subscription_group_id: Only pricing plan subscriptions of this pricing
                plan subscription group.
            reference: Only pricing plan subscriptions with this reference.
            type_: Only pricing plan subscriptions of this type.
            variant: Only pricing plan subscriptions of this variant.
            status: Only pricing plan subscriptions with this status.
            statuses: Only pricing plan subscriptions with one of these statuses.
            custom_field: Only pricing plan subscriptions whose custom field has this value.
            start_at: Only pricing plan subscriptions starting in this range (ISO-8601).
            created_at: Only pricing plan subscriptions created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PricingPlanSubscriptionPage, PricingPlanSubscription]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscriptions._get_kwargs(
            expand=expand,
            customer_id=customer_id,
            pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
            reference=reference,
            type_=type_,
            variant=variant,
            status=status,
            statuses=statuses,
            custom_field=custom_field,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_pricing_plan_subscriptions",
            request,
            _list_pricing_plan_subscriptions._parse_response,
            _LIST_PRICING_PLAN_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    def upsert_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertPricingPlanSubscriptionFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Create or update a pricing plan subscription.

        `PUT /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_subscription._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "upsert_pricing_plan_subscription", request, _upsert_pricing_plan_subscription._parse_response
            ),
        )

    def create_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Create a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "create_pricing_plan_subscription", request, _create_pricing_plan_subscription._parse_response
            ),
        )

    def init_pricing_plan_subscription(
        self,
        *,
        body: InitPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionInit:
        """Initialise a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionInit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionInit",
            self._invoker.request(
                "init_pricing_plan_subscription", request, _init_pricing_plan_subscription._parse_response
            ),
        )

    def search_pricing_plan_subscriptions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionPage:
        """Search the pricing plan subscriptions.

        `POST /v1/pricing-plan-subscriptions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_pricing_plan_subscriptions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionPage",
            self._invoker.request(
                "search_pricing_plan_subscriptions", request, _search_pricing_plan_subscriptions._parse_response
            ),
        )

    def get_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanSubscription:
        """Get the pricing plan subscription.

        `GET /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "get_pricing_plan_subscription", request, _get_pricing_plan_subscription._parse_response
            ),
        )

    def delete_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Delete the pricing plan subscription.

        `DELETE /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "delete_pricing_plan_subscription", request, _delete_pricing_plan_subscription._parse_response
            ),
        )

    def update_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Update the pricing plan subscription.

        `PATCH /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "update_pricing_plan_subscription", request, _update_pricing_plan_subscription._parse_response
            ),
        )

    def archive_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Archive the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/archive`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "archive_pricing_plan_subscription", request, _archive_pricing_plan_subscription._parse_response
            ),
        )

    def cancel_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CancelPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Cancel the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/cancel`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "cancel_pricing_plan_subscription", request, _cancel_pricing_plan_subscription._parse_response
            ),
        )

    def change_pricing_plan_subscription_plan(
        self,
        resource_id: str,
        *,
        body: ChangePricingPlanSubscriptionPlanRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Move the pricing plan subscription to another plan.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/change-plan`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
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
        request = _change_pricing_plan_subscription_plan._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            self._invoker.request(
                "change_pricing_plan_subscription_plan", request, _change_pricing_plan_subscription_plan._parse_response
            ),
        )

    def copy_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Copy the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _copy_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "copy_pricing_plan_subscription", request, _copy_pricing_plan_subscription._parse_response
            ),
        )

    def update_pricing_plan_subscription_payment_method(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionPaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Update the pricing plan subscription payment method.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/update-payment-method`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_payment_method._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "update_pricing_plan_subscription_payment_method",
                request,
                _update_pricing_plan_subscription_payment_method._parse_response,
            ),
        )

    def void_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Void the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/void`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            self._invoker.request(
                "void_pricing_plan_subscription", request, _void_pricing_plan_subscription._parse_response
            ),
        )


class PricingPlanSubscriptionsResourceWithRawResponse:
    """Like `PricingPlanSubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_pricing_plan_subscriptions(
        self,
        *,
        expand: list[str] | None = None,
        customer_id: str | None = None,
        pricing_plan_subscription_group_id: str | None = None,
        reference: str | None = None,
        type_: str | None = None,
        variant: str | None = None,
        status: str | None = None,
        statuses: list[str] | None = None,
        custom_field: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionPage]:
        """List the pricing plan subscriptions.

        `GET /v1/pricing-plan-subscriptions`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            customer_id: Only pricing plan subscriptions of this customer.
            pricing_plan_subscription_group_id: Only pricing plan subscriptions of this pricing
                plan subscription group.
            reference: Only pricing plan subscriptions with this reference.
            type_: Only pricing plan subscriptions of this type.
            variant: Only pricing plan subscriptions of this variant.
            status: Only pricing plan subscriptions with this status.
            statuses: Only pricing plan subscriptions with one of these statuses.
            custom_field: Only pricing plan subscriptions whose custom field has this value.
            start_at: Only pricing plan subscriptions starting in this range (ISO-8601).
            created_at: Only pricing plan subscriptions created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscriptions._get_kwargs(
            expand=expand,
            customer_id=customer_id,
            pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
            reference=reference,
            type_=type_,
            variant=variant,
            status=status,
            statuses=statuses,
            custom_field=custom_field,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionPage]",
            self._invoker.request_raw(
                "list_pricing_plan_subscriptions", request, _list_pricing_plan_subscriptions._parse_response
            ),
        )

    def upsert_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertPricingPlanSubscriptionFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Create or update a pricing plan subscription.

        `PUT /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_subscription._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "upsert_pricing_plan_subscription", request, _upsert_pricing_plan_subscription._parse_response
            ),
        )

    def create_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Create a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "create_pricing_plan_subscription", request, _create_pricing_plan_subscription._parse_response
            ),
        )

    def init_pricing_plan_subscription(
        self,
        *,
        body: InitPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionInit]:
        """Initialise a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionInit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionInit]",
            self._invoker.request_raw(
                "init_pricing_plan_subscription", request, _init_pricing_plan_subscription._parse_response
            ),
        )

    def search_pricing_plan_subscriptions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionPage]:
        """Search the pricing plan subscriptions.

        `POST /v1/pricing-plan-subscriptions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_pricing_plan_subscriptions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionPage]",
            self._invoker.request_raw(
                "search_pricing_plan_subscriptions", request, _search_pricing_plan_subscriptions._parse_response
            ),
        )

    def get_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Get the pricing plan subscription.

        `GET /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "get_pricing_plan_subscription", request, _get_pricing_plan_subscription._parse_response
            ),
        )

    def delete_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Delete the pricing plan subscription.

        `DELETE /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "delete_pricing_plan_subscription", request, _delete_pricing_plan_subscription._parse_response
            ),
        )

    def update_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Update the pricing plan subscription.

        `PATCH /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "update_pricing_plan_subscription", request, _update_pricing_plan_subscription._parse_response
            ),
        )

    def archive_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Archive the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/archive`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "archive_pricing_plan_subscription", request, _archive_pricing_plan_subscription._parse_response
            ),
        )

    def cancel_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CancelPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Cancel the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/cancel`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "cancel_pricing_plan_subscription", request, _cancel_pricing_plan_subscription._parse_response
            ),
        )

    def change_pricing_plan_subscription_plan(
        self,
        resource_id: str,
        *,
        body: ChangePricingPlanSubscriptionPlanRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Move the pricing plan subscription to another plan.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/change-plan`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
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
        request = _change_pricing_plan_subscription_plan._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            self._invoker.request_raw(
                "change_pricing_plan_subscription_plan", request, _change_pricing_plan_subscription_plan._parse_response
            ),
        )

    def copy_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Copy the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _copy_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "copy_pricing_plan_subscription", request, _copy_pricing_plan_subscription._parse_response
            ),
        )

    def update_pricing_plan_subscription_payment_method(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionPaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Update the pricing plan subscription payment method.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/update-payment-method`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_payment_method._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "update_pricing_plan_subscription_payment_method",
                request,
                _update_pricing_plan_subscription_payment_method._parse_response,
            ),
        )

    def void_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Void the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/void`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            self._invoker.request_raw(
                "void_pricing_plan_subscription", request, _void_pricing_plan_subscription._parse_response
            ),
        )


class AsyncPricingPlanSubscriptionsResource:
    """Operations tagged `pricing_plan_subscriptions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPricingPlanSubscriptionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingPlanSubscriptionsResourceWithRawResponse(self._invoker)

    def list_pricing_plan_subscriptions(
        self,
        *,
        expand: list[str] | None = None,
        customer_id: str | None = None,
        pricing_plan_subscription_group_id: str | None = None,
        reference: str | None = None,
        type_: str | None = None,
        variant: str | None = None,
        status: str | None = None,
        statuses: list[str] | None = None,
        custom_field: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PricingPlanSubscriptionPage, PricingPlanSubscription]:
        """List the pricing plan subscriptions.

        `GET /v1/pricing-plan-subscriptions`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            customer_id: Only pricing plan subscriptions of this customer.
            pricing_plan_subscription_group_id: Only pricing plan subscriptions of this pricing
                plan subscription group.
            reference: Only pricing plan subscriptions with this reference.
            type_: Only pricing plan subscriptions of this type.
            variant: Only pricing plan subscriptions of this variant.
            status: Only pricing plan subscriptions with this status.
            statuses: Only pricing plan subscriptions with one of these statuses.
            custom_field: Only pricing plan subscriptions whose custom field has this value.
            start_at: Only pricing plan subscriptions starting in this range (ISO-8601).
            created_at: Only pricing plan subscriptions created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PricingPlanSubscriptionPage, PricingPlanSubscription]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscriptions._get_kwargs(
            expand=expand,
            customer_id=customer_id,
            pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
            reference=reference,
            type_=type_,
            variant=variant,
            status=status,
            statuses=statuses,
            custom_field=custom_field,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_pricing_plan_subscriptions",
            request,
            _list_pricing_plan_subscriptions._parse_response,
            _LIST_PRICING_PLAN_SUBSCRIPTIONS_LISTING,
            max_items=max_items,
        )

    async def upsert_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertPricingPlanSubscriptionFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Create or update a pricing plan subscription.

        `PUT /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_subscription._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "upsert_pricing_plan_subscription", request, _upsert_pricing_plan_subscription._parse_response
            ),
        )

    async def create_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Create a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "create_pricing_plan_subscription", request, _create_pricing_plan_subscription._parse_response
            ),
        )

    async def init_pricing_plan_subscription(
        self,
        *,
        body: InitPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionInit:
        """Initialise a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionInit: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionInit",
            await self._invoker.request(
                "init_pricing_plan_subscription", request, _init_pricing_plan_subscription._parse_response
            ),
        )

    async def search_pricing_plan_subscriptions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscriptionPage:
        """Search the pricing plan subscriptions.

        `POST /v1/pricing-plan-subscriptions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscriptionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_pricing_plan_subscriptions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscriptionPage",
            await self._invoker.request(
                "search_pricing_plan_subscriptions", request, _search_pricing_plan_subscriptions._parse_response
            ),
        )

    async def get_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PricingPlanSubscription:
        """Get the pricing plan subscription.

        `GET /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "get_pricing_plan_subscription", request, _get_pricing_plan_subscription._parse_response
            ),
        )

    async def delete_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Delete the pricing plan subscription.

        `DELETE /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "delete_pricing_plan_subscription", request, _delete_pricing_plan_subscription._parse_response
            ),
        )

    async def update_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Update the pricing plan subscription.

        `PATCH /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "update_pricing_plan_subscription", request, _update_pricing_plan_subscription._parse_response
            ),
        )

    async def archive_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Archive the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/archive`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "archive_pricing_plan_subscription", request, _archive_pricing_plan_subscription._parse_response
            ),
        )

    async def cancel_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CancelPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Cancel the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/cancel`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "cancel_pricing_plan_subscription", request, _cancel_pricing_plan_subscription._parse_response
            ),
        )

    async def change_pricing_plan_subscription_plan(
        self,
        resource_id: str,
        *,
        body: ChangePricingPlanSubscriptionPlanRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSchedule:
        """Move the pricing plan subscription to another plan.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/change-plan`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
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
        request = _change_pricing_plan_subscription_plan._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSchedule",
            await self._invoker.request(
                "change_pricing_plan_subscription_plan", request, _change_pricing_plan_subscription_plan._parse_response
            ),
        )

    async def copy_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Copy the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _copy_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "copy_pricing_plan_subscription", request, _copy_pricing_plan_subscription._parse_response
            ),
        )

    async def update_pricing_plan_subscription_payment_method(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionPaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Update the pricing plan subscription payment method.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/update-payment-method`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_payment_method._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "update_pricing_plan_subscription_payment_method",
                request,
                _update_pricing_plan_subscription_payment_method._parse_response,
            ),
        )

    async def void_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanSubscription:
        """Void the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/void`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanSubscription: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanSubscription",
            await self._invoker.request(
                "void_pricing_plan_subscription", request, _void_pricing_plan_subscription._parse_response
            ),
        )


class AsyncPricingPlanSubscriptionsResourceWithRawResponse:
    """Like `AsyncPricingPlanSubscriptionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_pricing_plan_subscriptions(
        self,
        *,
        expand: list[str] | None = None,
        customer_id: str | None = None,
        pricing_plan_subscription_group_id: str | None = None,
        reference: str | None = None,
        type_: str | None = None,
        variant: str | None = None,
        status: str | None = None,
        statuses: list[str] | None = None,
        custom_field: str | None = None,
        start_at: str | None = None,
        created_at: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionPage]:
        """List the pricing plan subscriptions.

        `GET /v1/pricing-plan-subscriptions`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            customer_id: Only pricing plan subscriptions of this customer.
            pricing_plan_subscription_group_id: Only pricing plan subscriptions of this pricing
                plan subscription group.
            reference: Only pricing plan subscriptions with this reference.
            type_: Only pricing plan subscriptions of this type.
            variant: Only pricing plan subscriptions of this variant.
            status: Only pricing plan subscriptions with this status.
            statuses: Only pricing plan subscriptions with one of these statuses.
            custom_field: Only pricing plan subscriptions whose custom field has this value.
            start_at: Only pricing plan subscriptions starting in this range (ISO-8601).
            created_at: Only pricing plan subscriptions created in this range (ISO-8601).
            page: Page number, from 1.
            limit: Page size.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_subscriptions._get_kwargs(
            expand=expand,
            customer_id=customer_id,
            pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
            reference=reference,
            type_=type_,
            variant=variant,
            status=status,
            statuses=statuses,
            custom_field=custom_field,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionPage]",
            await self._invoker.request_raw(
                "list_pricing_plan_subscriptions", request, _list_pricing_plan_subscriptions._parse_response
            ),
        )

    async def upsert_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertPricingPlanSubscriptionFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Create or update a pricing plan subscription.

        `PUT /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_pricing_plan_subscription._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "upsert_pricing_plan_subscription", request, _upsert_pricing_plan_subscription._parse_response
            ),
        )

    async def create_pricing_plan_subscription(
        self,
        *,
        body: CreatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Create a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "create_pricing_plan_subscription", request, _create_pricing_plan_subscription._parse_response
            ),
        )

    async def init_pricing_plan_subscription(
        self,
        *,
        body: InitPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionInit]:
        """Initialise a pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionInit]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_pricing_plan_subscription._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionInit]",
            await self._invoker.request_raw(
                "init_pricing_plan_subscription", request, _init_pricing_plan_subscription._parse_response
            ),
        )

    async def search_pricing_plan_subscriptions(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscriptionPage]:
        """Search the pricing plan subscriptions.

        `POST /v1/pricing-plan-subscriptions/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscriptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_pricing_plan_subscriptions._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscriptionPage]",
            await self._invoker.request_raw(
                "search_pricing_plan_subscriptions", request, _search_pricing_plan_subscriptions._parse_response
            ),
        )

    async def get_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Get the pricing plan subscription.

        `GET /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "get_pricing_plan_subscription", request, _get_pricing_plan_subscription._parse_response
            ),
        )

    async def delete_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Delete the pricing plan subscription.

        `DELETE /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "delete_pricing_plan_subscription", request, _delete_pricing_plan_subscription._parse_response
            ),
        )

    async def update_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Update the pricing plan subscription.

        `PATCH /v1/pricing-plan-subscriptions/{resource_id}`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "update_pricing_plan_subscription", request, _update_pricing_plan_subscription._parse_response
            ),
        )

    async def archive_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Archive the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/archive`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "archive_pricing_plan_subscription", request, _archive_pricing_plan_subscription._parse_response
            ),
        )

    async def cancel_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CancelPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Cancel the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/cancel`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "cancel_pricing_plan_subscription", request, _cancel_pricing_plan_subscription._parse_response
            ),
        )

    async def change_pricing_plan_subscription_plan(
        self,
        resource_id: str,
        *,
        body: ChangePricingPlanSubscriptionPlanRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSchedule]:
        """Move the pricing plan subscription to another plan.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/change-plan`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
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
        request = _change_pricing_plan_subscription_plan._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSchedule]",
            await self._invoker.request_raw(
                "change_pricing_plan_subscription_plan", request, _change_pricing_plan_subscription_plan._parse_response
            ),
        )

    async def copy_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        body: CopyPricingPlanSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Copy the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/copy`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _copy_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "copy_pricing_plan_subscription", request, _copy_pricing_plan_subscription._parse_response
            ),
        )

    async def update_pricing_plan_subscription_payment_method(
        self,
        resource_id: str,
        *,
        body: UpdatePricingPlanSubscriptionPaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Update the pricing plan subscription payment method.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/update-payment-method`

        Args:
            resource_id: Id of the pricing plan subscription.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_subscription_payment_method._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "update_pricing_plan_subscription_payment_method",
                request,
                _update_pricing_plan_subscription_payment_method._parse_response,
            ),
        )

    async def void_pricing_plan_subscription(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanSubscription]:
        """Void the pricing plan subscription.

        `POST /v1/pricing-plan-subscriptions/{resource_id}/void`

        Args:
            resource_id: Id of the pricing plan subscription.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanSubscription]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_pricing_plan_subscription._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanSubscription]",
            await self._invoker.request_raw(
                "void_pricing_plan_subscription", request, _void_pricing_plan_subscription._parse_response
            ),
        )


__all__ = [
    "AsyncPricingPlanSubscriptionsResource",
    "AsyncPricingPlanSubscriptionsResourceWithRawResponse",
    "PricingPlanSubscriptionsResource",
    "PricingPlanSubscriptionsResourceWithRawResponse",
]
