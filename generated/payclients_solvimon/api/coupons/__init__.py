"""Typed operations tagged `coupons`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.coupon import Coupon
from ...models.coupon_page import CouponPage
from ...models.coupon_redemption_page import CouponRedemptionPage
from ...models.create_coupon_request import CreateCouponRequest
from ...models.order_direction import OrderDirection
from ...models.update_coupon_request import UpdateCouponRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_coupon as _activate_coupon
from . import archive_coupon as _archive_coupon
from . import create_coupon as _create_coupon
from . import deactivate_coupon as _deactivate_coupon
from . import deprecate_coupon as _deprecate_coupon
from . import get_coupon as _get_coupon
from . import list_coupon_redemptions as _list_coupon_redemptions
from . import list_coupons as _list_coupons
from . import update_coupon as _update_coupon


class CouponsResource:
    """Operations tagged `coupons`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "CouponsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CouponsResourceWithRawResponse(self._invoker)

    def list_coupons(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> CouponPage:
        """List the coupons.

        `GET /v1/coupons`
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
        return cast("CouponPage", self._invoker.request("list_coupons", request, _list_coupons._parse_response))

    def create_coupon(
        self,
        *,
        body: CreateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Create a coupon.

        `POST /v1/coupons`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Coupon:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`
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
        body: UpdateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`
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
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> CouponRedemptionPage:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`
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
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CouponPage]:
        """List the coupons.

        `GET /v1/coupons`
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
        body: CreateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Create a coupon.

        `POST /v1/coupons`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`
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
        body: UpdateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`
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
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CouponRedemptionPage]:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`
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
    def with_raw_response(self) -> "AsyncCouponsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCouponsResourceWithRawResponse(self._invoker)

    async def list_coupons(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> CouponPage:
        """List the coupons.

        `GET /v1/coupons`
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
        return cast("CouponPage", await self._invoker.request("list_coupons", request, _list_coupons._parse_response))

    async def create_coupon(
        self,
        *,
        body: CreateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Create a coupon.

        `POST /v1/coupons`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Coupon:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`
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
        body: UpdateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Coupon:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`
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
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> CouponRedemptionPage:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`
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
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CouponPage]:
        """List the coupons.

        `GET /v1/coupons`
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
        body: CreateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Create a coupon.

        `POST /v1/coupons`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Get the coupon.

        `GET /v1/coupons/{resource_id_or_reference}`
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
        body: UpdateCouponRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Update the coupon.

        `PATCH /v1/coupons/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Activate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Archive the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/archive`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Deactivate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Deprecate the coupon.

        `POST /v1/coupons/{resource_id_or_reference}/deprecate`
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
        customer_id: str | Unset = UNSET,
        pricing_plan_subscription_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CouponRedemptionPage]:
        """List the coupon redemptions.

        `GET /v1/coupons/{resource_id_or_reference}/redemptions`
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
