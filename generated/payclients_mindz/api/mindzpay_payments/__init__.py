"""Typed operations tagged `mindzpay_payments`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.mindz_pay_payment import MindzPayPayment
from ...models.mindz_pay_payment_page import MindzPayPaymentPage
from ...models.mindz_pay_payment_refund_request import MindzPayPaymentRefundRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import get_mindz_pay_payment as _get_mindz_pay_payment
from . import list_mindz_pay_payments as _list_mindz_pay_payments
from . import refund_mindz_pay_payment as _refund_mindz_pay_payment

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
    def with_raw_response(self) -> "MindzpayPaymentsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpayPaymentsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_payments(
        self,
        account_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[MindzPayPaymentPage, MindzPayPayment]":
        """List MindzPay payments

        `GET /mindzpay/accounts/{account_key}/payments/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`
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

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPayPaymentPage]:
        """List MindzPay payments

        `GET /mindzpay/accounts/{account_key}/payments/`
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

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`
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

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`
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
    def with_raw_response(self) -> "AsyncMindzpayPaymentsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpayPaymentsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_payments(
        self,
        account_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[MindzPayPaymentPage, MindzPayPayment]":
        """List MindzPay payments

        `GET /mindzpay/accounts/{account_key}/payments/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`
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

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPayPaymentPage]:
        """List MindzPay payments

        `GET /mindzpay/accounts/{account_key}/payments/`
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

        `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`
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

        `POST /mindzpay/accounts/{account_key}/payments/{payment_id}/refund/`
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
