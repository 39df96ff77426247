"""Typed operations tagged `transactions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.transaction import Transaction
    from ...models.transaction_page import TransactionPage
    from ...models.transaction_response import TransactionResponse
    from ...models.transaction_type import TransactionType
    from ...models.woovi_error import WooviError
    from . import get_transaction as _get_transaction
    from . import list_transactions as _list_transactions
else:
    _list_transactions = LazyModule(__name__ + ".list_transactions")
    _get_transaction = LazyModule(__name__ + ".get_transaction")

_LIST_TRANSACTIONS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="transactions",
    attributes=("transactions",),
)
"""How `list_transactions` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class TransactionsResource:
    """Operations tagged `transactions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> TransactionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return TransactionsResourceWithRawResponse(self._invoker)

    def list_transactions(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        charge: str | None = None,
        pix_qr_code: str | None = None,
        withdrawal: str | None = None,
        has_webhook: bool | None = None,
        type_: TransactionType | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[TransactionPage, Transaction]:
        """List transactions

        Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

        `GET /api/v1/transaction`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            charge: Only transactions of this charge (globalID).
            pix_qr_code: Only transactions of this static QR code (globalID).
            withdrawal: Only transactions of this withdrawal (globalID).
            has_webhook: Only transactions that did (true) or did not (false) trigger a webhook.
            type_: Not described in the spec.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[TransactionPage, Transaction]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_transactions._get_kwargs(
            start=start,
            end=end,
            charge=charge,
            pix_qr_code=pix_qr_code,
            withdrawal=withdrawal,
            has_webhook=has_webhook,
            type_=type_,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_transactions",
            request,
            _list_transactions._parse_response,
            _LIST_TRANSACTIONS_LISTING,
            max_items=max_items,
        )

    def get_transaction(
        self,
        id: str,
    ) -> TransactionResponse:
        """Fetch one transaction

        Returns one transaction by Woovi id or bank end-to-end id.

        `GET /api/v1/transaction/{id}`

        Args:
            id: Transaction id or end-to-end id.

        Returns:
            TransactionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_transaction._get_kwargs(
            id=id,
        )
        return cast(
            "TransactionResponse", self._invoker.request("get_transaction", request, _get_transaction._parse_response)
        )


class TransactionsResourceWithRawResponse:
    """Like `TransactionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_transactions(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        charge: str | None = None,
        pix_qr_code: str | None = None,
        withdrawal: str | None = None,
        has_webhook: bool | None = None,
        type_: TransactionType | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[TransactionPage]:
        """List transactions

        Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

        `GET /api/v1/transaction`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            charge: Only transactions of this charge (globalID).
            pix_qr_code: Only transactions of this static QR code (globalID).
            withdrawal: Only transactions of this withdrawal (globalID).
            has_webhook: Only transactions that did (true) or did not (false) trigger a webhook.
            type_: Not described in the spec.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[TransactionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_transactions._get_kwargs(
            start=start,
            end=end,
            charge=charge,
            pix_qr_code=pix_qr_code,
            withdrawal=withdrawal,
            has_webhook=has_webhook,
            type_=type_,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[TransactionPage]",
            self._invoker.request_raw("list_transactions", request, _list_transactions._parse_response),
        )

    def get_transaction(
        self,
        id: str,
    ) -> RawResponse[TransactionResponse]:
        """Fetch one transaction

        Returns one transaction by Woovi id or bank end-to-end id.

        `GET /api/v1/transaction/{id}`

        Args:
            id: Transaction id or end-to-end id.

        Returns:
            RawResponse[TransactionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_transaction._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[TransactionResponse]",
            self._invoker.request_raw("get_transaction", request, _get_transaction._parse_response),
        )


class AsyncTransactionsResource:
    """Operations tagged `transactions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncTransactionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncTransactionsResourceWithRawResponse(self._invoker)

    def list_transactions(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        charge: str | None = None,
        pix_qr_code: str | None = None,
        withdrawal: str | None = None,
        has_webhook: bool | None = None,
        type_: TransactionType | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[TransactionPage, Transaction]:
        """List transactions

        Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

        `GET /api/v1/transaction`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            charge: Only transactions of this charge (globalID).
            pix_qr_code: Only transactions of this static QR code (globalID).
            withdrawal: Only transactions of this withdrawal (globalID).
            has_webhook: Only transactions that did (true) or did not (false) trigger a webhook.
            type_: Not described in the spec.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[TransactionPage, Transaction]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_transactions._get_kwargs(
            start=start,
            end=end,
            charge=charge,
            pix_qr_code=pix_qr_code,
            withdrawal=withdrawal,
            has_webhook=has_webhook,
            type_=type_,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_transactions",
            request,
            _list_transactions._parse_response,
            _LIST_TRANSACTIONS_LISTING,
            max_items=max_items,
        )

    async def get_transaction(
        self,
        id: str,
    ) -> TransactionResponse:
        """Fetch one transaction

        Returns one transaction by Woovi id or bank end-to-end id.

        `GET /api/v1/transaction/{id}`

        Args:
            id: Transaction id or end-to-end id.

        Returns:
            TransactionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_transaction._get_kwargs(
            id=id,
        )
        return cast(
            "TransactionResponse",
            await self._invoker.request("get_transaction", request, _get_transaction._parse_response),
        )


class AsyncTransactionsResourceWithRawResponse:
    """Like `AsyncTransactionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_transactions(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        charge: str | None = None,
        pix_qr_code: str | None = None,
        withdrawal: str | None = None,
        has_webhook: bool | None = None,
        type_: TransactionType | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[TransactionPage]:
        """List transactions

        Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

        `GET /api/v1/transaction`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            charge: Only transactions of this charge (globalID).
            pix_qr_code: Only transactions of this static QR code (globalID).
            withdrawal: Only transactions of this withdrawal (globalID).
            has_webhook: Only transactions that did (true) or did not (false) trigger a webhook.
            type_: Not described in the spec.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[TransactionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_transactions._get_kwargs(
            start=start,
            end=end,
            charge=charge,
            pix_qr_code=pix_qr_code,
            withdrawal=withdrawal,
            has_webhook=has_webhook,
            type_=type_,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[TransactionPage]",
            await self._invoker.request_raw("list_transactions", request, _list_transactions._parse_response),
        )

    async def get_transaction(
        self,
        id: str,
    ) -> RawResponse[TransactionResponse]:
        """Fetch one transaction

        Returns one transaction by Woovi id or bank end-to-end id.

        `GET /api/v1/transaction/{id}`

        Args:
            id: Transaction id or end-to-end id.

        Returns:
            RawResponse[TransactionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_transaction._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[TransactionResponse]",
            await self._invoker.request_raw("get_transaction", request, _get_transaction._parse_response),
        )


__all__ = [
    "AsyncTransactionsResource",
    "AsyncTransactionsResourceWithRawResponse",
    "TransactionsResource",
    "TransactionsResourceWithRawResponse",
]
