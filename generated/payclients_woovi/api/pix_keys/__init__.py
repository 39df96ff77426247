"""Typed operations tagged `pix_keys`.

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
    from ...models.pix_key import PixKey
    from ...models.pix_key_check import PixKeyCheck
    from ...models.pix_key_check_request import PixKeyCheckRequest
    from ...models.pix_key_create_request import PixKeyCreateRequest
    from ...models.pix_key_list import PixKeyList
    from ...models.pix_key_token_log import PixKeyTokenLog
    from ...models.pix_key_token_log_page import PixKeyTokenLogPage
    from ...models.pix_key_tokens import PixKeyTokens
    from ...models.woovi_error import WooviError
    from . import check_pix_key as _check_pix_key
    from . import create_pix_key as _create_pix_key
    from . import delete_pix_key as _delete_pix_key
    from . import get_pix_key_check as _get_pix_key_check
    from . import get_pix_key_tokens as _get_pix_key_tokens
    from . import list_pix_key_token_logs as _list_pix_key_token_logs
    from . import list_pix_keys as _list_pix_keys
    from . import set_default_pix_key as _set_default_pix_key
else:
    _list_pix_keys = LazyModule(__name__ + ".list_pix_keys")
    _create_pix_key = LazyModule(__name__ + ".create_pix_key")
    _get_pix_key_tokens = LazyModule(__name__ + ".get_pix_key_tokens")
    _list_pix_key_token_logs = LazyModule(__name__ + ".list_pix_key_token_logs")
    _check_pix_key = LazyModule(__name__ + ".check_pix_key")
    _delete_pix_key = LazyModule(__name__ + ".delete_pix_key")
    _set_default_pix_key = LazyModule(__name__ + ".set_default_pix_key")
    _get_pix_key_check = LazyModule(__name__ + ".get_pix_key_check")

_LIST_PIX_KEYS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="pixKeys",
    attributes=("pix_keys",),
)
"""How `list_pix_keys` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""

_LIST_PIX_KEY_TOKEN_LOGS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="logs",
    attributes=("logs",),
)
"""How `list_pix_key_token_logs` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class PixKeysResource:
    """Operations tagged `pix_keys`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PixKeysResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PixKeysResourceWithRawResponse(self._invoker)

    def list_pix_keys(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[PixKeyList, PixKey]:
        """List Pix keys

        Lists the Pix keys registered on the AppID's account.

        `GET /api/v1/pix-keys`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PixKeyList, PixKey]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_keys._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_pix_keys", request, _list_pix_keys._parse_response, _LIST_PIX_KEYS_LISTING, max_items=max_items
        )

    def create_pix_key(
        self,
        *,
        body: PixKeyCreateRequest,
    ) -> PixKey:
        """Register a Pix key

        Registers a new Pix key (CNPJ or random EVP key) for the account.

        `POST /api/v1/pix-keys`

        Args:
            body: The request body.

        Returns:
            PixKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pix_key._get_kwargs(
            body=body,
        )
        return cast("PixKey", self._invoker.request("create_pix_key", request, _create_pix_key._parse_response))

    def get_pix_key_tokens(
        self,
    ) -> PixKeyTokens:
        """Get the DICT token bucket

        Returns the state of the account's DICT token bucket, which limits Pix key look-ups and
        payments by key. When empty, wait until nextRefresh.

        `GET /api/v1/pix-keys/tokens`

        Returns:
            PixKeyTokens: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_tokens._get_kwargs()
        return cast(
            "PixKeyTokens", self._invoker.request("get_pix_key_tokens", request, _get_pix_key_tokens._parse_response)
        )

    def list_pix_key_token_logs(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        company_bank_account: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PixKeyTokenLogPage, PixKeyTokenLog]:
        """List DICT token movements

        Lists the token debits and refills of the DICT token bucket.

        `GET /api/v1/pix-keys/tokens/logs`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            company_bank_account: Only movements of this account.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PixKeyTokenLogPage, PixKeyTokenLog]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_key_token_logs._get_kwargs(
            skip=skip,
            limit=limit,
            company_bank_account=company_bank_account,
        )
        return self._invoker.paginate(
            "list_pix_key_token_logs",
            request,
            _list_pix_key_token_logs._parse_response,
            _LIST_PIX_KEY_TOKEN_LOGS_LISTING,
            max_items=max_items,
        )

    def check_pix_key(
        self,
        *,
        body: PixKeyCheckRequest,
    ) -> PixKeyCheck:
        """Look up a Pix key (body)

        Looks up the holder of any Pix key in the DICT, sending the key in the body. Needs access
        granted by Woovi and is billed per query. Each look-up spends tokens of the DICT bucket;
        an empty bucket answers 429 with errorCode TOO_MANY_REQUESTS.

        `POST /api/v1/pix-keys/check`

        Args:
            body: The request body.

        Returns:
            PixKeyCheck: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_pix_key._get_kwargs(
            body=body,
        )
        return cast("PixKeyCheck", self._invoker.request("check_pix_key", request, _check_pix_key._parse_response))

    def delete_pix_key(
        self,
        pix_key: str,
    ) -> Any:
        """Remove a Pix key

        Unregisters one of the account's Pix keys.

        `DELETE /api/v1/pix-keys/{pix_key}`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return self._invoker.request("delete_pix_key", request, _delete_pix_key._parse_response)

    def set_default_pix_key(
        self,
        pix_key: str,
    ) -> PixKey:
        """Make a Pix key the default

        Marks a key as the default key of the account (this was a POST in older docs).

        `PUT /api/v1/pix-keys/{pix_key}/default`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            PixKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_default_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "PixKey", self._invoker.request("set_default_pix_key", request, _set_default_pix_key._parse_response)
        )

    def get_pix_key_check(
        self,
        pix_key: str,
    ) -> PixKeyCheck:
        """Look up a Pix key (path)

        Same look-up as checkPixKey with the key in the path; URI-encode it. Spends DICT tokens;
        429 with TOO_MANY_REQUESTS when the bucket is empty.

        `GET /api/v1/pix-keys/{pix_key}/check`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            PixKeyCheck: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_check._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "PixKeyCheck", self._invoker.request("get_pix_key_check", request, _get_pix_key_check._parse_response)
        )


class PixKeysResourceWithRawResponse:
    """Like `PixKeysResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_pix_keys(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PixKeyList]:
        """List Pix keys

        Lists the Pix keys registered on the AppID's account.

        `GET /api/v1/pix-keys`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PixKeyList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_keys._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PixKeyList]",
            self._invoker.request_raw("list_pix_keys", request, _list_pix_keys._parse_response),
        )

    def create_pix_key(
        self,
        *,
        body: PixKeyCreateRequest,
    ) -> RawResponse[PixKey]:
        """Register a Pix key

        Registers a new Pix key (CNPJ or random EVP key) for the account.

        `POST /api/v1/pix-keys`

        Args:
            body: The request body.

        Returns:
            RawResponse[PixKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pix_key._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PixKey]", self._invoker.request_raw("create_pix_key", request, _create_pix_key._parse_response)
        )

    def get_pix_key_tokens(
        self,
    ) -> RawResponse[PixKeyTokens]:
        """Get the DICT token bucket

        Returns the state of the account's DICT token bucket, which limits Pix key look-ups and
        payments by key. When empty, wait until nextRefresh.

        `GET /api/v1/pix-keys/tokens`

        Returns:
            RawResponse[PixKeyTokens]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_tokens._get_kwargs()
        return cast(
            "RawResponse[PixKeyTokens]",
            self._invoker.request_raw("get_pix_key_tokens", request, _get_pix_key_tokens._parse_response),
        )

    def list_pix_key_token_logs(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        company_bank_account: str | None = None,
    ) -> RawResponse[PixKeyTokenLogPage]:
        """List DICT token movements

        Lists the token debits and refills of the DICT token bucket.

        `GET /api/v1/pix-keys/tokens/logs`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            company_bank_account: Only movements of this account.

        Returns:
            RawResponse[PixKeyTokenLogPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_key_token_logs._get_kwargs(
            skip=skip,
            limit=limit,
            company_bank_account=company_bank_account,
        )
        return cast(
            "RawResponse[PixKeyTokenLogPage]",
            self._invoker.request_raw("list_pix_key_token_logs", request, _list_pix_key_token_logs._parse_response),
        )

    def check_pix_key(
        self,
        *,
        body: PixKeyCheckRequest,
    ) -> RawResponse[PixKeyCheck]:
        """Look up a Pix key (body)

        Looks up the holder of any Pix key in the DICT, sending the key in the body. Needs access
        granted by Woovi and is billed per query. Each look-up spends tokens of the DICT bucket;
        an empty bucket answers 429 with errorCode TOO_MANY_REQUESTS.

        `POST /api/v1/pix-keys/check`

        Args:
            body: The request body.

        Returns:
            RawResponse[PixKeyCheck]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_pix_key._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PixKeyCheck]",
            self._invoker.request_raw("check_pix_key", request, _check_pix_key._parse_response),
        )

    def delete_pix_key(
        self,
        pix_key: str,
    ) -> RawResponse[Any]:
        """Remove a Pix key

        Unregisters one of the account's Pix keys.

        `DELETE /api/v1/pix-keys/{pix_key}`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return self._invoker.request_raw("delete_pix_key", request, _delete_pix_key._parse_response)

    def set_default_pix_key(
        self,
        pix_key: str,
    ) -> RawResponse[PixKey]:
        """Make a Pix key the default

        Marks a key as the default key of the account (this was a POST in older docs).

        `PUT /api/v1/pix-keys/{pix_key}/default`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            RawResponse[PixKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_default_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "RawResponse[PixKey]",
            self._invoker.request_raw("set_default_pix_key", request, _set_default_pix_key._parse_response),
        )

    def get_pix_key_check(
        self,
        pix_key: str,
    ) -> RawResponse[PixKeyCheck]:
        """Look up a Pix key (path)

        Same look-up as checkPixKey with the key in the path; URI-encode it. Spends DICT tokens;
        429 with TOO_MANY_REQUESTS when the bucket is empty.

        `GET /api/v1/pix-keys/{pix_key}/check`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            RawResponse[PixKeyCheck]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_check._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "RawResponse[PixKeyCheck]",
            self._invoker.request_raw("get_pix_key_check", request, _get_pix_key_check._parse_response),
        )


class AsyncPixKeysResource:
    """Operations tagged `pix_keys`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPixKeysResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPixKeysResourceWithRawResponse(self._invoker)

    def list_pix_keys(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PixKeyList, PixKey]:
        """List Pix keys

        Lists the Pix keys registered on the AppID's account.

        `GET /api/v1/pix-keys`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PixKeyList, PixKey]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_keys._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_pix_keys", request, _list_pix_keys._parse_response, _LIST_PIX_KEYS_LISTING, max_items=max_items
        )

    async def create_pix_key(
        self,
        *,
        body: PixKeyCreateRequest,
    ) -> PixKey:
        """Register a Pix key

        Registers a new Pix key (CNPJ or random EVP key) for the account.

        `POST /api/v1/pix-keys`

        Args:
            body: The request body.

        Returns:
            PixKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pix_key._get_kwargs(
            body=body,
        )
        return cast("PixKey", await self._invoker.request("create_pix_key", request, _create_pix_key._parse_response))

    async def get_pix_key_tokens(
        self,
    ) -> PixKeyTokens:
        """Get the DICT token bucket

        Returns the state of the account's DICT token bucket, which limits Pix key look-ups and
        payments by key. When empty, wait until nextRefresh.

        `GET /api/v1/pix-keys/tokens`

        Returns:
            PixKeyTokens: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_tokens._get_kwargs()
        return cast(
            "PixKeyTokens",
            await self._invoker.request("get_pix_key_tokens", request, _get_pix_key_tokens._parse_response),
        )

    def list_pix_key_token_logs(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        company_bank_account: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PixKeyTokenLogPage, PixKeyTokenLog]:
        """List DICT token movements

        Lists the token debits and refills of the DICT token bucket.

        `GET /api/v1/pix-keys/tokens/logs`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            company_bank_account: Only movements of this account.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PixKeyTokenLogPage, PixKeyTokenLog]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_key_token_logs._get_kwargs(
            skip=skip,
            limit=limit,
            company_bank_account=company_bank_account,
        )
        return self._invoker.paginate(
            "list_pix_key_token_logs",
            request,
            _list_pix_key_token_logs._parse_response,
            _LIST_PIX_KEY_TOKEN_LOGS_LISTING,
            max_items=max_items,
        )

    async def check_pix_key(
        self,
        *,
        body: PixKeyCheckRequest,
    ) -> PixKeyCheck:
        """Look up a Pix key (body)

        Looks up the holder of any Pix key in the DICT, sending the key in the body. Needs access
        granted by Woovi and is billed per query. Each look-up spends tokens of the DICT bucket;
        an empty bucket answers 429 with errorCode TOO_MANY_REQUESTS.

        `POST /api/v1/pix-keys/check`

        Args:
            body: The request body.

        Returns:
            PixKeyCheck: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_pix_key._get_kwargs(
            body=body,
        )
        return cast(
            "PixKeyCheck", await self._invoker.request("check_pix_key", request, _check_pix_key._parse_response)
        )

    async def delete_pix_key(
        self,
        pix_key: str,
    ) -> Any:
        """Remove a Pix key

        Unregisters one of the account's Pix keys.

        `DELETE /api/v1/pix-keys/{pix_key}`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return await self._invoker.request("delete_pix_key", request, _delete_pix_key._parse_response)

    async def set_default_pix_key(
        self,
        pix_key: str,
    ) -> PixKey:
        """Make a Pix key the default

        Marks a key as the default key of the account (this was a POST in older docs).

        `PUT /api/v1/pix-keys/{pix_key}/default`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            PixKey: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_default_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "PixKey", await self._invoker.request("set_default_pix_key", request, _set_default_pix_key._parse_response)
        )

    async def get_pix_key_check(
        self,
        pix_key: str,
    ) -> PixKeyCheck:
        """Look up a Pix key (path)

        Same look-up as checkPixKey with the key in the path; URI-encode it. Spends DICT tokens;
        429 with TOO_MANY_REQUESTS when the bucket is empty.

        `GET /api/v1/pix-keys/{pix_key}/check`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            PixKeyCheck: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_check._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "PixKeyCheck", await self._invoker.request("get_pix_key_check", request, _get_pix_key_check._parse_response)
        )


class AsyncPixKeysResourceWithRawResponse:
    """Like `AsyncPixKeysResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_pix_keys(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PixKeyList]:
        """List Pix keys

        Lists the Pix keys registered on the AppID's account.

        `GET /api/v1/pix-keys`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PixKeyList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_keys._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PixKeyList]",
            await self._invoker.request_raw("list_pix_keys", request, _list_pix_keys._parse_response),
        )

    async def create_pix_key(
        self,
        *,
        body: PixKeyCreateRequest,
    ) -> RawResponse[PixKey]:
        """Register a Pix key

        Registers a new Pix key (CNPJ or random EVP key) for the account.

        `POST /api/v1/pix-keys`

        Args:
            body: The request body.

        Returns:
            RawResponse[PixKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pix_key._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PixKey]",
            await self._invoker.request_raw("create_pix_key", request, _create_pix_key._parse_response),
        )

    async def get_pix_key_tokens(
        self,
    ) -> RawResponse[PixKeyTokens]:
        """Get the DICT token bucket

        Returns the state of the account's DICT token bucket, which limits Pix key look-ups and
        payments by key. When empty, wait until nextRefresh.

        `GET /api/v1/pix-keys/tokens`

        Returns:
            RawResponse[PixKeyTokens]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_tokens._get_kwargs()
        return cast(
            "RawResponse[PixKeyTokens]",
            await self._invoker.request_raw("get_pix_key_tokens", request, _get_pix_key_tokens._parse_response),
        )

    async def list_pix_key_token_logs(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        company_bank_account: str | None = None,
    ) -> RawResponse[PixKeyTokenLogPage]:
        """List DICT token movements

        Lists the token debits and refills of the DICT token bucket.

        `GET /api/v1/pix-keys/tokens/logs`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            company_bank_account: Only movements of this account.

        Returns:
            RawResponse[PixKeyTokenLogPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pix_key_token_logs._get_kwargs(
            skip=skip,
            limit=limit,
            company_bank_account=company_bank_account,
        )
        return cast(
            "RawResponse[PixKeyTokenLogPage]",
            await self._invoker.request_raw(
                "list_pix_key_token_logs", request, _list_pix_key_token_logs._parse_response
            ),
        )

    async def check_pix_key(
        self,
        *,
        body: PixKeyCheckRequest,
    ) -> RawResponse[PixKeyCheck]:
        """Look up a Pix key (body)

        Looks up the holder of any Pix key in the DICT, sending the key in the body. Needs access
        granted by Woovi and is billed per query. Each look-up spends tokens of the DICT bucket;
        an empty bucket answers 429 with errorCode TOO_MANY_REQUESTS.

        `POST /api/v1/pix-keys/check`

        Args:
            body: The request body.

        Returns:
            RawResponse[PixKeyCheck]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _check_pix_key._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PixKeyCheck]",
            await self._invoker.request_raw("check_pix_key", request, _check_pix_key._parse_response),
        )

    async def delete_pix_key(
        self,
        pix_key: str,
    ) -> RawResponse[Any]:
        """Remove a Pix key

        Unregisters one of the account's Pix keys.

        `DELETE /api/v1/pix-keys/{pix_key}`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return await self._invoker.request_raw("delete_pix_key", request, _delete_pix_key._parse_response)

    async def set_default_pix_key(
        self,
        pix_key: str,
    ) -> RawResponse[PixKey]:
        """Make a Pix key the default

        Marks a key as the default key of the account (this was a POST in older docs).

        `PUT /api/v1/pix-keys/{pix_key}/default`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            RawResponse[PixKey]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _set_default_pix_key._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "RawResponse[PixKey]",
            await self._invoker.request_raw("set_default_pix_key", request, _set_default_pix_key._parse_response),
        )

    async def get_pix_key_check(
        self,
        pix_key: str,
    ) -> RawResponse[PixKeyCheck]:
        """Look up a Pix key (path)

        Same look-up as checkPixKey with the key in the path; URI-encode it. Spends DICT tokens;
        429 with TOO_MANY_REQUESTS when the bucket is empty.

        `GET /api/v1/pix-keys/{pix_key}/check`

        Args:
            pix_key: The Pix key; URI-encode it.

        Returns:
            RawResponse[PixKeyCheck]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pix_key_check._get_kwargs(
            pix_key=pix_key,
        )
        return cast(
            "RawResponse[PixKeyCheck]",
            await self._invoker.request_raw("get_pix_key_check", request, _get_pix_key_check._parse_response),
        )


__all__ = [
    "AsyncPixKeysResource",
    "AsyncPixKeysResourceWithRawResponse",
    "PixKeysResource",
    "PixKeysResourceWithRawResponse",
]
