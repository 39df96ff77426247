"""Typed operations tagged `stablecoins`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.stablecoin_balances import StablecoinBalances
    from ...models.stablecoin_currency import StablecoinCurrency
    from ...models.stablecoin_deposit_approve_request import StablecoinDepositApproveRequest
    from ...models.stablecoin_deposit_approve_response import StablecoinDepositApproveResponse
    from ...models.stablecoin_deposit_request import StablecoinDepositRequest
    from ...models.stablecoin_deposit_response import StablecoinDepositResponse
    from ...models.stablecoin_payout import StablecoinPayout
    from ...models.stablecoin_payout_request import StablecoinPayoutRequest
    from ...models.stablecoin_quote_response import StablecoinQuoteResponse
    from ...models.stablecoin_subaccount_create_request import StablecoinSubaccountCreateRequest
    from ...models.stablecoin_subaccount_create_response import StablecoinSubaccountCreateResponse
    from ...models.stablecoin_subaccount_list import StablecoinSubaccountList
    from ...models.stablecoin_subaccount_response import StablecoinSubaccountResponse
    from ...models.stablecoin_wallet_list import StablecoinWalletList
    from ...models.woovi_error import WooviError
    from . import approve_stablecoin_deposit as _approve_stablecoin_deposit
    from . import create_stablecoin_deposit as _create_stablecoin_deposit
    from . import create_stablecoin_payout as _create_stablecoin_payout
    from . import create_stablecoin_subaccount as _create_stablecoin_subaccount
    from . import get_stablecoin_payout as _get_stablecoin_payout
    from . import get_stablecoin_payout_by_correlation_id as _get_stablecoin_payout_by_correlation_id
    from . import get_stablecoin_payout_quote as _get_stablecoin_payout_quote
    from . import get_stablecoin_quote as _get_stablecoin_quote
    from . import get_stablecoin_subaccount as _get_stablecoin_subaccount
    from . import get_stablecoin_subaccount_balances as _get_stablecoin_subaccount_balances
    from . import list_stablecoin_subaccount_wallets as _list_stablecoin_subaccount_wallets
    from . import list_stablecoin_subaccounts as _list_stablecoin_subaccounts
    from . import list_stablecoin_wallets as _list_stablecoin_wallets
else:
    _create_stablecoin_deposit = LazyModule(__name__ + ".create_stablecoin_deposit")
    _approve_stablecoin_deposit = LazyModule(__name__ + ".approve_stablecoin_deposit")
    _get_stablecoin_payout_by_correlation_id = LazyModule(__name__ + ".get_stablecoin_payout_by_correlation_id")
    _create_stablecoin_payout = LazyModule(__name__ + ".create_stablecoin_payout")
    _get_stablecoin_payout_quote = LazyModule(__name__ + ".get_stablecoin_payout_quote")
    _get_stablecoin_payout = LazyModule(__name__ + ".get_stablecoin_payout")
    _get_stablecoin_quote = LazyModule(__name__ + ".get_stablecoin_quote")
    _list_stablecoin_subaccounts = LazyModule(__name__ + ".list_stablecoin_subaccounts")
    _create_stablecoin_subaccount = LazyModule(__name__ + ".create_stablecoin_subaccount")
    _get_stablecoin_subaccount = LazyModule(__name__ + ".get_stablecoin_subaccount")
    _get_stablecoin_subaccount_balances = LazyModule(__name__ + ".get_stablecoin_subaccount_balances")
    _list_stablecoin_subaccount_wallets = LazyModule(__name__ + ".list_stablecoin_subaccount_wallets")
    _list_stablecoin_wallets = LazyModule(__name__ + ".list_stablecoin_wallets")


class StablecoinsResource:
    """Operations tagged `stablecoins`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> StablecoinsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return StablecoinsResourceWithRawResponse(self._invoker)

    def create_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositRequest,
    ) -> StablecoinDepositResponse:
        """Start a stablecoin deposit

        Converts a BRL amount (cents, paid in by Pix) into a stablecoin delivered on the chosen
        network.
        Needs a stable subaccount with a completed KYB. Not every asset exists on every network (a
        wrong combination is a 400); the network defaults to POLYGON. Idempotent by correlationId.

        `POST /api/v1/stablecoin/deposit`

        Args:
            body: The request body.

        Returns:
            StablecoinDepositResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinDepositResponse",
            self._invoker.request("create_stablecoin_deposit", request, _create_stablecoin_deposit._parse_response),
        )

    def approve_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositApproveRequest,
    ) -> StablecoinDepositApproveResponse:
        """Approve a stablecoin deposit

        Pays a created deposit from the account balance, identified by its correlationId.

        `POST /api/v1/stablecoin/deposit/approve`

        Args:
            body: The request body.

        Returns:
            StablecoinDepositApproveResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinDepositApproveResponse",
            self._invoker.request("approve_stablecoin_deposit", request, _approve_stablecoin_deposit._parse_response),
        )

    def get_stablecoin_payout_by_correlation_id(
        self,
        *,
        correlation_id: str,
    ) -> StablecoinPayout:
        """Get a payout by correlationId

        Same as getStablecoinPayout, but finds the payout by the correlationId chosen at creation.

        `GET /api/v1/stablecoin/payout`

        Args:
            correlation_id: correlationId given to createStablecoinPayout.

        Returns:
            StablecoinPayout: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_by_correlation_id._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "StablecoinPayout",
            self._invoker.request(
                "get_stablecoin_payout_by_correlation_id",
                request,
                _get_stablecoin_payout_by_correlation_id._parse_response,
            ),
        )

    def create_stablecoin_payout(
        self,
        *,
        body: StablecoinPayoutRequest,
    ) -> StablecoinPayout:
        """Pay out stablecoin balance by Pix

        Sells stablecoins from the company's internal float for BRL and pays the result to a Pix
        key.
        `value` counts cents of the asset being sold. A repeated correlationId gives back the
        payout
        already made with it.

        `POST /api/v1/stablecoin/payout`

        Args:
            body: The request body.

        Returns:
            StablecoinPayout: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_payout._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinPayout",
            self._invoker.request("create_stablecoin_payout", request, _create_stablecoin_payout._parse_response),
        )

    def get_stablecoin_payout_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency,
    ) -> StablecoinQuoteResponse:
        """Quote a payout

        Quotes how much BRL a payout of the given stablecoin amount would deliver.

        `GET /api/v1/stablecoin/payout/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            StablecoinQuoteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "StablecoinQuoteResponse",
            self._invoker.request("get_stablecoin_payout_quote", request, _get_stablecoin_payout_quote._parse_response),
        )

    def get_stablecoin_payout(
        self,
        payout_id: str,
    ) -> StablecoinPayout:
        """Get a payout

        State of a payout. While it is still in progress Woovi re-reads it from the provider
        before answering.

        `GET /api/v1/stablecoin/payout/{payout_id}`

        Args:
            payout_id: Id returned by createStablecoinPayout.

        Returns:
            StablecoinPayout: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout._get_kwargs(
            payout_id=payout_id,
        )
        return cast(
            "StablecoinPayout",
            self._invoker.request("get_stablecoin_payout", request, _get_stablecoin_payout._parse_response),
        )

    def get_stablecoin_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency | None = None,
    ) -> StablecoinQuoteResponse:
        """Quote a deposit

        Quotes how much stablecoin a BRL amount would buy, with the fees applied.

        `GET /api/v1/stablecoin/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            StablecoinQuoteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "StablecoinQuoteResponse",
            self._invoker.request("get_stablecoin_quote", request, _get_stablecoin_quote._parse_response),
        )

    def list_stablecoin_subaccounts(
        self,
    ) -> StablecoinSubaccountList:
        """List stable subaccounts

        Lists the stablecoin subaccounts of the company.

        `GET /api/v1/stablecoin/subaccount`

        Returns:
            StablecoinSubaccountList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccounts._get_kwargs()
        return cast(
            "StablecoinSubaccountList",
            self._invoker.request("list_stablecoin_subaccounts", request, _list_stablecoin_subaccounts._parse_response),
        )

    def create_stablecoin_subaccount(
        self,
        *,
        body: StablecoinSubaccountCreateRequest,
    ) -> StablecoinSubaccountCreateResponse:
        """Create a stable subaccount

        Creates the stablecoin subaccount of an approved account registration (201 when new, 200
        when it already existed).

        `POST /api/v1/stablecoin/subaccount`

        Args:
            body: The request body.

        Returns:
            StablecoinSubaccountCreateResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinSubaccountCreateResponse",
            self._invoker.request(
                "create_stablecoin_subaccount", request, _create_stablecoin_subaccount._parse_response
            ),
        )

    def get_stablecoin_subaccount(
        self,
        sub_account_id: str,
    ) -> StablecoinSubaccountResponse:
        """Get a stable subaccount

        Returns one stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            StablecoinSubaccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "StablecoinSubaccountResponse",
            self._invoker.request("get_stablecoin_subaccount", request, _get_stablecoin_subaccount._parse_response),
        )

    def get_stablecoin_subaccount_balances(
        self,
        sub_account_id: str,
    ) -> StablecoinBalances:
        """Get stable subaccount balances

        Returns the balance per asset of a stablecoin subaccount, read live from the provider.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/balances`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            StablecoinBalances: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount_balances._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "StablecoinBalances",
            self._invoker.request(
                "get_stablecoin_subaccount_balances", request, _get_stablecoin_subaccount_balances._parse_response
            ),
        )

    def list_stablecoin_subaccount_wallets(
        self,
        sub_account_id: str,
    ) -> StablecoinWalletList:
        """List wallets of a stable subaccount

        Returns the on-chain deposit addresses of a stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/wallets`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            StablecoinWalletList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccount_wallets._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "StablecoinWalletList",
            self._invoker.request(
                "list_stablecoin_subaccount_wallets", request, _list_stablecoin_subaccount_wallets._parse_response
            ),
        )

    def list_stablecoin_wallets(
        self,
    ) -> StablecoinWalletList:
        """List wallets of the AppID account

        On-chain deposit addresses of the stable subaccount tied to the AppID's account. Assets
        sent there fund the float that payouts spend.

        `GET /api/v1/stablecoin/wallets`

        Returns:
            StablecoinWalletList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_wallets._get_kwargs()
        return cast(
            "StablecoinWalletList",
            self._invoker.request("list_stablecoin_wallets", request, _list_stablecoin_wallets._parse_response),
        )


class StablecoinsResourceWithRawResponse:
    """Like `StablecoinsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositRequest,
    ) -> RawResponse[StablecoinDepositResponse]:
        """Start a stablecoin deposit

        Converts a BRL amount (cents, paid in by Pix) into a stablecoin delivered on the chosen
        network.
        Needs a stable subaccount with a completed KYB. Not every asset exists on every network (a
        wrong combination is a 400); the network defaults to POLYGON. Idempotent by correlationId.

        `POST /api/v1/stablecoin/deposit`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinDepositResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinDepositResponse]",
            self._invoker.request_raw("create_stablecoin_deposit", request, _create_stablecoin_deposit._parse_response),
        )

    def approve_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositApproveRequest,
    ) -> RawResponse[StablecoinDepositApproveResponse]:
        """Approve a stablecoin deposit

        Pays a created deposit from the account balance, identified by its correlationId.

        `POST /api/v1/stablecoin/deposit/approve`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinDepositApproveResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinDepositApproveResponse]",
            self._invoker.request_raw(
                "approve_stablecoin_deposit", request, _approve_stablecoin_deposit._parse_response
            ),
        )

    def get_stablecoin_payout_by_correlation_id(
        self,
        *,
        correlation_id: str,
    ) -> RawResponse[StablecoinPayout]:
        """Get a payout by correlationId

        Same as getStablecoinPayout, but finds the payout by the correlationId chosen at creation.

        `GET /api/v1/stablecoin/payout`

        Args:
            correlation_id: correlationId given to createStablecoinPayout.

        Returns:
            RawResponse[StablecoinPayout]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_by_correlation_id._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[StablecoinPayout]",
            self._invoker.request_raw(
                "get_stablecoin_payout_by_correlation_id",
                request,
                _get_stablecoin_payout_by_correlation_id._parse_response,
            ),
        )

    def create_stablecoin_payout(
        self,
        *,
        body: StablecoinPayoutRequest,
    ) -> RawResponse[StablecoinPayout]:
        """Pay out stablecoin balance by Pix

        Sells stablecoins from the company's internal float for BRL and pays the result to a Pix
        key.
        `value` counts cents of the asset being sold. A repeated correlationId gives back the
        payout
        already made with it.

        `POST /api/v1/stablecoin/payout`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinPayout]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_payout._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinPayout]",
            self._invoker.request_raw("create_stablecoin_payout", request, _create_stablecoin_payout._parse_response),
        )

    def get_stablecoin_payout_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency,
    ) -> RawResponse[StablecoinQuoteResponse]:
        """Quote a payout

        Quotes how much BRL a payout of the given stablecoin amount would deliver.

        `GET /api/v1/stablecoin/payout/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            RawResponse[StablecoinQuoteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "RawResponse[StablecoinQuoteResponse]",
            self._invoker.request_raw(
                "get_stablecoin_payout_quote", request, _get_stablecoin_payout_quote._parse_response
            ),
        )

    def get_stablecoin_payout(
        self,
        payout_id: str,
    ) -> RawResponse[StablecoinPayout]:
        """Get a payout

        State of a payout. While it is still in progress Woovi re-reads it from the provider
        before answering.

        `GET /api/v1/stablecoin/payout/{payout_id}`

        Args:
            payout_id: Id returned by createStablecoinPayout.

        Returns:
            RawResponse[StablecoinPayout]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout._get_kwargs(
            payout_id=payout_id,
        )
        return cast(
            "RawResponse[StablecoinPayout]",
            self._invoker.request_raw("get_stablecoin_payout", request, _get_stablecoin_payout._parse_response),
        )

    def get_stablecoin_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency | None = None,
    ) -> RawResponse[StablecoinQuoteResponse]:
        """Quote a deposit

        Quotes how much stablecoin a BRL amount would buy, with the fees applied.

        `GET /api/v1/stablecoin/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            RawResponse[StablecoinQuoteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "RawResponse[StablecoinQuoteResponse]",
            self._invoker.request_raw("get_stablecoin_quote", request, _get_stablecoin_quote._parse_response),
        )

    def list_stablecoin_subaccounts(
        self,
    ) -> RawResponse[StablecoinSubaccountList]:
        """List stable subaccounts

        Lists the stablecoin subaccounts of the company.

        `GET /api/v1/stablecoin/subaccount`

        Returns:
            RawResponse[StablecoinSubaccountList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccounts._get_kwargs()
        return cast(
            "RawResponse[StablecoinSubaccountList]",
            self._invoker.request_raw(
                "list_stablecoin_subaccounts", request, _list_stablecoin_subaccounts._parse_response
            ),
        )

    def create_stablecoin_subaccount(
        self,
        *,
        body: StablecoinSubaccountCreateRequest,
    ) -> RawResponse[StablecoinSubaccountCreateResponse]:
        """Create a stable subaccount

        Creates the stablecoin subaccount of an approved account registration (201 when new, 200
        when it already existed).

        `POST /api/v1/stablecoin/subaccount`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinSubaccountCreateResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinSubaccountCreateResponse]",
            self._invoker.request_raw(
                "create_stablecoin_subaccount", request, _create_stablecoin_subaccount._parse_response
            ),
        )

    def get_stablecoin_subaccount(
        self,
        sub_account_id: str,
    ) -> RawResponse[StablecoinSubaccountResponse]:
        """Get a stable subaccount

        Returns one stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            RawResponse[StablecoinSubaccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "RawResponse[StablecoinSubaccountResponse]",
            self._invoker.request_raw("get_stablecoin_subaccount", request, _get_stablecoin_subaccount._parse_response),
        )

    def get_stablecoin_subaccount_balances(
        self,
        sub_account_id: str,
    ) -> RawResponse[StablecoinBalances]:
        """Get stable subaccount balances

        Returns the balance per asset of a stablecoin subaccount, read live from the provider.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/balances`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            RawResponse[StablecoinBalances]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount_balances._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "RawResponse[StablecoinBalances]",
            self._invoker.request_raw(
                "get_stablecoin_subaccount_balances", request, _get_stablecoin_subaccount_balances._parse_response
            ),
        )

    def list_stablecoin_subaccount_wallets(
        self,
        sub_account_id: str,
    ) -> RawResponse[StablecoinWalletList]:
        """List wallets of a stable subaccount

        Returns the on-chain deposit addresses of a stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/wallets`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            RawResponse[StablecoinWalletList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccount_wallets._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "RawResponse[StablecoinWalletList]",
            self._invoker.request_raw(
                "list_stablecoin_subaccount_wallets", request, _list_stablecoin_subaccount_wallets._parse_response
            ),
        )

    def list_stablecoin_wallets(
        self,
    ) -> RawResponse[StablecoinWalletList]:
        """List wallets of the AppID account

        On-chain deposit addresses of the stable subaccount tied to the AppID's account. Assets
        sent there fund the float that payouts spend.

        `GET /api/v1/stablecoin/wallets`

        Returns:
            RawResponse[StablecoinWalletList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_wallets._get_kwargs()
        return cast(
            "RawResponse[StablecoinWalletList]",
            self._invoker.request_raw("list_stablecoin_wallets", request, _list_stablecoin_wallets._parse_response),
        )


class AsyncStablecoinsResource:
    """Operations tagged `stablecoins`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncStablecoinsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncStablecoinsResourceWithRawResponse(self._invoker)

    async def create_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositRequest,
    ) -> StablecoinDepositResponse:
        """Start a stablecoin deposit

        Converts a BRL amount (cents, paid in by Pix) into a stablecoin delivered on the chosen
        network.
        Needs a stable subaccount with a completed KYB. Not every asset exists on every network (a
        wrong combination is a 400); the network defaults to POLYGON. Idempotent by correlationId.

        `POST /api/v1/stablecoin/deposit`

        Args:
            body: The request body.

        Returns:
            StablecoinDepositResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinDepositResponse",
            await self._invoker.request(
                "create_stablecoin_deposit", request, _create_stablecoin_deposit._parse_response
            ),
        )

    async def approve_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositApproveRequest,
    ) -> StablecoinDepositApproveResponse:
        """Approve a stablecoin deposit

        Pays a created deposit from the account balance, identified by its correlationId.

        `POST /api/v1/stablecoin/deposit/approve`

        Args:
            body: The request body.

        Returns:
            StablecoinDepositApproveResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinDepositApproveResponse",
            await self._invoker.request(
                "approve_stablecoin_deposit", request, _approve_stablecoin_deposit._parse_response
            ),
        )

    async def get_stablecoin_payout_by_correlation_id(
        self,
        *,
        correlation_id: str,
    ) -> StablecoinPayout:
        """Get a payout by correlationId

        Same as getStablecoinPayout, but finds the payout by the correlationId chosen at creation.

        `GET /api/v1/stablecoin/payout`

        Args:
            correlation_id: correlationId given to createStablecoinPayout.

        Returns:
            StablecoinPayout: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_by_correlation_id._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "StablecoinPayout",
            await self._invoker.request(
                "get_stablecoin_payout_by_correlation_id",
                request,
                _get_stablecoin_payout_by_correlation_id._parse_response,
            ),
        )

    async def create_stablecoin_payout(
        self,
        *,
        body: StablecoinPayoutRequest,
    ) -> StablecoinPayout:
        """Pay out stablecoin balance by Pix

        Sells stablecoins from the company's internal float for BRL and pays the result to a Pix
        key.
        `value` counts cents of the asset being sold. A repeated correlationId gives back the
        payout
        already made with it.

        `POST /api/v1/stablecoin/payout`

        Args:
            body: The request body.

        Returns:
            StablecoinPayout: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_payout._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinPayout",
            await self._invoker.request("create_stablecoin_payout", request, _create_stablecoin_payout._parse_response),
        )

    async def get_stablecoin_payout_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency,
    ) -> StablecoinQuoteResponse:
        """Quote a payout

        Quotes how much BRL a payout of the given stablecoin amount would deliver.

        `GET /api/v1/stablecoin/payout/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            StablecoinQuoteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "StablecoinQuoteResponse",
            await self._invoker.request(
                "get_stablecoin_payout_quote", request, _get_stablecoin_payout_quote._parse_response
            ),
        )

    async def get_stablecoin_payout(
        self,
        payout_id: str,
    ) -> StablecoinPayout:
        """Get a payout

        State of a payout. While it is still in progress Woovi re-reads it from the provider
        before answering.

        `GET /api/v1/stablecoin/payout/{payout_id}`

        Args:
            payout_id: Id returned by createStablecoinPayout.

        Returns:
            StablecoinPayout: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout._get_kwargs(
            payout_id=payout_id,
        )
        return cast(
            "StablecoinPayout",
            await self._invoker.request("get_stablecoin_payout", request, _get_stablecoin_payout._parse_response),
        )

    async def get_stablecoin_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency | None = None,
    ) -> StablecoinQuoteResponse:
        """Quote a deposit

        Quotes how much stablecoin a BRL amount would buy, with the fees applied.

        `GET /api/v1/stablecoin/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            StablecoinQuoteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "StablecoinQuoteResponse",
            await self._invoker.request("get_stablecoin_quote", request, _get_stablecoin_quote._parse_response),
        )

    async def list_stablecoin_subaccounts(
        self,
    ) -> StablecoinSubaccountList:
        """List stable subaccounts

        Lists the stablecoin subaccounts of the company.

        `GET /api/v1/stablecoin/subaccount`

        Returns:
            StablecoinSubaccountList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccounts._get_kwargs()
        return cast(
            "StablecoinSubaccountList",
            await self._invoker.request(
                "list_stablecoin_subaccounts", request, _list_stablecoin_subaccounts._parse_response
            ),
        )

    async def create_stablecoin_subaccount(
        self,
        *,
        body: StablecoinSubaccountCreateRequest,
    ) -> StablecoinSubaccountCreateResponse:
        """Create a stable subaccount

        Creates the stablecoin subaccount of an approved account registration (201 when new, 200
        when it already existed).

        `POST /api/v1/stablecoin/subaccount`

        Args:
            body: The request body.

        Returns:
            StablecoinSubaccountCreateResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "StablecoinSubaccountCreateResponse",
            await self._invoker.request(
                "create_stablecoin_subaccount", request, _create_stablecoin_subaccount._parse_response
            ),
        )

    async def get_stablecoin_subaccount(
        self,
        sub_account_id: str,
    ) -> StablecoinSubaccountResponse:
        """Get a stable subaccount

        Returns one stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            StablecoinSubaccountResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "StablecoinSubaccountResponse",
            await self._invoker.request(
                "get_stablecoin_subaccount", request, _get_stablecoin_subaccount._parse_response
            ),
        )

    async def get_stablecoin_subaccount_balances(
        self,
        sub_account_id: str,
    ) -> StablecoinBalances:
        """Get stable subaccount balances

        Returns the balance per asset of a stablecoin subaccount, read live from the provider.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/balances`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            StablecoinBalances: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount_balances._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "StablecoinBalances",
            await self._invoker.request(
                "get_stablecoin_subaccount_balances", request, _get_stablecoin_subaccount_balances._parse_response
            ),
        )

    async def list_stablecoin_subaccount_wallets(
        self,
        sub_account_id: str,
    ) -> StablecoinWalletList:
        """List wallets of a stable subaccount

        Returns the on-chain deposit addresses of a stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/wallets`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            StablecoinWalletList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccount_wallets._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "StablecoinWalletList",
            await self._invoker.request(
                "list_stablecoin_subaccount_wallets", request, _list_stablecoin_subaccount_wallets._parse_response
            ),
        )

    async def list_stablecoin_wallets(
        self,
    ) -> StablecoinWalletList:
        """List wallets of the AppID account

        On-chain deposit addresses of the stable subaccount tied to the AppID's account. Assets
        sent there fund the float that payouts spend.

        `GET /api/v1/stablecoin/wallets`

        Returns:
            StablecoinWalletList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_wallets._get_kwargs()
        return cast(
            "StablecoinWalletList",
            await self._invoker.request("list_stablecoin_wallets", request, _list_stablecoin_wallets._parse_response),
        )


class AsyncStablecoinsResourceWithRawResponse:
    """Like `AsyncStablecoinsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositRequest,
    ) -> RawResponse[StablecoinDepositResponse]:
        """Start a stablecoin deposit

        Converts a BRL amount (cents, paid in by Pix) into a stablecoin delivered on the chosen
        network.
        Needs a stable subaccount with a completed KYB. Not every asset exists on every network (a
        wrong combination is a 400); the network defaults to POLYGON. Idempotent by correlationId.

        `POST /api/v1/stablecoin/deposit`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinDepositResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinDepositResponse]",
            await self._invoker.request_raw(
                "create_stablecoin_deposit", request, _create_stablecoin_deposit._parse_response
            ),
        )

    async def approve_stablecoin_deposit(
        self,
        *,
        body: StablecoinDepositApproveRequest,
    ) -> RawResponse[StablecoinDepositApproveResponse]:
        """Approve a stablecoin deposit

        Pays a created deposit from the account balance, identified by its correlationId.

        `POST /api/v1/stablecoin/deposit/approve`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinDepositApproveResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_stablecoin_deposit._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinDepositApproveResponse]",
            await self._invoker.request_raw(
                "approve_stablecoin_deposit", request, _approve_stablecoin_deposit._parse_response
            ),
        )

    async def get_stablecoin_payout_by_correlation_id(
        self,
        *,
        correlation_id: str,
    ) -> RawResponse[StablecoinPayout]:
        """Get a payout by correlationId

        Same as getStablecoinPayout, but finds the payout by the correlationId chosen at creation.

        `GET /api/v1/stablecoin/payout`

        Args:
            correlation_id: correlationId given to createStablecoinPayout.

        Returns:
            RawResponse[StablecoinPayout]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_by_correlation_id._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[StablecoinPayout]",
            await self._invoker.request_raw(
                "get_stablecoin_payout_by_correlation_id",
                request,
                _get_stablecoin_payout_by_correlation_id._parse_response,
            ),
        )

    async def create_stablecoin_payout(
        self,
        *,
        body: StablecoinPayoutRequest,
    ) -> RawResponse[StablecoinPayout]:
        """Pay out stablecoin balance by Pix

        Sells stablecoins from the company's internal float for BRL and pays the result to a Pix
        key.
        `value` counts cents of the asset being sold. A repeated correlationId gives back the
        payout
        already made with it.

        `POST /api/v1/stablecoin/payout`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinPayout]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_payout._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinPayout]",
            await self._invoker.request_raw(
                "create_stablecoin_payout", request, _create_stablecoin_payout._parse_response
            ),
        )

    async def get_stablecoin_payout_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency,
    ) -> RawResponse[StablecoinQuoteResponse]:
        """Quote a payout

        Quotes how much BRL a payout of the given stablecoin amount would deliver.

        `GET /api/v1/stablecoin/payout/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            RawResponse[StablecoinQuoteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "RawResponse[StablecoinQuoteResponse]",
            await self._invoker.request_raw(
                "get_stablecoin_payout_quote", request, _get_stablecoin_payout_quote._parse_response
            ),
        )

    async def get_stablecoin_payout(
        self,
        payout_id: str,
    ) -> RawResponse[StablecoinPayout]:
        """Get a payout

        State of a payout. While it is still in progress Woovi re-reads it from the provider
        before answering.

        `GET /api/v1/stablecoin/payout/{payout_id}`

        Args:
            payout_id: Id returned by createStablecoinPayout.

        Returns:
            RawResponse[StablecoinPayout]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_payout._get_kwargs(
            payout_id=payout_id,
        )
        return cast(
            "RawResponse[StablecoinPayout]",
            await self._invoker.request_raw("get_stablecoin_payout", request, _get_stablecoin_payout._parse_response),
        )

    async def get_stablecoin_quote(
        self,
        *,
        value: int,
        currency: StablecoinCurrency | None = None,
    ) -> RawResponse[StablecoinQuoteResponse]:
        """Quote a deposit

        Quotes how much stablecoin a BRL amount would buy, with the fees applied.

        `GET /api/v1/stablecoin/quote`

        Args:
            value: Amount in cents.
            currency: Not described in the spec.

        Returns:
            RawResponse[StablecoinQuoteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_quote._get_kwargs(
            value=value,
            currency=currency,
        )
        return cast(
            "RawResponse[StablecoinQuoteResponse]",
            await self._invoker.request_raw("get_stablecoin_quote", request, _get_stablecoin_quote._parse_response),
        )

    async def list_stablecoin_subaccounts(
        self,
    ) -> RawResponse[StablecoinSubaccountList]:
        """List stable subaccounts

        Lists the stablecoin subaccounts of the company.

        `GET /api/v1/stablecoin/subaccount`

        Returns:
            RawResponse[StablecoinSubaccountList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccounts._get_kwargs()
        return cast(
            "RawResponse[StablecoinSubaccountList]",
            await self._invoker.request_raw(
                "list_stablecoin_subaccounts", request, _list_stablecoin_subaccounts._parse_response
            ),
        )

    async def create_stablecoin_subaccount(
        self,
        *,
        body: StablecoinSubaccountCreateRequest,
    ) -> RawResponse[StablecoinSubaccountCreateResponse]:
        """Create a stable subaccount

        Creates the stablecoin subaccount of an approved account registration (201 when new, 200
        when it already existed).

        `POST /api/v1/stablecoin/subaccount`

        Args:
            body: The request body.

        Returns:
            RawResponse[StablecoinSubaccountCreateResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_stablecoin_subaccount._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StablecoinSubaccountCreateResponse]",
            await self._invoker.request_raw(
                "create_stablecoin_subaccount", request, _create_stablecoin_subaccount._parse_response
            ),
        )

    async def get_stablecoin_subaccount(
        self,
        sub_account_id: str,
    ) -> RawResponse[StablecoinSubaccountResponse]:
        """Get a stable subaccount

        Returns one stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            RawResponse[StablecoinSubaccountResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "RawResponse[StablecoinSubaccountResponse]",
            await self._invoker.request_raw(
                "get_stablecoin_subaccount", request, _get_stablecoin_subaccount._parse_response
            ),
        )

    async def get_stablecoin_subaccount_balances(
        self,
        sub_account_id: str,
    ) -> RawResponse[StablecoinBalances]:
        """Get stable subaccount balances

        Returns the balance per asset of a stablecoin subaccount, read live from the provider.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/balances`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            RawResponse[StablecoinBalances]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_stablecoin_subaccount_balances._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "RawResponse[StablecoinBalances]",
            await self._invoker.request_raw(
                "get_stablecoin_subaccount_balances", request, _get_stablecoin_subaccount_balances._parse_response
            ),
        )

    async def list_stablecoin_subaccount_wallets(
        self,
        sub_account_id: str,
    ) -> RawResponse[StablecoinWalletList]:
        """List wallets of a stable subaccount

        Returns the on-chain deposit addresses of a stablecoin subaccount.

        `GET /api/v1/stablecoin/subaccount/{sub_account_id}/wallets`

        Args:
            sub_account_id: Provider id of the stable subaccount.

        Returns:
            RawResponse[StablecoinWalletList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_subaccount_wallets._get_kwargs(
            sub_account_id=sub_account_id,
        )
        return cast(
            "RawResponse[StablecoinWalletList]",
            await self._invoker.request_raw(
                "list_stablecoin_subaccount_wallets", request, _list_stablecoin_subaccount_wallets._parse_response
            ),
        )

    async def list_stablecoin_wallets(
        self,
    ) -> RawResponse[StablecoinWalletList]:
        """List wallets of the AppID account

        On-chain deposit addresses of the stable subaccount tied to the AppID's account. Assets
        sent there fund the float that payouts spend.

        `GET /api/v1/stablecoin/wallets`

        Returns:
            RawResponse[StablecoinWalletList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 502), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_stablecoin_wallets._get_kwargs()
        return cast(
            "RawResponse[StablecoinWalletList]",
            await self._invoker.request_raw(
                "list_stablecoin_wallets", request, _list_stablecoin_wallets._parse_response
            ),
        )


__all__ = [
    "AsyncStablecoinsResource",
    "AsyncStablecoinsResourceWithRawResponse",
    "StablecoinsResource",
    "StablecoinsResourceWithRawResponse",
]
