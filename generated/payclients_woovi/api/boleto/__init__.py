"""Typed operations tagged `boleto`.

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
    from ...models.boleto_transaction import BoletoTransaction
    from ...models.boleto_transaction_page import BoletoTransactionPage
    from ...models.boleto_transaction_response import BoletoTransactionResponse
    from ...models.boleto_transaction_status import BoletoTransactionStatus
    from ...models.boleto_transaction_type import BoletoTransactionType
    from ...models.boleto_validate_request import BoletoValidateRequest
    from ...models.boleto_validate_response import BoletoValidateResponse
    from ...models.woovi_error import WooviError
    from . import get_boleto_transaction as _get_boleto_transaction
    from . import list_boleto_transactions as _list_boleto_transactions
    from . import validate_boleto as _validate_boleto
else:
    _list_boleto_transactions = LazyModule(__name__ + ".list_boleto_transactions")
    _get_boleto_transaction = LazyModule(__name__ + ".get_boleto_transaction")
    _validate_boleto = LazyModule(__name__ + ".validate_boleto")

_LIST_BOLETO_TRANSACTIONS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="boletoTransactions",
    attributes=("boleto_transactions",),
    max_offset=10000,
)
"""How `list_boleto_transactions` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class BoletoResource:
    """Operations tagged `boleto`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> BoletoResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return BoletoResourceWithRawResponse(self._invoker)

    def list_boleto_transactions(
        self,
        *,
        type_: BoletoTransactionType | None = None,
        status: BoletoTransactionStatus | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        settled_start: datetime.datetime | None = None,
        settled_end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[BoletoTransactionPage, BoletoTransaction]:
        """Search boleto transactions

        Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
        `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip`
        at
        10000 (422 beyond that; narrow the date range instead).

        `GET /api/v1/boleto-transaction`

        Args:
            type_: Not described in the spec.
            status: Not described in the spec.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            settled_start: Only transactions settled at or after this instant.
            settled_end: Only transactions settled at or before this instant.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[BoletoTransactionPage, BoletoTransaction]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_boleto_transactions._get_kwargs(
            type_=type_,
            status=status,
            start=start,
            end=end,
            settled_start=settled_start,
            settled_end=settled_end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_boleto_transactions",
            request,
            _list_boleto_transactions._parse_response,
            _LIST_BOLETO_TRANSACTIONS_LISTING,
            max_items=max_items,
        )

    def get_boleto_transaction(
        self,
        boleto_transaction_id: str,
    ) -> BoletoTransactionResponse:
        """Fetch one boleto transaction

        Returns one boleto transaction, by the boletoTransactionID that the BOLETO_SETTLED webhook
        carries.

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`

        Args:
            boleto_transaction_id: Public id of the boleto transaction (`btx_...`).

        Returns:
            BoletoTransactionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_boleto_transaction._get_kwargs(
            boleto_transaction_id=boleto_transaction_id,
        )
        return cast(
            "BoletoTransactionResponse",
            self._invoker.request("get_boleto_transaction", request, _get_boleto_transaction._parse_response),
        )

    def validate_boleto(
        self,
        *,
        body: BoletoValidateRequest,
    ) -> BoletoValidateResponse:
        """Validate a boleto

        Reads a boleto barcode or digitable line and reports its value, due date and who receives
        it, before paying it with createPayment.

        `POST /api/v1/boleto/validate`

        Args:
            body: The request body.

        Returns:
            BoletoValidateResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_boleto._get_kwargs(
            body=body,
        )
        return cast(
            "BoletoValidateResponse",
            self._invoker.request("validate_boleto", request, _validate_boleto._parse_response),
        )


class BoletoResourceWithRawResponse:
    """Like `BoletoResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_boleto_transactions(
        self,
        *,
        type_: BoletoTransactionType | None = None,
        status: BoletoTransactionStatus | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        settled_start: datetime.datetime | None = None,
        settled_end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[BoletoTransactionPage]:
        """Search boleto transactions

        Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
        `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip`
        at
        10000 (422 beyond that; narrow the date range instead).

        `GET /api/v1/boleto-transaction`

        Args:
            type_: Not described in the spec.
            status: Not described in the spec.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            settled_start: Only transactions settled at or after this instant.
            settled_end: Only transactions settled at or before this instant.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[BoletoTransactionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_boleto_transactions._get_kwargs(
            type_=type_,
            status=status,
            start=start,
            end=end,
            settled_start=settled_start,
            settled_end=settled_end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[BoletoTransactionPage]",
            self._invoker.request_raw("list_boleto_transactions", request, _list_boleto_transactions._parse_response),
        )

    def get_boleto_transaction(
        self,
        boleto_transaction_id: str,
    ) -> RawResponse[BoletoTransactionResponse]:
        """Fetch one boleto transaction

        Returns one boleto transaction, by the boletoTransactionID that the BOLETO_SETTLED webhook
        carries.

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`

        Args:
            boleto_transaction_id: Public id of the boleto transaction (`btx_...`).

        Returns:
            RawResponse[BoletoTransactionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_boleto_transaction._get_kwargs(
            boleto_transaction_id=boleto_transaction_id,
        )
        return cast(
            "RawResponse[BoletoTransactionResponse]",
            self._invoker.request_raw("get_boleto_transaction", request, _get_boleto_transaction._parse_response),
        )

    def validate_boleto(
        self,
        *,
        body: BoletoValidateRequest,
    ) -> RawResponse[BoletoValidateResponse]:
        """Validate a boleto

        Reads a boleto barcode or digitable line and reports its value, due date and who receives
        it, before paying it with createPayment.

        `POST /api/v1/boleto/validate`

        Args:
            body: The request body.

        Returns:
            RawResponse[BoletoValidateResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_boleto._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[BoletoValidateResponse]",
            self._invoker.request_raw("validate_boleto", request, _validate_boleto._parse_response),
        )


class AsyncBoletoResource:
    """Operations tagged `boleto`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncBoletoResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncBoletoResourceWithRawResponse(self._invoker)

    def list_boleto_transactions(
        self,
        *,
        type_: BoletoTransactionType | None = None,
        status: BoletoTransactionStatus | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        settled_start: datetime.datetime | None = None,
        settled_end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[BoletoTransactionPage, BoletoTransaction]:
        """Search boleto transactions

        Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
        `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip`
        at
        10000 (422 beyond that; narrow the date range instead).

        `GET /api/v1/boleto-transaction`

        Args:
            type_: Not described in the spec.
            status: Not described in the spec.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            settled_start: Only transactions settled at or after this instant.
            settled_end: Only transactions settled at or before this instant.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[BoletoTransactionPage, BoletoTransaction]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_boleto_transactions._get_kwargs(
            type_=type_,
            status=status,
            start=start,
            end=end,
            settled_start=settled_start,
            settled_end=settled_end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_boleto_transactions",
            request,
            _list_boleto_transactions._parse_response,
            _LIST_BOLETO_TRANSACTIONS_LISTING,
            max_items=max_items,
        )

    async def get_boleto_transaction(
        self,
        boleto_transaction_id: str,
    ) -> BoletoTransactionResponse:
        """Fetch one boleto transaction

        Returns one boleto transaction, by the boletoTransactionID that the BOLETO_SETTLED webhook
        carries.

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`

        Args:
            boleto_transaction_id: Public id of the boleto transaction (`btx_...`).

        Returns:
            BoletoTransactionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_boleto_transaction._get_kwargs(
            boleto_transaction_id=boleto_transaction_id,
        )
        return cast(
            "BoletoTransactionResponse",
            await self._invoker.request("get_boleto_transaction", request, _get_boleto_transaction._parse_response),
        )

    async def validate_boleto(
        self,
        *,
        body: BoletoValidateRequest,
    ) -> BoletoValidateResponse:
        """Validate a boleto

        Reads a boleto barcode or digitable line and reports its value, due date and who receives
        it, before paying it with createPayment.

        `POST /api/v1/boleto/validate`

        Args:
            body: The request body.

        Returns:
            BoletoValidateResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_boleto._get_kwargs(
            body=body,
        )
        return cast(
            "BoletoValidateResponse",
            await self._invoker.request("validate_boleto", request, _validate_boleto._parse_response),
        )


class AsyncBoletoResourceWithRawResponse:
    """Like `AsyncBoletoResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_boleto_transactions(
        self,
        *,
        type_: BoletoTransactionType | None = None,
        status: BoletoTransactionStatus | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        settled_start: datetime.datetime | None = None,
        settled_end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[BoletoTransactionPage]:
        """Search boleto transactions

        Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
        `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip`
        at
        10000 (422 beyond that; narrow the date range instead).

        `GET /api/v1/boleto-transaction`

        Args:
            type_: Not described in the spec.
            status: Not described in the spec.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            settled_start: Only transactions settled at or after this instant.
            settled_end: Only transactions settled at or before this instant.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[BoletoTransactionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_boleto_transactions._get_kwargs(
            type_=type_,
            status=status,
            start=start,
            end=end,
            settled_start=settled_start,
            settled_end=settled_end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[BoletoTransactionPage]",
            await self._invoker.request_raw(
                "list_boleto_transactions", request, _list_boleto_transactions._parse_response
            ),
        )

    async def get_boleto_transaction(
        self,
        boleto_transaction_id: str,
    ) -> RawResponse[BoletoTransactionResponse]:
        """Fetch one boleto transaction

        Returns one boleto transaction, by the boletoTransactionID that the BOLETO_SETTLED webhook
        carries.

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`

        Args:
            boleto_transaction_id: Public id of the boleto transaction (`btx_...`).

        Returns:
            RawResponse[BoletoTransactionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_boleto_transaction._get_kwargs(
            boleto_transaction_id=boleto_transaction_id,
        )
        return cast(
            "RawResponse[BoletoTransactionResponse]",
            await self._invoker.request_raw("get_boleto_transaction", request, _get_boleto_transaction._parse_response),
        )

    async def validate_boleto(
        self,
        *,
        body: BoletoValidateRequest,
    ) -> RawResponse[BoletoValidateResponse]:
        """Validate a boleto

        Reads a boleto barcode or digitable line and reports its value, due date and who receives
        it, before paying it with createPayment.

        `POST /api/v1/boleto/validate`

        Args:
            body: The request body.

        Returns:
            RawResponse[BoletoValidateResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_boleto._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[BoletoValidateResponse]",
            await self._invoker.request_raw("validate_boleto", request, _validate_boleto._parse_response),
        )


__all__ = [
    "AsyncBoletoResource",
    "AsyncBoletoResourceWithRawResponse",
    "BoletoResource",
    "BoletoResourceWithRawResponse",
]
