"""Typed operations tagged `boleto`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

import datetime
from typing import Any, cast

from ...models.boleto_transaction import BoletoTransaction
from ...models.boleto_transaction_page import BoletoTransactionPage
from ...models.boleto_transaction_response import BoletoTransactionResponse
from ...models.boleto_transaction_status import BoletoTransactionStatus
from ...models.boleto_transaction_type import BoletoTransactionType
from ...models.boleto_validate_request import BoletoValidateRequest
from ...models.boleto_validate_response import BoletoValidateResponse
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import get_boleto_transaction as _get_boleto_transaction
from . import list_boleto_transactions as _list_boleto_transactions
from . import validate_boleto as _validate_boleto

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
    def with_raw_response(self) -> "BoletoResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return BoletoResourceWithRawResponse(self._invoker)

    def list_boleto_transactions(
        self,
        *,
        type_: BoletoTransactionType | Unset = UNSET,
        status: BoletoTransactionStatus | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        settled_start: datetime.datetime | Unset = UNSET,
        settled_end: datetime.datetime | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[BoletoTransactionPage, BoletoTransaction]":
        """Search boleto transactions

        `GET /api/v1/boleto-transaction`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`
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

        `POST /api/v1/boleto/validate`
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
        type_: BoletoTransactionType | Unset = UNSET,
        status: BoletoTransactionStatus | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        settled_start: datetime.datetime | Unset = UNSET,
        settled_end: datetime.datetime | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[BoletoTransactionPage]:
        """Search boleto transactions

        `GET /api/v1/boleto-transaction`
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

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`
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

        `POST /api/v1/boleto/validate`
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
    def with_raw_response(self) -> "AsyncBoletoResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncBoletoResourceWithRawResponse(self._invoker)

    def list_boleto_transactions(
        self,
        *,
        type_: BoletoTransactionType | Unset = UNSET,
        status: BoletoTransactionStatus | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        settled_start: datetime.datetime | Unset = UNSET,
        settled_end: datetime.datetime | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[BoletoTransactionPage, BoletoTransaction]":
        """Search boleto transactions

        `GET /api/v1/boleto-transaction`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`
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

        `POST /api/v1/boleto/validate`
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
        type_: BoletoTransactionType | Unset = UNSET,
        status: BoletoTransactionStatus | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        settled_start: datetime.datetime | Unset = UNSET,
        settled_end: datetime.datetime | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[BoletoTransactionPage]:
        """Search boleto transactions

        `GET /api/v1/boleto-transaction`
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

        `GET /api/v1/boleto-transaction/{boleto_transaction_id}`
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

        `POST /api/v1/boleto/validate`
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
