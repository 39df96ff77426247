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
    from ...models.payment_approve_request import PaymentApproveRequest
    from ...models.payment_create_boleto_request import PaymentCreateBoletoRequest
    from ...models.payment_create_manual_request import PaymentCreateManualRequest
    from ...models.payment_create_pix_key_request import PaymentCreatePixKeyRequest
    from ...models.payment_create_qr_code_request import PaymentCreateQrCodeRequest
    from ...models.payment_page import PaymentPage
    from ...models.payment_response import PaymentResponse
    from ...models.woovi_error import WooviError
    from . import approve_payment as _approve_payment
    from . import create_payment as _create_payment
    from . import get_payment as _get_payment
    from . import list_payments as _list_payments
else:
    _list_payments = LazyModule(__name__ + ".list_payments")
    _create_payment = LazyModule(__name__ + ".create_payment")
    _approve_payment = LazyModule(__name__ + ".approve_payment")
    _get_payment = LazyModule(__name__ + ".get_payment")

_LIST_PAYMENTS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="payments",
    attributes=("payments",),
)
"""How `list_payments` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class PaymentsResource:
    """Operations tagged `payments`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PaymentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PaymentsResourceWithRawResponse(self._invoker)

    def list_payments(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[PaymentPage, PaymentResponse]:
        """List payments

        Lists outgoing payments with their transaction and destination.

        `GET /api/v1/payment`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PaymentPage, PaymentResponse]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_payments", request, _list_payments._parse_response, _LIST_PAYMENTS_LISTING, max_items=max_items
        )

    def create_payment(
        self,
        *,
        body: PaymentCreateBoletoRequest
        | PaymentCreateManualRequest
        | PaymentCreatePixKeyRequest
        | PaymentCreateQrCodeRequest,
    ) -> PaymentResponse:
        """Create a payment

        Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a
        boleto.
        The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
        Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while
        a new
        correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

        `POST /api/v1/payment`

        Args:
            body: One of the four payment kinds, chosen by `type`.

        Returns:
            PaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
        )
        return cast(
            "PaymentResponse", self._invoker.request("create_payment", request, _create_payment._parse_response)
        )

    def approve_payment(
        self,
        *,
        body: PaymentApproveRequest,
    ) -> PaymentResponse:
        """Approve a payment

        Approves a CREATED payment, which then gets executed.

        `POST /api/v1/payment/approve`

        Args:
            body: The request body.

        Returns:
            PaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_payment._get_kwargs(
            body=body,
        )
        return cast(
            "PaymentResponse", self._invoker.request("approve_payment", request, _approve_payment._parse_response)
        )

    def get_payment(
        self,
        id: str,
    ) -> PaymentResponse:
        """Get a payment

        Returns one payment by id or correlationID.

        `GET /api/v1/payment/{id}`

        Args:
            id: Payment id or correlationID.

        Returns:
            PaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            id=id,
        )
        return cast("PaymentResponse", self._invoker.request("get_payment", request, _get_payment._parse_response))


class PaymentsResourceWithRawResponse:
    """Like `PaymentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_payments(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PaymentPage]:
        """List payments

        Lists outgoing payments with their transaction and destination.

        `GET /api/v1/payment`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PaymentPage]",
            self._invoker.request_raw("list_payments", request, _list_payments._parse_response),
        )

    def create_payment(
        self,
        *,
        body: PaymentCreateBoletoRequest
        | PaymentCreateManualRequest
        | PaymentCreatePixKeyRequest
        | PaymentCreateQrCodeRequest,
    ) -> RawResponse[PaymentResponse]:
        """Create a payment

        Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a
        boleto.
        The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
        Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while
        a new
        correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

        `POST /api/v1/payment`

        Args:
            body: One of the four payment kinds, chosen by `type`.

        Returns:
            RawResponse[PaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PaymentResponse]",
            self._invoker.request_raw("create_payment", request, _create_payment._parse_response),
        )

    def approve_payment(
        self,
        *,
        body: PaymentApproveRequest,
    ) -> RawResponse[PaymentResponse]:
        """Approve a payment

        Approves a CREATED payment, which then gets executed.

        `POST /api/v1/payment/approve`

        Args:
            body: The request body.

        Returns:
            RawResponse[PaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_payment._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PaymentResponse]",
            self._invoker.request_raw("approve_payment", request, _approve_payment._parse_response),
        )

    def get_payment(
        self,
        id: str,
    ) -> RawResponse[PaymentResponse]:
        """Get a payment

        Returns one payment by id or correlationID.

        `GET /api/v1/payment/{id}`

        Args:
            id: Payment id or correlationID.

        Returns:
            RawResponse[PaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[PaymentResponse]",
            self._invoker.request_raw("get_payment", request, _get_payment._parse_response),
        )


class AsyncPaymentsResource:
    """Operations tagged `payments`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPaymentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPaymentsResourceWithRawResponse(self._invoker)

    def list_payments(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PaymentPage, PaymentResponse]:
        """List payments

        Lists outgoing payments with their transaction and destination.

        `GET /api/v1/payment`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PaymentPage, PaymentResponse]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_payments", request, _list_payments._parse_response, _LIST_PAYMENTS_LISTING, max_items=max_items
        )

    async def create_payment(
        self,
        *,
        body: PaymentCreateBoletoRequest
        | PaymentCreateManualRequest
        | PaymentCreatePixKeyRequest
        | PaymentCreateQrCodeRequest,
    ) -> PaymentResponse:
        """Create a payment

        Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a
        boleto.
        The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
        Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while
        a new
        correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

        `POST /api/v1/payment`

        Args:
            body: One of the four payment kinds, chosen by `type`.

        Returns:
            PaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
        )
        return cast(
            "PaymentResponse", await self._invoker.request("create_payment", request, _create_payment._parse_response)
        )

    async def approve_payment(
        self,
        *,
        body: PaymentApproveRequest,
    ) -> PaymentResponse:
        """Approve a payment

        Approves a CREATED payment, which then gets executed.

        `POST /api/v1/payment/approve`

        Args:
            body: The request body.

        Returns:
            PaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_payment._get_kwargs(
            body=body,
        )
        return cast(
            "PaymentResponse", await self._invoker.request("approve_payment", request, _approve_payment._parse_response)
        )

    async def get_payment(
        self,
        id: str,
    ) -> PaymentResponse:
        """Get a payment

        Returns one payment by id or correlationID.

        `GET /api/v1/payment/{id}`

        Args:
            id: Payment id or correlationID.

        Returns:
            PaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            id=id,
        )
        return cast(
            "PaymentResponse", await self._invoker.request("get_payment", request, _get_payment._parse_response)
        )


class AsyncPaymentsResourceWithRawResponse:
    """Like `AsyncPaymentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_payments(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PaymentPage]:
        """List payments

        Lists outgoing payments with their transaction and destination.

        `GET /api/v1/payment`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payments._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PaymentPage]",
            await self._invoker.request_raw("list_payments", request, _list_payments._parse_response),
        )

    async def create_payment(
        self,
        *,
        body: PaymentCreateBoletoRequest
        | PaymentCreateManualRequest
        | PaymentCreatePixKeyRequest
        | PaymentCreateQrCodeRequest,
    ) -> RawResponse[PaymentResponse]:
        """Create a payment

        Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a
        boleto.
        The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
        Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while
        a new
        correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

        `POST /api/v1/payment`

        Args:
            body: One of the four payment kinds, chosen by `type`.

        Returns:
            RawResponse[PaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PaymentResponse]",
            await self._invoker.request_raw("create_payment", request, _create_payment._parse_response),
        )

    async def approve_payment(
        self,
        *,
        body: PaymentApproveRequest,
    ) -> RawResponse[PaymentResponse]:
        """Approve a payment

        Approves a CREATED payment, which then gets executed.

        `POST /api/v1/payment/approve`

        Args:
            body: The request body.

        Returns:
            RawResponse[PaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_payment._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PaymentResponse]",
            await self._invoker.request_raw("approve_payment", request, _approve_payment._parse_response),
        )

    async def get_payment(
        self,
        id: str,
    ) -> RawResponse[PaymentResponse]:
        """Get a payment

        Returns one payment by id or correlationID.

        `GET /api/v1/payment/{id}`

        Args:
            id: Payment id or correlationID.

        Returns:
            RawResponse[PaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[PaymentResponse]",
            await self._invoker.request_raw("get_payment", request, _get_payment._parse_response),
        )


__all__ = [
    "AsyncPaymentsResource",
    "AsyncPaymentsResourceWithRawResponse",
    "PaymentsResource",
    "PaymentsResourceWithRawResponse",
]
