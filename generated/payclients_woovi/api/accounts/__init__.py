"""Typed operations tagged `accounts`.

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
    from ...models.account_delete_response import AccountDeleteResponse
    from ...models.account_limits_response import AccountLimitsResponse
    from ...models.account_page import AccountPage
    from ...models.account_response import AccountResponse
    from ...models.account_withdraw_request import AccountWithdrawRequest
    from ...models.account_withdraw_response import AccountWithdrawResponse
    from ...models.company_bank_account import CompanyBankAccount
    from ...models.woovi_error import WooviError
    from . import create_account as _create_account
    from . import delete_account as _delete_account
    from . import get_account as _get_account
    from . import get_account_limits as _get_account_limits
    from . import list_accounts as _list_accounts
    from . import withdraw_from_account as _withdraw_from_account
else:
    _list_accounts = LazyModule(__name__ + ".list_accounts")
    _create_account = LazyModule(__name__ + ".create_account")
    _get_account = LazyModule(__name__ + ".get_account")
    _delete_account = LazyModule(__name__ + ".delete_account")
    _withdraw_from_account = LazyModule(__name__ + ".withdraw_from_account")
    _get_account_limits = LazyModule(__name__ + ".get_account_limits")

_LIST_ACCOUNTS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="accounts",
    attributes=("accounts",),
)
"""How `list_accounts` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class AccountsResource:
    """Operations tagged `accounts`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AccountsResourceWithRawResponse(self._invoker)

    def list_accounts(
        self,
        *,
        email: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[AccountPage, CompanyBankAccount]:
        """List accounts

        Lists the bank accounts of the company, optionally filtered by owner e-mail.

        `GET /api/v1/account`

        Args:
            email: Only accounts whose owner has this e-mail.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[AccountPage, CompanyBankAccount]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_accounts._get_kwargs(
            email=email,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_accounts", request, _list_accounts._parse_response, _LIST_ACCOUNTS_LISTING, max_items=max_items
        )

    def create_account(
        self,
    ) -> AccountResponse:
        """Create an account

        Opens a new bank account for the company by duplicating the one bound to the AppID. Needs
        the bank account feature.

        `POST /api/v1/account`

        Returns:
            AccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_account._get_kwargs()
        return cast(
            "AccountResponse", self._invoker.request("create_account", request, _create_account._parse_response)
        )

    def get_account(
        self,
        account_id: str,
    ) -> AccountResponse:
        """Fetch one account

        Returns one account with its balance.

        `GET /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            AccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account._get_kwargs(
            account_id=account_id,
        )
        return cast("AccountResponse", self._invoker.request("get_account", request, _get_account._parse_response))

    def delete_account(
        self,
        account_id: str,
    ) -> AccountDeleteResponse:
        """Shut down an account

        Closes an account. An account that still holds a balance cannot be closed.

        `DELETE /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            AccountDeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "AccountDeleteResponse", self._invoker.request("delete_account", request, _delete_account._parse_response)
        )

    def withdraw_from_account(
        self,
        account_id: str,
        *,
        body: AccountWithdrawRequest,
    ) -> AccountWithdrawResponse:
        """Withdraw account balance

        Sends money from the account to the Pix key registered for withdrawals.

        `POST /api/v1/account/{account_id}/withdraw`

        Args:
            account_id: Id of the account.
            body: The request body.

        Returns:
            AccountWithdrawResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _withdraw_from_account._get_kwargs(
            account_id=account_id,
            body=body,
        )
        return cast(
            "AccountWithdrawResponse",
            self._invoker.request("withdraw_from_account", request, _withdraw_from_account._parse_response),
        )

    def get_account_limits(
        self,
        account_id: str,
    ) -> AccountLimitsResponse:
        """Read the limits of an account

        Returns the Pix and boleto limits configured for an account (daytime and night-time
        windows).

        `GET /api/v1/limits/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            AccountLimitsResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_limits._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "AccountLimitsResponse",
            self._invoker.request("get_account_limits", request, _get_account_limits._parse_response),
        )


class AccountsResourceWithRawResponse:
    """Like `AccountsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_accounts(
        self,
        *,
        email: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[AccountPage]:
        """List accounts

        Lists the bank accounts of the company, optionally filtered by owner e-mail.

        `GET /api/v1/account`

        Args:
            email: Only accounts whose owner has this e-mail.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[AccountPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_accounts._get_kwargs(
            email=email,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[AccountPage]",
            self._invoker.request_raw("list_accounts", request, _list_accounts._parse_response),
        )

    def create_account(
        self,
    ) -> RawResponse[AccountResponse]:
        """Create an account

        Opens a new bank account for the company by duplicating the one bound to the AppID. Needs
        the bank account feature.

        `POST /api/v1/account`

        Returns:
            RawResponse[AccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_account._get_kwargs()
        return cast(
            "RawResponse[AccountResponse]",
            self._invoker.request_raw("create_account", request, _create_account._parse_response),
        )

    def get_account(
        self,
        account_id: str,
    ) -> RawResponse[AccountResponse]:
        """Fetch one account

        Returns one account with its balance.

        `GET /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            RawResponse[AccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "RawResponse[AccountResponse]",
            self._invoker.request_raw("get_account", request, _get_account._parse_response),
        )

    def delete_account(
        self,
        account_id: str,
    ) -> RawResponse[AccountDeleteResponse]:
        """Shut down an account

        Closes an account. An account that still holds a balance cannot be closed.

        `DELETE /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            RawResponse[AccountDeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "RawResponse[AccountDeleteResponse]",
            self._invoker.request_raw("delete_account", request, _delete_account._parse_response),
        )

    def withdraw_from_account(
        self,
        account_id: str,
        *,
        body: AccountWithdrawRequest,
    ) -> RawResponse[AccountWithdrawResponse]:
        """Withdraw account balance

        Sends money from the account to the Pix key registered for withdrawals.

        `POST /api/v1/account/{account_id}/withdraw`

        Args:
            account_id: Id of the account.
            body: The request body.

        Returns:
            RawResponse[AccountWithdrawResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _withdraw_from_account._get_kwargs(
            account_id=account_id,
            body=body,
        )
        return cast(
            "RawResponse[AccountWithdrawResponse]",
            self._invoker.request_raw("withdraw_from_account", request, _withdraw_from_account._parse_response),
        )

    def get_account_limits(
        self,
        account_id: str,
    ) -> RawResponse[AccountLimitsResponse]:
        """Read the limits of an account

        Returns the Pix and boleto limits configured for an account (daytime and night-time
        windows).

        `GET /api/v1/limits/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            RawResponse[AccountLimitsResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_limits._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "RawResponse[AccountLimitsResponse]",
            self._invoker.request_raw("get_account_limits", request, _get_account_limits._parse_response),
        )


class AsyncAccountsResource:
    """Operations tagged `accounts`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncAccountsResourceWithRawResponse(self._invoker)

    def list_accounts(
        self,
        *,
        email: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AccountPage, CompanyBankAccount]:
        """List accounts

        Lists the bank accounts of the company, optionally filtered by owner e-mail.

        `GET /api/v1/account`

        Args:
            email: Only accounts whose owner has this e-mail.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[AccountPage, CompanyBankAccount]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_accounts._get_kwargs(
            email=email,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_accounts", request, _list_accounts._parse_response, _LIST_ACCOUNTS_LISTING, max_items=max_items
        )

    async def create_account(
        self,
    ) -> AccountResponse:
        """Create an account

        Opens a new bank account for the company by duplicating the one bound to the AppID. Needs
        the bank account feature.

        `POST /api/v1/account`

        Returns:
            AccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_account._get_kwargs()
        return cast(
            "AccountResponse", await self._invoker.request("create_account", request, _create_account._parse_response)
        )

    async def get_account(
        self,
        account_id: str,
    ) -> AccountResponse:
        """Fetch one account

        Returns one account with its balance.

        `GET /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            AccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "AccountResponse", await self._invoker.request("get_account", request, _get_account._parse_response)
        )

    async def delete_account(
        self,
        account_id: str,
    ) -> AccountDeleteResponse:
        """Shut down an account

        Closes an account. An account that still holds a balance cannot be closed.

        `DELETE /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            AccountDeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "AccountDeleteResponse",
            await self._invoker.request("delete_account", request, _delete_account._parse_response),
        )

    async def withdraw_from_account(
        self,
        account_id: str,
        *,
        body: AccountWithdrawRequest,
    ) -> AccountWithdrawResponse:
        """Withdraw account balance

        Sends money from the account to the Pix key registered for withdrawals.

        `POST /api/v1/account/{account_id}/withdraw`

        Args:
            account_id: Id of the account.
            body: The request body.

        Returns:
            AccountWithdrawResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _withdraw_from_account._get_kwargs(
            account_id=account_id,
            body=body,
        )
        return cast(
            "AccountWithdrawResponse",
            await self._invoker.request("withdraw_from_account", request, _withdraw_from_account._parse_response),
        )

    async def get_account_limits(
        self,
        account_id: str,
    ) -> AccountLimitsResponse:
        """Read the limits of an account

        Returns the Pix and boleto limits configured for an account (daytime and night-time
        windows).

        `GET /api/v1/limits/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            AccountLimitsResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_limits._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "AccountLimitsResponse",
            await self._invoker.request("get_account_limits", request, _get_account_limits._parse_response),
        )


class AsyncAccountsResourceWithRawResponse:
    """Like `AsyncAccountsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_accounts(
        self,
        *,
        email: str | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[AccountPage]:
        """List accounts

        Lists the bank accounts of the company, optionally filtered by owner e-mail.

        `GET /api/v1/account`

        Args:
            email: Only accounts whose owner has this e-mail.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[AccountPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_accounts._get_kwargs(
            email=email,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[AccountPage]",
            await self._invoker.request_raw("list_accounts", request, _list_accounts._parse_response),
        )

    async def create_account(
        self,
    ) -> RawResponse[AccountResponse]:
        """Create an account

        Opens a new bank account for the company by duplicating the one bound to the AppID. Needs
        the bank account feature.

        `POST /api/v1/account`

        Returns:
            RawResponse[AccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_account._get_kwargs()
        return cast(
            "RawResponse[AccountResponse]",
            await self._invoker.request_raw("create_account", request, _create_account._parse_response),
        )

    async def get_account(
        self,
        account_id: str,
    ) -> RawResponse[AccountResponse]:
        """Fetch one account

        Returns one account with its balance.

        `GET /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            RawResponse[AccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "RawResponse[AccountResponse]",
            await self._invoker.request_raw("get_account", request, _get_account._parse_response),
        )

    async def delete_account(
        self,
        account_id: str,
    ) -> RawResponse[AccountDeleteResponse]:
        """Shut down an account

        Closes an account. An account that still holds a balance cannot be closed.

        `DELETE /api/v1/account/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            RawResponse[AccountDeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "RawResponse[AccountDeleteResponse]",
            await self._invoker.request_raw("delete_account", request, _delete_account._parse_response),
        )

    async def withdraw_from_account(
        self,
        account_id: str,
        *,
        body: AccountWithdrawRequest,
    ) -> RawResponse[AccountWithdrawResponse]:
        """Withdraw account balance

        Sends money from the account to the Pix key registered for withdrawals.

        `POST /api/v1/account/{account_id}/withdraw`

        Args:
            account_id: Id of the account.
            body: The request body.

        Returns:
            RawResponse[AccountWithdrawResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _withdraw_from_account._get_kwargs(
            account_id=account_id,
            body=body,
        )
        return cast(
            "RawResponse[AccountWithdrawResponse]",
            await self._invoker.request_raw("withdraw_from_account", request, _withdraw_from_account._parse_response),
        )

    async def get_account_limits(
        self,
        account_id: str,
    ) -> RawResponse[AccountLimitsResponse]:
        """Read the limits of an account

        Returns the Pix and boleto limits configured for an account (daytime and night-time
        windows).

        `GET /api/v1/limits/{account_id}`

        Args:
            account_id: Id of the account.

        Returns:
            RawResponse[AccountLimitsResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_limits._get_kwargs(
            account_id=account_id,
        )
        return cast(
            "RawResponse[AccountLimitsResponse]",
            await self._invoker.request_raw("get_account_limits", request, _get_account_limits._parse_response),
        )


__all__ = [
    "AccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResource",
    "AsyncAccountsResourceWithRawResponse",
]
