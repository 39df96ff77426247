"""Typed operations tagged `coupons`.

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
    from ...models.coupon import Coupon
    from ...models.coupon_page import CouponPage
    from ...models.coupon_redemption_page import CouponRedemptionPage
    from ...models.create_coupon_request import CreateCouponRequest
    from ...models.order_direction import OrderDirection
    from ...models.update_coupon_request import UpdateCouponRequest
    from . import activate_coupon as _activate_coupon
    from . import archive_coupon as _archive_coupon
    from . import create_coupon as _create_coupon
    from . import deactivate_coupon as _deactivate_coupon
    from . import deprecate_coupon as _deprecate_coupon
    from . import get_coupon as _get_coupon
    from . import list_coupon_redemptions as _list_coupon_redemptions
    from . import list_coupons as _list_coupons
    from . import update_coupon as _update_coupon
else:
    _list_coupons = LazyModule(__name__ + ".list_coupons")
    _create_coupon = LazyModule(__name__ + ".create_coupon")
    _get_coupon = LazyModule(__name__ + ".get_coupon")
    _update_coupon = LazyModule(__name__ + ".update_coupon")
    _activate_coupon = LazyModule(__name__ + ".activate_coupon")
    _archive_coupon = LazyModule(__name__ + ".archive_coupon")
    _deactivate_coupon = LazyModule(__name__ + ".deactivate_coupon")
    _deprecate_coupon = LazyModule(__name__ + ".deprecate_coupon")
    _list_coupon_redemptions = LazyModule(__name__ + ".list_coupon_redemptions")

_LIST_COUPONS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_coupons` pages (the spec's `x-payclients-pagination`: style `page`)."""


class CouponsResource:
    """Operations tagged `coupons`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CouponsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CouponsResourceWithRawResponse(self._invoker)

    def list_coupons(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CouponPage, Coupon]:
        """List the coupons.

        `GET /v1/coupons`

        Args:
            statuses: Only coupons with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[CouponPage, Coupon]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupons._get_kwargs(
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_coupons", request, _list_coupons._parse_response, _LIST_COUPONS_LISTING, max_items=max_items
        )

    def create_coupon(
        self,
        *,
        body: CreateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Create a coupon.

        `POST /v1/coupons`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_coupon._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", self._invoker.request("create_coupon", request, _create_coupon._parse_response))

    def get_coupon(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Coupon:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Coupon", self._invoker.request("get_coupon", request, _get_coupon._parse_response))

    def update_coupon(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", self._invoker.request("update_coupon", request, _update_coupon._parse_response))

    def activate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", self._invoker.request("activate_coupon", request, _activate_coupon._parse_response))

    def archive_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", self._invoker.request("archive_coupon", request, _archive_coupon._parse_response))

    def deactivate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", self._invoker.request("deactivate_coupon", request, _deactivate_coupon._parse_response))

    def deprecate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", self._invoker.request("deprecate_coupon", request, _deprecate_coupon._parse_response))

    def list_coupon_redemptions(
        self,
        resource_id_or_reference: str,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> CouponRedemptionPage:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            customer_id: Only redemptions of this customer.
            pricing_plan_subscription_id: Only redemptions of this pricing plan subscription.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            CouponRedemptionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupon_redemptions._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CouponRedemptionPage",
            self._invoker.request("list_coupon_redemptions", request, _list_coupon_redemptions._parse_response),
        )


class CouponsResourceWithRawResponse:
    """Like `CouponsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_coupons(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CouponPage]:
        """List the coupons.

        `GET /v1/coupons`

        Args:
            statuses: Only coupons with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CouponPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupons._get_kwargs(
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CouponPage]", self._invoker.request_raw("list_coupons", request, _list_coupons._parse_response)
        )

    def create_coupon(
        self,
        *,
        body: CreateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Create a coupon.

        `POST /v1/coupons`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_coupon._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]", self._invoker.request_raw("create_coupon", request, _create_coupon._parse_response)
        )

    def get_coupon(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Coupon]:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Coupon]", self._invoker.request_raw("get_coupon", request, _get_coupon._parse_response)
        )

    def update_coupon(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]", self._invoker.request_raw("update_coupon", request, _update_coupon._parse_response)
        )

    def activate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            self._invoker.request_raw("activate_coupon", request, _activate_coupon._parse_response),
        )

    def archive_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]", self._invoker.request_raw("archive_coupon", request, _archive_coupon._parse_response)
        )

    def deactivate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            self._invoker.request_raw("deactivate_coupon", request, _deactivate_coupon._parse_response),
        )

    def deprecate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            self._invoker.request_raw("deprecate_coupon", request, _deprecate_coupon._parse_response),
        )

    def list_coupon_redemptions(
        self,
        resource_id_or_reference: str,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CouponRedemptionPage]:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            customer_id: Only redemptions of this customer.
            pricing_plan_subscription_id: Only redemptions of this pricing plan subscription.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CouponRedemptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupon_redemptions._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CouponRedemptionPage]",
            self._invoker.request_raw("list_coupon_redemptions", request, _list_coupon_redemptions._parse_response),
        )


class AsyncCouponsResource:
    """Operations tagged `coupons`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCouponsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCouponsResourceWithRawResponse(self._invoker)

    def list_coupons(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CouponPage, Coupon]:
        """List the coupons.

        `GET /v1/coupons`

        Args:
            statuses: Only coupons with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[CouponPage, Coupon]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupons._get_kwargs(
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_coupons", request, _list_coupons._parse_response, _LIST_COUPONS_LISTING, max_items=max_items
        )

    async def create_coupon(
        self,
        *,
        body: CreateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Create a coupon.

        `POST /v1/coupons`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_coupon._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", await self._invoker.request("create_coupon", request, _create_coupon._parse_response))

    async def get_coupon(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Coupon:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Coupon", await self._invoker.request("get_coupon", request, _get_coupon._parse_response))

    async def update_coupon(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", await self._invoker.request("update_coupon", request, _update_coupon._parse_response))

    async def activate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", await self._invoker.request("activate_coupon", request, _activate_coupon._parse_response))

    async def archive_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Coupon", await self._invoker.request("archive_coupon", request, _archive_coupon._parse_response))

    async def deactivate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Coupon", await self._invoker.request("deactivate_coupon", request, _deactivate_coupon._parse_response)
        )

    async def deprecate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Coupon:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Coupon: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Coupon", await self._invoker.request("deprecate_coupon", request, _deprecate_coupon._parse_response)
        )

    async def list_coupon_redemptions(
        self,
        resource_id_or_reference: str,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> CouponRedemptionPage:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            customer_id: Only redemptions of this customer.
            pricing_plan_subscription_id: Only redemptions of this pricing plan subscription.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            CouponRedemptionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupon_redemptions._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CouponRedemptionPage",
            await self._invoker.request("list_coupon_redemptions", request, _list_coupon_redemptions._parse_response),
        )


class AsyncCouponsResourceWithRawResponse:
    """Like `AsyncCouponsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_coupons(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CouponPage]:
        """List the coupons.

        `GET /v1/coupons`

        Args:
            statuses: Only coupons with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CouponPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupons._get_kwargs(
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CouponPage]",
            await self._invoker.request_raw("list_coupons", request, _list_coupons._parse_response),
        )

    async def create_coupon(
        self,
        *,
        body: CreateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Create a coupon.

        `POST /v1/coupons`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_coupon._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            await self._invoker.request_raw("create_coupon", request, _create_coupon._parse_response),
        )

    async def get_coupon(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Coupon]:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Coupon]", await self._invoker.request_raw("get_coupon", request, _get_coupon._parse_response)
        )

    async def update_coupon(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCouponRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            await self._invoker.request_raw("update_coupon", request, _update_coupon._parse_response),
        )

    async def activate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            await self._invoker.request_raw("activate_coupon", request, _activate_coupon._parse_response),
        )

    async def archive_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            await self._invoker.request_raw("archive_coupon", request, _archive_coupon._parse_response),
        )

    async def deactivate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            await self._invoker.request_raw("deactivate_coupon", request, _deactivate_coupon._parse_response),
        )

    async def deprecate_coupon(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Coupon]:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Coupon]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_coupon._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Coupon]",
            await self._invoker.request_raw("deprecate_coupon", request, _deprecate_coupon._parse_response),
        )

    async def list_coupon_redemptions(
        self,
        resource_id_or_reference: str,
        *,
        customer_id: str | None = None,
        pricing_plan_subscription_id: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CouponRedemptionPage]:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the coupon.
            customer_id: Only redemptions of this customer.
            pricing_plan_subscription_id: Only redemptions of this pricing plan subscription.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CouponRedemptionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_coupon_redemptions._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CouponRedemptionPage]",
            await self._invoker.request_raw(
                "list_coupon_redemptions", request, _list_coupon_redemptions._parse_response
            ),
        )


__all__ = [
    "AsyncCouponsResource",
    "AsyncCouponsResourceWithRawResponse",
    "CouponsResource",
    "CouponsResourceWithRawResponse",
]
