"""Typed operations tagged `promotion_codes`.

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
    from ...models.coupon_redemption_page import CouponRedemptionPage
    from ...models.create_promotion_code_request import CreatePromotionCodeRequest
    from ...models.order_direction import OrderDirection
    from ...models.promotion_code import PromotionCode
    from ...models.promotion_code_page import PromotionCodePage
    from . import activate_promotion_code as _activate_promotion_code
    from . import archive_promotion_code as _archive_promotion_code
    from . import create_promotion_code as _create_promotion_code
    from . import deactivate_promotion_code as _deactivate_promotion_code
    from . import deprecate_promotion_code as _deprecate_promotion_code
    from . import get_promotion_code as _get_promotion_code
    from . import list_promotion_code_redemptions as _list_promotion_code_redemptions
    from . import list_promotion_codes as _list_promotion_codes
else:
    _list_promotion_codes = LazyModule(__name__ + ".list_promotion_codes")
    _create_promotion_code = LazyModule(__name__ + ".create_promotion_code")
    _get_promotion_code = LazyModule(__name__ + ".get_promotion_code")
    _activate_promotion_code = LazyModule(__name__ + ".activate_promotion_code")
    _archive_promotion_code = LazyModule(__name__ + ".archive_promotion_code")
    _deactivate_promotion_code = LazyModule(__name__ + ".deactivate_promotion_code")
    _deprecate_promotion_code = LazyModule(__name__ + ".deprecate_promotion_code")
    _list_promotion_code_redemptions = LazyModule(__name__ + ".list_promotion_code_redemptions")

_LIST_PROMOTION_CODES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_promotion_codes` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PromotionCodesResource:
    """Operations tagged `promotion_codes`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PromotionCodesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PromotionCodesResourceWithRawResponse(self._invoker)

    def list_promotion_codes(
        self,
        *,
        coupon_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PromotionCodePage, PromotionCode]:
        """List the promotion codes.

        `GET /v1/promotion-codes`

        Args:
            coupon_id: Only promotion codes of this coupon.
            statuses: Only promotion codes with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PromotionCodePage, PromotionCode]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_promotion_codes._get_kwargs(
            coupon_id=coupon_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_promotion_codes",
            request,
            _list_promotion_codes._parse_response,
            _LIST_PROMOTION_CODES_LISTING,
            max_items=max_items,
        )

    def create_promotion_code(
        self,
        *,
        body: CreatePromotionCodeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Create a promotion code.

        `POST /v1/promotion-codes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_promotion_code._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            self._invoker.request("create_promotion_code", request, _create_promotion_code._parse_response),
        )

    def get_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PromotionCode:
        """Get the promotion code.

        `GET /v1/promotion-codes/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PromotionCode", self._invoker.request("get_promotion_code", request, _get_promotion_code._parse_response)
        )

    def activate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Activate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            self._invoker.request("activate_promotion_code", request, _activate_promotion_code._parse_response),
        )

    def archive_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Archive the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            self._invoker.request("archive_promotion_code", request, _archive_promotion_code._parse_response),
        )

    def deactivate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Deactivate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            self._invoker.request("deactivate_promotion_code", request, _deactivate_promotion_code._parse_response),
        )

    def deprecate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Deprecate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            self._invoker.request("deprecate_promotion_code", request, _deprecate_promotion_code._parse_response),
        )

    def list_promotion_code_redemptions(
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
        """List the promotion code redemptions.

        `GET /v1/promotion-codes/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
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
        request = _list_promotion_code_redemptions._get_kwargs(
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
            self._invoker.request(
                "list_promotion_code_redemptions", request, _list_promotion_code_redemptions._parse_response
            ),
        )


class PromotionCodesResourceWithRawResponse:
    """Like `PromotionCodesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_promotion_codes(
        self,
        *,
        coupon_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PromotionCodePage]:
        """List the promotion codes.

        `GET /v1/promotion-codes`

        Args:
            coupon_id: Only promotion codes of this coupon.
            statuses: Only promotion codes with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PromotionCodePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_promotion_codes._get_kwargs(
            coupon_id=coupon_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PromotionCodePage]",
            self._invoker.request_raw("list_promotion_codes", request, _list_promotion_codes._parse_response),
        )

    def create_promotion_code(
        self,
        *,
        body: CreatePromotionCodeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Create a promotion code.

        `POST /v1/promotion-codes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_promotion_code._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            self._invoker.request_raw("create_promotion_code", request, _create_promotion_code._parse_response),
        )

    def get_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Get the promotion code.

        `GET /v1/promotion-codes/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PromotionCode]",
            self._invoker.request_raw("get_promotion_code", request, _get_promotion_code._parse_response),
        )

    def activate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Activate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            self._invoker.request_raw("activate_promotion_code", request, _activate_promotion_code._parse_response),
        )

    def archive_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Archive the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            self._invoker.request_raw("archive_promotion_code", request, _archive_promotion_code._parse_response),
        )

    def deactivate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Deactivate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            self._invoker.request_raw("deactivate_promotion_code", request, _deactivate_promotion_code._parse_response),
        )

    def deprecate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Deprecate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            self._invoker.request_raw("deprecate_promotion_code", request, _deprecate_promotion_code._parse_response),
        )

    def list_promotion_code_redemptions(
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
        """List the promotion code redemptions.

        `GET /v1/promotion-codes/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
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
        request = _list_promotion_code_redemptions._get_kwargs(
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
            self._invoker.request_raw(
                "list_promotion_code_redemptions", request, _list_promotion_code_redemptions._parse_response
            ),
        )


class AsyncPromotionCodesResource:
    """Operations tagged `promotion_codes`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPromotionCodesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPromotionCodesResourceWithRawResponse(self._invoker)

    def list_promotion_codes(
        self,
        *,
        coupon_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PromotionCodePage, PromotionCode]:
        """List the promotion codes.

        `GET /v1/promotion-codes`

        Args:
            coupon_id: Only promotion codes of this coupon.
            statuses: Only promotion codes with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PromotionCodePage, PromotionCode]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_promotion_codes._get_kwargs(
            coupon_id=coupon_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_promotion_codes",
            request,
            _list_promotion_codes._parse_response,
            _LIST_PROMOTION_CODES_LISTING,
            max_items=max_items,
        )

    async def create_promotion_code(
        self,
        *,
        body: CreatePromotionCodeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Create a promotion code.

        `POST /v1/promotion-codes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_promotion_code._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            await self._invoker.request("create_promotion_code", request, _create_promotion_code._parse_response),
        )

    async def get_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PromotionCode:
        """Get the promotion code.

        `GET /v1/promotion-codes/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PromotionCode",
            await self._invoker.request("get_promotion_code", request, _get_promotion_code._parse_response),
        )

    async def activate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Activate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            await self._invoker.request("activate_promotion_code", request, _activate_promotion_code._parse_response),
        )

    async def archive_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Archive the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            await self._invoker.request("archive_promotion_code", request, _archive_promotion_code._parse_response),
        )

    async def deactivate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Deactivate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            await self._invoker.request(
                "deactivate_promotion_code", request, _deactivate_promotion_code._parse_response
            ),
        )

    async def deprecate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PromotionCode:
        """Deprecate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PromotionCode: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PromotionCode",
            await self._invoker.request("deprecate_promotion_code", request, _deprecate_promotion_code._parse_response),
        )

    async def list_promotion_code_redemptions(
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
        """List the promotion code redemptions.

        `GET /v1/promotion-codes/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
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
        request = _list_promotion_code_redemptions._get_kwargs(
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
            await self._invoker.request(
                "list_promotion_code_redemptions", request, _list_promotion_code_redemptions._parse_response
            ),
        )


class AsyncPromotionCodesResourceWithRawResponse:
    """Like `AsyncPromotionCodesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_promotion_codes(
        self,
        *,
        coupon_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PromotionCodePage]:
        """List the promotion codes.

        `GET /v1/promotion-codes`

        Args:
            coupon_id: Only promotion codes of this coupon.
            statuses: Only promotion codes with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PromotionCodePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_promotion_codes._get_kwargs(
            coupon_id=coupon_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PromotionCodePage]",
            await self._invoker.request_raw("list_promotion_codes", request, _list_promotion_codes._parse_response),
        )

    async def create_promotion_code(
        self,
        *,
        body: CreatePromotionCodeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Create a promotion code.

        `POST /v1/promotion-codes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_promotion_code._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            await self._invoker.request_raw("create_promotion_code", request, _create_promotion_code._parse_response),
        )

    async def get_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Get the promotion code.

        `GET /v1/promotion-codes/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PromotionCode]",
            await self._invoker.request_raw("get_promotion_code", request, _get_promotion_code._parse_response),
        )

    async def activate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Activate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            await self._invoker.request_raw(
                "activate_promotion_code", request, _activate_promotion_code._parse_response
            ),
        )

    async def archive_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Archive the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            await self._invoker.request_raw("archive_promotion_code", request, _archive_promotion_code._parse_response),
        )

    async def deactivate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Deactivate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            await self._invoker.request_raw(
                "deactivate_promotion_code", request, _deactivate_promotion_code._parse_response
            ),
        )

    async def deprecate_promotion_code(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PromotionCode]:
        """Deprecate the promotion code.

        `POST /v1/promotion-codes/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PromotionCode]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_promotion_code._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PromotionCode]",
            await self._invoker.request_raw(
                "deprecate_promotion_code", request, _deprecate_promotion_code._parse_response
            ),
        )

    async def list_promotion_code_redemptions(
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
        """List the promotion code redemptions.

        `GET /v1/promotion-codes/{resource_id_or_reference}/redemptions`

        Args:
            resource_id_or_reference: Id or reference of the promotion code.
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
        request = _list_promotion_code_redemptions._get_kwargs(
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
                "list_promotion_code_redemptions", request, _list_promotion_code_redemptions._parse_response
            ),
        )


__all__ = [
    "AsyncPromotionCodesResource",
    "AsyncPromotionCodesResourceWithRawResponse",
    "PromotionCodesResource",
    "PromotionCodesResourceWithRawResponse",
]
