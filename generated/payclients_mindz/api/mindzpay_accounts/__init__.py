"""Typed operations tagged `mindzpay_accounts`.

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
    from ...models.mindz_pay_account import MindzPayAccount
    from ...models.mindz_pay_account_page import MindzPayAccountPage
    from . import get_mindz_pay_account as _get_mindz_pay_account
    from . import list_mindz_pay_accounts as _list_mindz_pay_accounts
else:
    _list_mindz_pay_accounts = LazyModule(__name__ + ".list_mindz_pay_accounts")
    _get_mindz_pay_account = LazyModule(__name__ + ".get_mindz_pay_account")

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
    def with_raw_response(self) -> MindzpayAccountsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return MindzpayAccountsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_accounts(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[MindzPayAccountPage, MindzPayAccount]:
        """List MindzPay accounts

        Returns one page of the tenant's MindzPay accounts.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/`

        Args:
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
            Pager[MindzPayAccountPage, MindzPayAccount]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one MindzPay account by its key.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.

        Returns:
            MindzPayAccount: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPayAccountPage]:
        """List MindzPay accounts

        Returns one page of the tenant's MindzPay accounts.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/`

        Args:
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
            RawResponse[MindzPayAccountPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one MindzPay account by its key.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.

        Returns:
            RawResponse[MindzPayAccount]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncMindzpayAccountsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncMindzpayAccountsResourceWithRawResponse(self._invoker)

    def list_mindz_pay_accounts(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MindzPayAccountPage, MindzPayAccount]:
        """List MindzPay accounts

        Returns one page of the tenant's MindzPay accounts.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/`

        Args:
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
            AsyncPager[MindzPayAccountPage, MindzPayAccount]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one MindzPay account by its key.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.

        Returns:
            MindzPayAccount: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[MindzPayAccountPage]:
        """List MindzPay accounts

        Returns one page of the tenant's MindzPay accounts.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/`

        Args:
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
            RawResponse[MindzPayAccountPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one MindzPay account by its key.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /mindzpay/accounts/{account_key}/`

        Args:
            account_key: Key of the MindzPay account (the node's "Account Key"). Its format (slug,
                UUID or number) is unknown, so it is sent as a string.

        Returns:
            RawResponse[MindzPayAccount]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
