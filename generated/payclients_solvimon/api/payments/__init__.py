"""Typed operations tagged `payments`.

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
    from ...models.authorize_payment_request import AuthorizePaymentRequest
    from ...models.create_payment_request import CreatePaymentRequest
    from ...models.order_direction import OrderDirection
    from ...models.payment import Payment
    from ...models.payment_method_payment_response import PaymentMethodPaymentResponse
    from ...models.payment_modification_response import PaymentModificationResponse
    from ...models.payment_page import PaymentPage
    from ...models.payment_request import PaymentRequest
    from ...models.payment_request_page import PaymentRequestPage
    from ...models.payment_verify_detail_response import PaymentVerifyDetailResponse
    from ...models.refund_payment_request import RefundPaymentRequest
    from ...models.verify_payment_details_request import VerifyPaymentDetailsRequest
    from . import authorize_payment as _authorize_payment
    from . import create_payment as _create_payment
    from . import get_payment as _get_payment
    from . import get_payment_request as _get_payment_request
    from . import list_payment_requests as _list_payment_requests
    from . import list_payments as _list_payments
    from . import refund_payment as _refund_payment
    from . import reverse_payment as _reverse_payment
    from . import verify_payment_details as _verify_payment_details
else:
    _list_payment_requests = LazyModule(__name__ + ".list_payment_requests")
    _get_payment_request = LazyModule(__name__ + ".get_payment_request")
    _list_payments = LazyModule(__name__ + ".list_payments")
    _create_payment = LazyModule(__name__ + ".create_payment")
    _authorize_payment = LazyModule(__name__ + ".authorize_payment")
    _verify_payment_details = LazyModule(__name__ + ".verify_payment_details")
    _get_payment = LazyModule(__name__ + ".get_payment")
    _refund_payment = LazyModule(__name__ + ".refund_payment")
    _reverse_payment = LazyModule(__name__ + ".reverse_payment")

_LIST_PAYMENT_REQUESTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_payment_requests` pages (the spec's `x-payclients-pagination`: style `page`)."""

_LIST_PAYMENTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_payments` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PaymentsResource:
    """Operations tagged `payments`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PaymentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PaymentsResourceWithRawResponse(self._invoker)

    def list_payment_requests(
        self,
        *,
        customer_id: str | None = None,
        payment_schedule_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PaymentRequestPage, PaymentRequest]:
        """List the payment requests.

        `GET /v1/payment-requests`

        Args:
            customer_id: Only payment requests of this customer.
            payment_schedule_id: Only payment requests of this payment schedule.
            statuses: Only payment requests with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PaymentRequestPage, PaymentRequest]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_requests._get_kwargs(
            customer_id=customer_id,
            payment_schedule_id=payment_schedule_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_payment_requests",
            request,
            _list_payment_requests._parse_response,
            _LIST_PAYMENT_REQUESTS_LISTING,
            max_items=max_items,
        )

    def get_payment_request(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PaymentRequest:
        """Get the payment request.

        `GET /v1/payment-requests/{resource_id}`

        Args:
            resource_id: Id of the payment request.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_request._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentRequest",
            self._invoker.request("get_payment_request", request, _get_payment_request._parse_response),
        )

    def list_payments(
        self,
        *,
        customer_id: str | None = None,
        invoice_id: str | None = None,
        external_reference: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PaymentPage, Payment]:
        """List the payments.

        `GET /v1/payments`

        Args:
            customer_id: Only payments of this customer.
            invoice_id: Only payments of this invoice.
            external_reference: Only payments with this external reference.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PaymentPage, Payment]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            customer_id=customer_id,
            invoice_id=invoice_id,
            external_reference=external_reference,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_payments", request, _list_payments._parse_response, _LIST_PAYMENTS_LISTING, max_items=max_items
        )

    def create_payment(
        self,
        *,
        body: CreatePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Payment:
        """Create a payment.

        `POST /v1/payments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Payment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Payment", self._invoker.request("create_payment", request, _create_payment._parse_response))

    def authorize_payment(
        self,
        *,
        body: AuthorizePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethodPaymentResponse:
        """Authorize the payment.

        `POST /v1/payments/authorize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethodPaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _authorize_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethodPaymentResponse",
            self._invoker.request("authorize_payment", request, _authorize_payment._parse_response),
        )

    def verify_payment_details(
        self,
        *,
        body: VerifyPaymentDetailsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentVerifyDetailResponse:
        """Verify the payment details.

        `POST /v1/payments/verify-details`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentVerifyDetailResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _verify_payment_details._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentVerifyDetailResponse",
            self._invoker.request("verify_payment_details", request, _verify_payment_details._parse_response),
        )

    def get_payment(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Payment:
        """Get the payment.

        `GET /v1/payments/{resource_id}`

        Args:
            resource_id: Id of the payment.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Payment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Payment", self._invoker.request("get_payment", request, _get_payment._parse_response))

    def refund_payment(
        self,
        resource_id: str,
        *,
        body: RefundPaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentModificationResponse:
        """Refund the payment.

        `POST /v1/payments/{resource_id}/refund`

        Args:
            resource_id: Id of the payment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentModificationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_payment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentModificationResponse",
            self._invoker.request("refund_payment", request, _refund_payment._parse_response),
        )

    def reverse_payment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentModificationResponse:
        """Reverse the payment.

        `POST /v1/payments/{resource_id}/reverse`

        Args:
            resource_id: Id of the payment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentModificationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reverse_payment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentModificationResponse",
            self._invoker.request("reverse_payment", request, _reverse_payment._parse_response),
        )


class PaymentsResourceWithRawResponse:
    """Like `PaymentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_payment_requests(
        self,
        *,
        customer_id: str | None = None,
        payment_schedule_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentRequestPage]:
        """List the payment requests.

        `GET /v1/payment-requests`

        Args:
            customer_id: Only payment requests of this customer.
            payment_schedule_id: Only payment requests of this payment schedule.
            statuses: Only payment requests with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_requests._get_kwargs(
            customer_id=customer_id,
            payment_schedule_id=payment_schedule_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentRequestPage]",
            self._invoker.request_raw("list_payment_requests", request, _list_payment_requests._parse_response),
        )

    def get_payment_request(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentRequest]:
        """Get the payment request.

        `GET /v1/payment-requests/{resource_id}`

        Args:
            resource_id: Id of the payment request.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_request._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentRequest]",
            self._invoker.request_raw("get_payment_request", request, _get_payment_request._parse_response),
        )

    def list_payments(
        self,
        *,
        customer_id: str | None = None,
        invoice_id: str | None = None,
        external_reference: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentPage]:
        """List the payments.

        `GET /v1/payments`

        Args:
            customer_id: Only payments of this customer.
            invoice_id: Only payments of this invoice.
            external_reference: Only payments with this external reference.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            customer_id=customer_id,
            invoice_id=invoice_id,
            external_reference=external_reference,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentPage]",
            self._invoker.request_raw("list_payments", request, _list_payments._parse_response),
        )

    def create_payment(
        self,
        *,
        body: CreatePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Payment]:
        """Create a payment.

        `POST /v1/payments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Payment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Payment]",
            self._invoker.request_raw("create_payment", request, _create_payment._parse_response),
        )

    def authorize_payment(
        self,
        *,
        body: AuthorizePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethodPaymentResponse]:
        """Authorize the payment.

        `POST /v1/payments/authorize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethodPaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _authorize_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethodPaymentResponse]",
            self._invoker.request_raw("authorize_payment", request, _authorize_payment._parse_response),
        )

    def verify_payment_details(
        self,
        *,
        body: VerifyPaymentDetailsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentVerifyDetailResponse]:
        """Verify the payment details.

        `POST /v1/payments/verify-details`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentVerifyDetailResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _verify_payment_details._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentVerifyDetailResponse]",
            self._invoker.request_raw("verify_payment_details", request, _verify_payment_details._parse_response),
        )

    def get_payment(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Payment]:
        """Get the payment.

        `GET /v1/payments/{resource_id}`

        Args:
            resource_id: Id of the payment.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Payment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Payment]", self._invoker.request_raw("get_payment", request, _get_payment._parse_response)
        )

    def refund_payment(
        self,
        resource_id: str,
        *,
        body: RefundPaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentModificationResponse]:
        """Refund the payment.

        `POST /v1/payments/{resource_id}/refund`

        Args:
            resource_id: Id of the payment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentModificationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_payment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentModificationResponse]",
            self._invoker.request_raw("refund_payment", request, _refund_payment._parse_response),
        )

    def reverse_payment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentModificationResponse]:
        """Reverse the payment.

        `POST /v1/payments/{resource_id}/reverse`

        Args:
            resource_id: Id of the payment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentModificationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reverse_payment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentModificationResponse]",
            self._invoker.request_raw("reverse_payment", request, _reverse_payment._parse_response),
        )


class AsyncPaymentsResource:
    """Operations tagged `payments`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPaymentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPaymentsResourceWithRawResponse(self._invoker)

    def list_payment_requests(
        self,
        *,
        customer_id: str | None = None,
        payment_schedule_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PaymentRequestPage, PaymentRequest]:
        """List the payment requests.

        `GET /v1/payment-requests`

        Args:
            customer_id: Only payment requests of this customer.
            payment_schedule_id: Only payment requests of this payment schedule.
            statuses: Only payment requests with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PaymentRequestPage, PaymentRequest]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_requests._get_kwargs(
            customer_id=customer_id,
            payment_schedule_id=payment_schedule_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_payment_requests",
            request,
            _list_payment_requests._parse_response,
            _LIST_PAYMENT_REQUESTS_LISTING,
            max_items=max_items,
        )

    async def get_payment_request(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PaymentRequest:
        """Get the payment request.

        `GET /v1/payment-requests/{resource_id}`

        Args:
            resource_id: Id of the payment request.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_request._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentRequest",
            await self._invoker.request("get_payment_request", request, _get_payment_request._parse_response),
        )

    def list_payments(
        self,
        *,
        customer_id: str | None = None,
        invoice_id: str | None = None,
        external_reference: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PaymentPage, Payment]:
        """List the payments.

        `GET /v1/payments`

        Args:
            customer_id: Only payments of this customer.
            invoice_id: Only payments of this invoice.
            external_reference: Only payments with this external reference.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PaymentPage, Payment]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            customer_id=customer_id,
            invoice_id=invoice_id,
            external_reference=external_reference,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_payments", request, _list_payments._parse_response, _LIST_PAYMENTS_LISTING, max_items=max_items
        )

    async def create_payment(
        self,
        *,
        body: CreatePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Payment:
        """Create a payment.

        `POST /v1/payments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Payment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Payment", await self._invoker.request("create_payment", request, _create_payment._parse_response))

    async def authorize_payment(
        self,
        *,
        body: AuthorizePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethodPaymentResponse:
        """Authorize the payment.

        `POST /v1/payments/authorize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethodPaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _authorize_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethodPaymentResponse",
            await self._invoker.request("authorize_payment", request, _authorize_payment._parse_response),
        )

    async def verify_payment_details(
        self,
        *,
        body: VerifyPaymentDetailsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentVerifyDetailResponse:
        """Verify the payment details.

        `POST /v1/payments/verify-details`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentVerifyDetailResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _verify_payment_details._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentVerifyDetailResponse",
            await self._invoker.request("verify_payment_details", request, _verify_payment_details._parse_response),
        )

    async def get_payment(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Payment:
        """Get the payment.

        `GET /v1/payments/{resource_id}`

        Args:
            resource_id: Id of the payment.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Payment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Payment", await self._invoker.request("get_payment", request, _get_payment._parse_response))

    async def refund_payment(
        self,
        resource_id: str,
        *,
        body: RefundPaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentModificationResponse:
        """Refund the payment.

        `POST /v1/payments/{resource_id}/refund`

        Args:
            resource_id: Id of the payment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentModificationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_payment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentModificationResponse",
            await self._invoker.request("refund_payment", request, _refund_payment._parse_response),
        )

    async def reverse_payment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentModificationResponse:
        """Reverse the payment.

        `POST /v1/payments/{resource_id}/reverse`

        Args:
            resource_id: Id of the payment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentModificationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reverse_payment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentModificationResponse",
            await self._invoker.request("reverse_payment", request, _reverse_payment._parse_response),
        )


class AsyncPaymentsResourceWithRawResponse:
    """Like `AsyncPaymentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_payment_requests(
        self,
        *,
        customer_id: str | None = None,
        payment_schedule_id: str | None = None,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentRequestPage]:
        """List the payment requests.

        `GET /v1/payment-requests`

        Args:
            customer_id: Only payment requests of this customer.
            payment_schedule_id: Only payment requests of this payment schedule.
            statuses: Only payment requests with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentRequestPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_requests._get_kwargs(
            customer_id=customer_id,
            payment_schedule_id=payment_schedule_id,
            statuses=statuses,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentRequestPage]",
            await self._invoker.request_raw("list_payment_requests", request, _list_payment_requests._parse_response),
        )

    async def get_payment_request(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentRequest]:
        """Get the payment request.

        `GET /v1/payment-requests/{resource_id}`

        Args:
            resource_id: Id of the payment request.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_request._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentRequest]",
            await self._invoker.request_raw("get_payment_request", request, _get_payment_request._parse_response),
        )

    async def list_payments(
        self,
        *,
        customer_id: str | None = None,
        invoice_id: str | None = None,
        external_reference: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentPage]:
        """List the payments.

        `GET /v1/payments`

        Args:
            customer_id: Only payments of this customer.
            invoice_id: Only payments of this invoice.
            external_reference: Only payments with this external reference.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            customer_id=customer_id,
            invoice_id=invoice_id,
            external_reference=external_reference,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentPage]",
            await self._invoker.request_raw("list_payments", request, _list_payments._parse_response),
        )

    async def create_payment(
        self,
        *,
        body: CreatePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Payment]:
        """Create a payment.

        `POST /v1/payments`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Payment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Payment]",
            await self._invoker.request_raw("create_payment", request, _create_payment._parse_response),
        )

    async def authorize_payment(
        self,
        *,
        body: AuthorizePaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethodPaymentResponse]:
        """Authorize the payment.

        `POST /v1/payments/authorize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethodPaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _authorize_payment._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethodPaymentResponse]",
            await self._invoker.request_raw("authorize_payment", request, _authorize_payment._parse_response),
        )

    async def verify_payment_details(
        self,
        *,
        body: VerifyPaymentDetailsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentVerifyDetailResponse]:
        """Verify the payment details.

        `POST /v1/payments/verify-details`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentVerifyDetailResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _verify_payment_details._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentVerifyDetailResponse]",
            await self._invoker.request_raw("verify_payment_details", request, _verify_payment_details._parse_response),
        )

    async def get_payment(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Payment]:
        """Get the payment.

        `GET /v1/payments/{resource_id}`

        Args:
            resource_id: Id of the payment.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Payment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Payment]",
            await self._invoker.request_raw("get_payment", request, _get_payment._parse_response),
        )

    async def refund_payment(
        self,
        resource_id: str,
        *,
        body: RefundPaymentRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentModificationResponse]:
        """Refund the payment.

        `POST /v1/payments/{resource_id}/refund`

        Args:
            resource_id: Id of the payment.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentModificationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_payment._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentModificationResponse]",
            await self._invoker.request_raw("refund_payment", request, _refund_payment._parse_response),
        )

    async def reverse_payment(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentModificationResponse]:
        """Reverse the payment.

        `POST /v1/payments/{resource_id}/reverse`

        Args:
            resource_id: Id of the payment.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentModificationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reverse_payment._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentModificationResponse]",
            await self._invoker.request_raw("reverse_payment", request, _reverse_payment._parse_response),
        )


__all__ = [
    "AsyncPaymentsResource",
    "AsyncPaymentsResourceWithRawResponse",
    "PaymentsResource",
    "PaymentsResourceWithRawResponse",
]
