"""Typed operations tagged `subaccounts`.

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
    from . import create_subaccount as _create_subaccount
    from . import credit_subaccount as _credit_subaccount
    from . import debit_subaccount as _debit_subaccount
    from . import delete_subaccount as _delete_subaccount
    from . import get_subaccount as _get_subaccount
    from . import get_subaccount_statement as _get_subaccount_statement
    from . import list_subaccounts as _list_subaccounts
    from . import transfer_between_subaccounts as _transfer_between_subaccounts
    from . import withdraw_from_subaccount as _withdraw_from_subaccount
else:
    _list_subaccounts = LazyModule(__name__ + ".list_subaccounts")
    _create_subaccount = LazyModule(__name__ + ".create_subaccount")
    _transfer_between_subaccounts = LazyModule(__name__ + ".transfer_between_subaccounts")
    _get_subaccount = LazyModule(__name__ + ".get_subaccount")
    _delete_subaccount = LazyModule(__name__ + ".delete_subaccount")
    _credit_subaccount = LazyModule(__name__ + ".credit_subaccount")
    _debit_subaccount = LazyModule(__name__ + ".debit_subaccount")
    _get_subaccount_statement = LazyModule(__name__ + ".get_subaccount_statement")
    _withdraw_from_subaccount = LazyModule(__name__ + ".withdraw_from_subaccount")

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
    def with_raw_response(self) -> SubaccountsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return SubaccountsResourceWithRawResponse(self._invoker)

    def list_subaccounts(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[SubaccountPage, Subaccount]:
        """List subaccounts

        Lists the subaccounts of the company with their balances.

        `GET /api/v1/subaccount`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[SubaccountPage, Subaccount]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subaccount identified by a Pix key (or returns the one that already uses it).

        `POST /api/v1/subaccount`

        Args:
            body: The request body.

        Returns:
            SubaccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from one subaccount to another.

        `POST /api/v1/subaccount/transfer`

        Args:
            body: The request body.

        Returns:
            SubaccountTransferResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subaccount with its balance.

        `GET /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            SubaccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Removes a subaccount; only possible when its balance is zero.

        `DELETE /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            SubaccountDeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the main account into the subaccount.

        `POST /api/v1/subaccount/{id}/credit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            SubaccountBalanceChange: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the subaccount back to the main account.

        `POST /api/v1/subaccount/{id}/debit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            SubaccountBalanceChange: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        max_items: int | None = None,
    ) -> Pager[list[StatementEntry], StatementEntry]:
        """Get a subaccount statement

        Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

        `GET /api/v1/subaccount/{id}/statement`

        Args:
            id: Pix key that identifies the subaccount.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[list[StatementEntry], StatementEntry]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Sends subaccount balance by Pix to the subaccount's key.

        `POST /api/v1/subaccount/{id}/withdraw`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            SubaccountWithdrawResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[SubaccountPage]:
        """List subaccounts

        Lists the subaccounts of the company with their balances.

        `GET /api/v1/subaccount`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[SubaccountPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subaccount identified by a Pix key (or returns the one that already uses it).

        `POST /api/v1/subaccount`

        Args:
            body: The request body.

        Returns:
            RawResponse[SubaccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from one subaccount to another.

        `POST /api/v1/subaccount/transfer`

        Args:
            body: The request body.

        Returns:
            RawResponse[SubaccountTransferResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subaccount with its balance.

        `GET /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            RawResponse[SubaccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Removes a subaccount; only possible when its balance is zero.

        `DELETE /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            RawResponse[SubaccountDeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the main account into the subaccount.

        `POST /api/v1/subaccount/{id}/credit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            RawResponse[SubaccountBalanceChange]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the subaccount back to the main account.

        `POST /api/v1/subaccount/{id}/debit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            RawResponse[SubaccountBalanceChange]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
    ) -> RawResponse[list[StatementEntry]]:
        """Get a subaccount statement

        Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

        `GET /api/v1/subaccount/{id}/statement`

        Args:
            id: Pix key that identifies the subaccount.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.

        Returns:
            RawResponse[list[StatementEntry]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Sends subaccount balance by Pix to the subaccount's key.

        `POST /api/v1/subaccount/{id}/withdraw`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            RawResponse[SubaccountWithdrawResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncSubaccountsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncSubaccountsResourceWithRawResponse(self._invoker)

    def list_subaccounts(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[SubaccountPage, Subaccount]:
        """List subaccounts

        Lists the subaccounts of the company with their balances.

        `GET /api/v1/subaccount`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[SubaccountPage, Subaccount]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subaccount identified by a Pix key (or returns the one that already uses it).

        `POST /api/v1/subaccount`

        Args:
            body: The request body.

        Returns:
            SubaccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from one subaccount to another.

        `POST /api/v1/subaccount/transfer`

        Args:
            body: The request body.

        Returns:
            SubaccountTransferResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subaccount with its balance.

        `GET /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            SubaccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Removes a subaccount; only possible when its balance is zero.

        `DELETE /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            SubaccountDeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the main account into the subaccount.

        `POST /api/v1/subaccount/{id}/credit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            SubaccountBalanceChange: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the subaccount back to the main account.

        `POST /api/v1/subaccount/{id}/debit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            SubaccountBalanceChange: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[list[StatementEntry], StatementEntry]:
        """Get a subaccount statement

        Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

        `GET /api/v1/subaccount/{id}/statement`

        Args:
            id: Pix key that identifies the subaccount.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[list[StatementEntry], StatementEntry]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Sends subaccount balance by Pix to the subaccount's key.

        `POST /api/v1/subaccount/{id}/withdraw`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            SubaccountWithdrawResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[SubaccountPage]:
        """List subaccounts

        Lists the subaccounts of the company with their balances.

        `GET /api/v1/subaccount`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[SubaccountPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a subaccount identified by a Pix key (or returns the one that already uses it).

        `POST /api/v1/subaccount`

        Args:
            body: The request body.

        Returns:
            RawResponse[SubaccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from one subaccount to another.

        `POST /api/v1/subaccount/transfer`

        Args:
            body: The request body.

        Returns:
            RawResponse[SubaccountTransferResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one subaccount with its balance.

        `GET /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            RawResponse[SubaccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Removes a subaccount; only possible when its balance is zero.

        `DELETE /api/v1/subaccount/{id}`

        Args:
            id: Pix key that identifies the subaccount.

        Returns:
            RawResponse[SubaccountDeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the main account into the subaccount.

        `POST /api/v1/subaccount/{id}/credit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            RawResponse[SubaccountBalanceChange]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Moves balance from the subaccount back to the main account.

        `POST /api/v1/subaccount/{id}/debit`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            RawResponse[SubaccountBalanceChange]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
    ) -> RawResponse[list[StatementEntry]]:
        """Get a subaccount statement

        Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

        `GET /api/v1/subaccount/{id}/statement`

        Args:
            id: Pix key that identifies the subaccount.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.

        Returns:
            RawResponse[list[StatementEntry]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Sends subaccount balance by Pix to the subaccount's key.

        `POST /api/v1/subaccount/{id}/withdraw`

        Args:
            id: Pix key that identifies the subaccount.
            body: The request body.

        Returns:
            RawResponse[SubaccountWithdrawResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
