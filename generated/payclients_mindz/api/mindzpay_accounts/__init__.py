"""Typed operations tagged `mindzpay_accounts`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.mindz_pay_account import MindzPayAccount
from ...models.mindz_pay_account_page import MindzPayAccountPage
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import get_mindz_pay_account as _get_mindz_pay_account
from . import list_mindz_pay_accounts as _list_mindz_pay_accounts

_LIST_MINDZ_PAY_ACCOUNTS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_mindz_pay_accounts` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class MindzpayAccountsResource:
    """Operations tagged `mindzpay_accounts`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "MindzpayAccountsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpayAccountsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_accounts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[MindzPayAccountPage, MindzPayAccount]":
        """List MindzPay accounts

        `GET /mindzpay/accounts/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_mindz_pay_accounts._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_accounts",
            request,
            _list_mindz_pay_accounts._parse_response,
            _LIST_MINDZ_PAY_ACCOUNTS_LISTING,
            max_items=max_items,
        )

    def get_mindz_pay_account(
        self,
        account_key: str,
    ) -> MindzPayAccount:
        """Get a MindzPay account

        `GET /mindzpay/accounts/{account_key}/`
        """
        request = _get_mindz_pay_account._get_kwargs(
            account_key=account_key,
        )
        return cast(
            "MindzPayAccount",
            self._invoker.request("get_mindz_pay_account", request, _get_mindz_pay_account._parse_response),
        )


class MindzpayAccountsResourceWithRawResponse:
    """Like `MindzpayAccountsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_mindz_pay_accounts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPayAccountPage]:
        """List MindzPay accounts

        `GET /mindzpay/accounts/`
        """
        request = _list_mindz_pay_accounts._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPayAccountPage]",
            self._invoker.request_raw("list_mindz_pay_accounts", request, _list_mindz_pay_accounts._parse_response),
        )

    def get_mindz_pay_account(
        self,
        account_key: str,
    ) -> RawResponse[MindzPayAccount]:
        """Get a MindzPay account

        `GET /mindzpay/accounts/{account_key}/`
        """
        request = _get_mindz_pay_account._get_kwargs(
            account_key=account_key,
        )
        return cast(
            "RawResponse[MindzPayAccount]",
            self._invoker.request_raw("get_mindz_pay_account", request, _get_mindz_pay_account._parse_response),
        )


class AsyncMindzpayAccountsResource:
    """Operations tagged `mindzpay_accounts`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncMindzpayAccountsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpayAccountsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_accounts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[MindzPayAccountPage, MindzPayAccount]":
        """List MindzPay accounts

        `GET /mindzpay/accounts/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_mindz_pay_accounts._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_mindz_pay_accounts",
            request,
            _list_mindz_pay_accounts._parse_response,
            _LIST_MINDZ_PAY_ACCOUNTS_LISTING,
            max_items=max_items,
        )

    async def get_mindz_pay_account(
        self,
        account_key: str,
    ) -> MindzPayAccount:
        """Get a MindzPay account

        `GET /mindzpay/accounts/{account_key}/`
        """
        request = _get_mindz_pay_account._get_kwargs(
            account_key=account_key,
        )
        return cast(
            "MindzPayAccount",
            await self._invoker.request("get_mindz_pay_account", request, _get_mindz_pay_account._parse_response),
        )


class AsyncMindzpayAccountsResourceWithRawResponse:
    """Like `AsyncMindzpayAccountsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_mindz_pay_accounts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[MindzPayAccountPage]:
        """List MindzPay accounts

        `GET /mindzpay/accounts/`
        """
        request = _list_mindz_pay_accounts._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[MindzPayAccountPage]",
            await self._invoker.request_raw(
                "list_mindz_pay_accounts", request, _list_mindz_pay_accounts._parse_response
            ),
        )

    async def get_mindz_pay_account(
        self,
        account_key: str,
    ) -> RawResponse[MindzPayAccount]:
        """Get a MindzPay account

        `GET /mindzpay/accounts/{account_key}/`
        """
        request = _get_mindz_pay_account._get_kwargs(
            account_key=account_key,
        )
        return cast(
            "RawResponse[MindzPayAccount]",
            await self._invoker.request_raw("get_mindz_pay_account", request, _get_mindz_pay_account._parse_response),
        )


__all__ = [
    "AsyncMindzpayAccountsResource",
    "AsyncMindzpayAccountsResourceWithRawResponse",
    "MindzpayAccountsResource",
    "MindzpayAccountsResourceWithRawResponse",
]
