"""Typed operations tagged `mindzpay_payments`.

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
    from ...models.mindz_error import MindzError
    from ...models.mindz_pay_payment import MindzPayPayment
    from ...models.mindz_pay_payment_page import MindzPayPaymentPage
    from ...models.mindz_pay_payment_refund_request import MindzPayPaymentRefundRequest
    from . import get_mindz_pay_payment as _get_mindz_pay_payment
    from . import list_mindz_pay_payments as _list_mindz_pay_payments
    from . import refund_mindz_pay_payment as _refund_mindz_pay_payment
else:
    _list_mindz_pay_payments = LazyModule(__name__ + ".list_mindz_pay_payments")
    _get_mindz_pay_payment = LazyModule(__name__ + ".get_mindz_pay_payment")
    _refund_mindz_pay_payment = LazyModule(__name__ + ".refund_mindz_pay_payment")

_LIST_MINDZ_PAY_PAYMENTS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_mindz_pay_payments` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class MindzpayPaymentsResource:
    """Operations tagged `mindzpay_payments`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> MindzpayPaymentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpayPaymentsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_payments(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[MindzPayPaymentPage, MindzPayPayment]:
        """List MindzPay payments

        Returns one page of the payments of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[MindzPayPaymentPage, MindzPayPayment]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_payments._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_payments",
            request,
            _list_mindz_pay_payments._parse_response,
            _LIST_MINDZ_PAY_PAYMENTS_LISTING,
            max_items=max_items,
        )

    def get_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
    ) -> MindzPayPayment:
        """Get a MindzPay payment

        Returns one payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.

        Returns:
            MindzPayPayment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
        )
        return cast(
            "MindzPayPayment",
            self._invoker.request("get_mindz_pay_payment", request, _get_mindz_pay_payment._parse_response),
        )

    def refund_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
        *,
        body: MindzPayPaymentRefundRequest,
    ) -> MindzPayPayment:
        """Refund a MindzPay payment

        Refunds a payment in full, or partly when `amount` is sent; returns the payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.
            body: Refund request (proposed). Leave `amount` out to refund the whole payment.

        Returns:
            MindzPayPayment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
            body=body,
        )
        return cast(
            "MindzPayPayment",
            self._invoker.request("refund_mindz_pay_payment", request, _refund_mindz_pay_payment._parse_response),
        )


class MindzpayPaymentsResourceWithRawResponse:
    """Like `MindzpayPaymentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_mindz_pay_payments(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPayPaymentPage]:
        """List MindzPay payments

        Returns one page of the payments of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[MindzPayPaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_payments._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPayPaymentPage]",
            self._invoker.request_raw("list_mindz_pay_payments", request, _list_mindz_pay_payments._parse_response),
        )

    def get_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
    ) -> RawResponse[MindzPayPayment]:
        """Get a MindzPay payment

        Returns one payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.

        Returns:
            RawResponse[MindzPayPayment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
        )
        return cast(
            "RawResponse[MindzPayPayment]",
            self._invoker.request_raw("get_mindz_pay_payment", request, _get_mindz_pay_payment._parse_response),
        )

    def refund_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
        *,
        body: MindzPayPaymentRefundRequest,
    ) -> RawResponse[MindzPayPayment]:
        """Refund a MindzPay payment

        Refunds a payment in full, or partly when `amount` is sent; returns the payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.
            body: Refund request (proposed). Leave `amount` out to refund the whole payment.

        Returns:
            RawResponse[MindzPayPayment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
            body=body,
        )
        return cast(
            "RawResponse[MindzPayPayment]",
            self._invoker.request_raw("refund_mindz_pay_payment", request, _refund_mindz_pay_payment._parse_response),
        )


class AsyncMindzpayPaymentsResource:
    """Operations tagged `mindzpay_payments`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncMindzpayPaymentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpayPaymentsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_payments(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MindzPayPaymentPage, MindzPayPayment]:
        """List MindzPay payments

        Returns one page of the payments of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[MindzPayPaymentPage, MindzPayPayment]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_payments._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_payments",
            request,
            _list_mindz_pay_payments._parse_response,
            _LIST_MINDZ_PAY_PAYMENTS_LISTING,
            max_items=max_items,
        )

    async def get_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
    ) -> MindzPayPayment:
        """Get a MindzPay payment

        Returns one payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.

        Returns:
            MindzPayPayment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
        )
        return cast(
            "MindzPayPayment",
            await self._invoker.request("get_mindz_pay_payment", request, _get_mindz_pay_payment._parse_response),
        )

    async def refund_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
        *,
        body: MindzPayPaymentRefundRequest,
    ) -> MindzPayPayment:
        """Refund a MindzPay payment

        Refunds a payment in full, or partly when `amount` is sent; returns the payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.
            body: Refund request (proposed). Leave `amount` out to refund the whole payment.

        Returns:
            MindzPayPayment: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
            body=body,
        )
        return cast(
            "MindzPayPayment",
            await self._invoker.request("refund_mindz_pay_payment", request, _refund_mindz_pay_payment._parse_response),
        )


class AsyncMindzpayPaymentsResourceWithRawResponse:
    """Like `AsyncMindzpayPaymentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_mindz_pay_payments(
        self,
        account_key: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPayPaymentPage]:
        """List MindzPay payments

        Returns one page of the payments of a MindzPay account.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[MindzPayPaymentPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_mindz_pay_payments._get_kwargs(
            account_key=account_key,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPayPaymentPage]",
            await self._invoker.request_raw(
                "list_mindz_pay_payments", request, _list_mindz_pay_payments._parse_response
            ),
        )

    async def get_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
    ) -> RawResponse[MindzPayPayment]:
        """Get a MindzPay payment

        Returns one payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.

        Returns:
            RawResponse[MindzPayPayment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
        )
        return cast(
            "RawResponse[MindzPayPayment]",
            await self._invoker.request_raw("get_mindz_pay_payment", request, _get_mindz_pay_payment._parse_response),
        )

    async def refund_mindz_pay_payment(
        self,
        account_key: str,
        payment_id: int,
        *,
        body: MindzPayPaymentRefundRequest,
    ) -> RawResponse[MindzPayPayment]:
        """Refund a MindzPay payment

        Refunds a payment in full, or partly when `amount` is sent; returns the payment.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.
            payment_id: Id of the MindzPay payment.
            body: Refund request (proposed). Leave `amount` out to refund the whole payment.

        Returns:
            RawResponse[MindzPayPayment]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refund_mindz_pay_payment._get_kwargs(
            account_key=account_key,
            payment_id=payment_id,
            body=body,
        )
        return cast(
            "RawResponse[MindzPayPayment]",
            await self._invoker.request_raw(
                "refund_mindz_pay_payment", request, _refund_mindz_pay_payment._parse_response
            ),
        )


__all__ = [
    "AsyncMindzpayPaymentsResource",
    "AsyncMindzpayPaymentsResourceWithRawResponse",
    "MindzpayPaymentsResource",
    "MindzpayPaymentsResourceWithRawResponse",
]
