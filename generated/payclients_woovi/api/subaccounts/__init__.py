"""Typed operations tagged `subaccounts`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

import datetime
from typing import Any, cast

from ...models.statement_entry import StatementEntry
from ...models.subaccount import Subaccount
from ...models.subaccount_amount_request import SubaccountAmountRequest
from ...models.subaccount_balance_change import SubaccountBalanceChange
from ...models.subaccount_create_request import SubaccountCreateRequest
from ...models.subaccount_delete_response import SubaccountDeleteResponse
from ...models.subaccount_page import SubaccountPage
from ...models.subaccount_response import SubaccountResponse
from ...models.subaccount_transfer_request import SubaccountTransferRequest
from ...models.subaccount_transfer_response import SubaccountTransferResponse
from ...models.subaccount_withdraw_request import SubaccountWithdrawRequest
from ...models.subaccount_withdraw_response import SubaccountWithdrawResponse
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_subaccount as _create_subaccount
from . import credit_subaccount as _credit_subaccount
from . import debit_subaccount as _debit_subaccount
from . import delete_subaccount as _delete_subaccount
from . import get_subaccount as _get_subaccount
from . import get_subaccount_statement as _get_subaccount_statement
from . import list_subaccounts as _list_subaccounts
from . import transfer_between_subaccounts as _transfer_between_subaccounts
from . import withdraw_from_subaccount as _withdraw_from_subaccount

_LIST_SUBACCOUNTS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="subaccounts",
    attributes=(
        "subaccounts",
        "sub_accounts",
    ),
)
"""How `list_subaccounts` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""

_GET_SUBACCOUNT_STATEMENT_LISTING = Listing(
    style="skip_limit_array",
    rules={"limit": "limit", "offset": "skip"},
    items=".",
    attributes=(),
)
"""How `get_subaccount_statement` pages (the spec's `x-payclients-pagination`: style `skip_limit_array`)."""


class SubaccountsResource:
    """Operations tagged `subaccounts`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "SubaccountsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return SubaccountsResourceWithRawResponse(self._invoker)

    def list_subaccounts(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[SubaccountPage, Subaccount]":
        """List subaccounts

        `GET /api/v1/subaccount`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_subaccounts._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_subaccounts",
            request,
            _list_subaccounts._parse_response,
            _LIST_SUBACCOUNTS_LISTING,
            max_items=max_items,
        )

    def create_subaccount(
        self,
        *,
        body: SubaccountCreateRequest,
    ) -> SubaccountResponse:
        """Open a subaccount

        `POST /api/v1/subaccount`
        """
        request = _create_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "SubaccountResponse",
            self._invoker.request("create_subaccount", request, _create_subaccount._parse_response),
        )

    def transfer_between_subaccounts(
        self,
        *,
        body: SubaccountTransferRequest,
    ) -> SubaccountTransferResponse:
        """Move balance between subaccounts

        `POST /api/v1/subaccount/transfer`
        """
        request = _transfer_between_subaccounts._get_kwargs(
            body=body,
        )
        return cast(
            "SubaccountTransferResponse",
            self._invoker.request(
                "transfer_between_subaccounts", request, _transfer_between_subaccounts._parse_response
            ),
        )

    def get_subaccount(
        self,
        id: str,
    ) -> SubaccountResponse:
        """Get a subaccount

        `GET /api/v1/subaccount/{id}`
        """
        request = _get_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "SubaccountResponse", self._invoker.request("get_subaccount", request, _get_subaccount._parse_response)
        )

    def delete_subaccount(
        self,
        id: str,
    ) -> SubaccountDeleteResponse:
        """Delete a subaccount

        `DELETE /api/v1/subaccount/{id}`
        """
        request = _delete_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "SubaccountDeleteResponse",
            self._invoker.request("delete_subaccount", request, _delete_subaccount._parse_response),
        )

    def credit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> SubaccountBalanceChange:
        """Credit a subaccount

        `POST /api/v1/subaccount/{id}/credit`
        """
        request = _credit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubaccountBalanceChange",
            self._invoker.request("credit_subaccount", request, _credit_subaccount._parse_response),
        )

    def debit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> SubaccountBalanceChange:
        """Debit a subaccount

        `POST /api/v1/subaccount/{id}/debit`
        """
        request = _debit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubaccountBalanceChange",
            self._invoker.request("debit_subaccount", request, _debit_subaccount._parse_response),
        )

    def get_subaccount_statement(
        self,
        id: str,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[list[StatementEntry], StatementEntry]":
        """Get a subaccount statement

        `GET /api/v1/subaccount/{id}/statement`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _get_subaccount_statement._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
            start=start,
            end=end,
        )
        return self._invoker.paginate(
            "get_subaccount_statement",
            request,
            _get_subaccount_statement._parse_response,
            _GET_SUBACCOUNT_STATEMENT_LISTING,
            max_items=max_items,
        )

    def withdraw_from_subaccount(
        self,
        id: str,
        *,
        body: SubaccountWithdrawRequest,
    ) -> SubaccountWithdrawResponse:
        """Withdraw from a subaccount

        `POST /api/v1/subaccount/{id}/withdraw`
        """
        request = _withdraw_from_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubaccountWithdrawResponse",
            self._invoker.request("withdraw_from_subaccount", request, _withdraw_from_subaccount._parse_response),
        )


class SubaccountsResourceWithRawResponse:
    """Like `SubaccountsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_subaccounts(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[SubaccountPage]:
        """List subaccounts

        `GET /api/v1/subaccount`
        """
        request = _list_subaccounts._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[SubaccountPage]",
            self._invoker.request_raw("list_subaccounts", request, _list_subaccounts._parse_response),
        )

    def create_subaccount(
        self,
        *,
        body: SubaccountCreateRequest,
    ) -> RawResponse[SubaccountResponse]:
        """Open a subaccount

        `POST /api/v1/subaccount`
        """
        request = _create_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SubaccountResponse]",
            self._invoker.request_raw("create_subaccount", request, _create_subaccount._parse_response),
        )

    def transfer_between_subaccounts(
        self,
        *,
        body: SubaccountTransferRequest,
    ) -> RawResponse[SubaccountTransferResponse]:
        """Move balance between subaccounts

        `POST /api/v1/subaccount/transfer`
        """
        request = _transfer_between_subaccounts._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SubaccountTransferResponse]",
            self._invoker.request_raw(
                "transfer_between_subaccounts", request, _transfer_between_subaccounts._parse_response
            ),
        )

    def get_subaccount(
        self,
        id: str,
    ) -> RawResponse[SubaccountResponse]:
        """Get a subaccount

        `GET /api/v1/subaccount/{id}`
        """
        request = _get_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubaccountResponse]",
            self._invoker.request_raw("get_subaccount", request, _get_subaccount._parse_response),
        )

    def delete_subaccount(
        self,
        id: str,
    ) -> RawResponse[SubaccountDeleteResponse]:
        """Delete a subaccount

        `DELETE /api/v1/subaccount/{id}`
        """
        request = _delete_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubaccountDeleteResponse]",
            self._invoker.request_raw("delete_subaccount", request, _delete_subaccount._parse_response),
        )

    def credit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> RawResponse[SubaccountBalanceChange]:
        """Credit a subaccount

        `POST /api/v1/subaccount/{id}/credit`
        """
        request = _credit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubaccountBalanceChange]",
            self._invoker.request_raw("credit_subaccount", request, _credit_subaccount._parse_response),
        )

    def debit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> RawResponse[SubaccountBalanceChange]:
        """Debit a subaccount

        `POST /api/v1/subaccount/{id}/debit`
        """
        request = _debit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubaccountBalanceChange]",
            self._invoker.request_raw("debit_subaccount", request, _debit_subaccount._parse_response),
        )

    def get_subaccount_statement(
        self,
        id: str,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
    ) -> RawResponse[list[StatementEntry]]:
        """Get a subaccount statement

        `GET /api/v1/subaccount/{id}/statement`
        """
        request = _get_subaccount_statement._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
            start=start,
            end=end,
        )
        return cast(
            "RawResponse[list[StatementEntry]]",
            self._invoker.request_raw("get_subaccount_statement", request, _get_subaccount_statement._parse_response),
        )

    def withdraw_from_subaccount(
        self,
        id: str,
        *,
        body: SubaccountWithdrawRequest,
    ) -> RawResponse[SubaccountWithdrawResponse]:
        """Withdraw from a subaccount

        `POST /api/v1/subaccount/{id}/withdraw`
        """
        request = _withdraw_from_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubaccountWithdrawResponse]",
            self._invoker.request_raw("withdraw_from_subaccount", request, _withdraw_from_subaccount._parse_response),
        )


class AsyncSubaccountsResource:
    """Operations tagged `subaccounts`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncSubaccountsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncSubaccountsResourceWithRawResponse(self._invoker)

    def list_subaccounts(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[SubaccountPage, Subaccount]":
        """List subaccounts

        `GET /api/v1/subaccount`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_subaccounts._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_subaccounts",
            request,
            _list_subaccounts._parse_response,
            _LIST_SUBACCOUNTS_LISTING,
            max_items=max_items,
        )

    async def create_subaccount(
        self,
        *,
        body: SubaccountCreateRequest,
    ) -> SubaccountResponse:
        """Open a subaccount

        `POST /api/v1/subaccount`
        """
        request = _create_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "SubaccountResponse",
            await self._invoker.request("create_subaccount", request, _create_subaccount._parse_response),
        )

    async def transfer_between_subaccounts(
        self,
        *,
        body: SubaccountTransferRequest,
    ) -> SubaccountTransferResponse:
        """Move balance between subaccounts

        `POST /api/v1/subaccount/transfer`
        """
        request = _transfer_between_subaccounts._get_kwargs(
            body=body,
        )
        return cast(
            "SubaccountTransferResponse",
            await self._invoker.request(
                "transfer_between_subaccounts", request, _transfer_between_subaccounts._parse_response
            ),
        )

    async def get_subaccount(
        self,
        id: str,
    ) -> SubaccountResponse:
        """Get a subaccount

        `GET /api/v1/subaccount/{id}`
        """
        request = _get_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "SubaccountResponse",
            await self._invoker.request("get_subaccount", request, _get_subaccount._parse_response),
        )

    async def delete_subaccount(
        self,
        id: str,
    ) -> SubaccountDeleteResponse:
        """Delete a subaccount

        `DELETE /api/v1/subaccount/{id}`
        """
        request = _delete_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "SubaccountDeleteResponse",
            await self._invoker.request("delete_subaccount", request, _delete_subaccount._parse_response),
        )

    async def credit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> SubaccountBalanceChange:
        """Credit a subaccount

        `POST /api/v1/subaccount/{id}/credit`
        """
        request = _credit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubaccountBalanceChange",
            await self._invoker.request("credit_subaccount", request, _credit_subaccount._parse_response),
        )

    async def debit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> SubaccountBalanceChange:
        """Debit a subaccount

        `POST /api/v1/subaccount/{id}/debit`
        """
        request = _debit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubaccountBalanceChange",
            await self._invoker.request("debit_subaccount", request, _debit_subaccount._parse_response),
        )

    def get_subaccount_statement(
        self,
        id: str,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[list[StatementEntry], StatementEntry]":
        """Get a subaccount statement

        `GET /api/v1/subaccount/{id}/statement`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _get_subaccount_statement._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
            start=start,
            end=end,
        )
        return self._invoker.paginate(
            "get_subaccount_statement",
            request,
            _get_subaccount_statement._parse_response,
            _GET_SUBACCOUNT_STATEMENT_LISTING,
            max_items=max_items,
        )

    async def withdraw_from_subaccount(
        self,
        id: str,
        *,
        body: SubaccountWithdrawRequest,
    ) -> SubaccountWithdrawResponse:
        """Withdraw from a subaccount

        `POST /api/v1/subaccount/{id}/withdraw`
        """
        request = _withdraw_from_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "SubaccountWithdrawResponse",
            await self._invoker.request("withdraw_from_subaccount", request, _withdraw_from_subaccount._parse_response),
        )


class AsyncSubaccountsResourceWithRawResponse:
    """Like `AsyncSubaccountsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_subaccounts(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[SubaccountPage]:
        """List subaccounts

        `GET /api/v1/subaccount`
        """
        request = _list_subaccounts._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[SubaccountPage]",
            await self._invoker.request_raw("list_subaccounts", request, _list_subaccounts._parse_response),
        )

    async def create_subaccount(
        self,
        *,
        body: SubaccountCreateRequest,
    ) -> RawResponse[SubaccountResponse]:
        """Open a subaccount

        `POST /api/v1/subaccount`
        """
        request = _create_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SubaccountResponse]",
            await self._invoker.request_raw("create_subaccount", request, _create_subaccount._parse_response),
        )

    async def transfer_between_subaccounts(
        self,
        *,
        body: SubaccountTransferRequest,
    ) -> RawResponse[SubaccountTransferResponse]:
        """Move balance between subaccounts

        `POST /api/v1/subaccount/transfer`
        """
        request = _transfer_between_subaccounts._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SubaccountTransferResponse]",
            await self._invoker.request_raw(
                "transfer_between_subaccounts", request, _transfer_between_subaccounts._parse_response
            ),
        )

    async def get_subaccount(
        self,
        id: str,
    ) -> RawResponse[SubaccountResponse]:
        """Get a subaccount

        `GET /api/v1/subaccount/{id}`
        """
        request = _get_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubaccountResponse]",
            await self._invoker.request_raw("get_subaccount", request, _get_subaccount._parse_response),
        )

    async def delete_subaccount(
        self,
        id: str,
    ) -> RawResponse[SubaccountDeleteResponse]:
        """Delete a subaccount

        `DELETE /api/v1/subaccount/{id}`
        """
        request = _delete_subaccount._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[SubaccountDeleteResponse]",
            await self._invoker.request_raw("delete_subaccount", request, _delete_subaccount._parse_response),
        )

    async def credit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> RawResponse[SubaccountBalanceChange]:
        """Credit a subaccount

        `POST /api/v1/subaccount/{id}/credit`
        """
        request = _credit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubaccountBalanceChange]",
            await self._invoker.request_raw("credit_subaccount", request, _credit_subaccount._parse_response),
        )

    async def debit_subaccount(
        self,
        id: str,
        *,
        body: SubaccountAmountRequest,
    ) -> RawResponse[SubaccountBalanceChange]:
        """Debit a subaccount

        `POST /api/v1/subaccount/{id}/debit`
        """
        request = _debit_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubaccountBalanceChange]",
            await self._invoker.request_raw("debit_subaccount", request, _debit_subaccount._parse_response),
        )

    async def get_subaccount_statement(
        self,
        id: str,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
    ) -> RawResponse[list[StatementEntry]]:
        """Get a subaccount statement

        `GET /api/v1/subaccount/{id}/statement`
        """
        request = _get_subaccount_statement._get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
            start=start,
            end=end,
        )
        return cast(
            "RawResponse[list[StatementEntry]]",
            await self._invoker.request_raw(
                "get_subaccount_statement", request, _get_subaccount_statement._parse_response
            ),
        )

    async def withdraw_from_subaccount(
        self,
        id: str,
        *,
        body: SubaccountWithdrawRequest,
    ) -> RawResponse[SubaccountWithdrawResponse]:
        """Withdraw from a subaccount

        `POST /api/v1/subaccount/{id}/withdraw`
        """
        request = _withdraw_from_subaccount._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[SubaccountWithdrawResponse]",
            await self._invoker.request_raw(
                "withdraw_from_subaccount", request, _withdraw_from_subaccount._parse_response
            ),
        )


__all__ = [
    "AsyncSubaccountsResource",
    "AsyncSubaccountsResourceWithRawResponse",
    "SubaccountsResource",
    "SubaccountsResourceWithRawResponse",
]
