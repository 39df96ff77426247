"""Typed operations tagged `wallets`.

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
    from ...models.api_error import ApiError
    from ...models.auto_topup_config import AutoTopupConfig
    from ...models.auto_topup_config_page import AutoTopupConfigPage
    from ...models.create_auto_top_up_config_request import CreateAutoTopUpConfigRequest
    from ...models.create_wallet_request import CreateWalletRequest
    from ...models.order_direction import OrderDirection
    from ...models.wallet import Wallet
    from ...models.wallet_balance_status import WalletBalanceStatus
    from ...models.wallet_balance_status_request import WalletBalanceStatusRequest
    from ...models.wallet_page import WalletPage
    from . import activate_auto_top_up_config as _activate_auto_top_up_config
    from . import activate_wallet as _activate_wallet
    from . import archive_wallet as _archive_wallet
    from . import create_auto_top_up_config as _create_auto_top_up_config
    from . import create_wallet as _create_wallet
    from . import deactivate_auto_top_up_config as _deactivate_auto_top_up_config
    from . import deactivate_wallet as _deactivate_wallet
    from . import deprecate_wallet as _deprecate_wallet
    from . import get_auto_top_up_config as _get_auto_top_up_config
    from . import get_wallet as _get_wallet
    from . import get_wallet_balance as _get_wallet_balance
    from . import list_auto_top_up_configs as _list_auto_top_up_configs
    from . import list_wallets as _list_wallets
else:
    _list_auto_top_up_configs = LazyModule(__name__ + ".list_auto_top_up_configs")
    _create_auto_top_up_config = LazyModule(__name__ + ".create_auto_top_up_config")
    _get_auto_top_up_config = LazyModule(__name__ + ".get_auto_top_up_config")
    _activate_auto_top_up_config = LazyModule(__name__ + ".activate_auto_top_up_config")
    _deactivate_auto_top_up_config = LazyModule(__name__ + ".deactivate_auto_top_up_config")
    _list_wallets = LazyModule(__name__ + ".list_wallets")
    _create_wallet = LazyModule(__name__ + ".create_wallet")
    _get_wallet = LazyModule(__name__ + ".get_wallet")
    _activate_wallet = LazyModule(__name__ + ".activate_wallet")
    _archive_wallet = LazyModule(__name__ + ".archive_wallet")
    _get_wallet_balance = LazyModule(__name__ + ".get_wallet_balance")
    _deactivate_wallet = LazyModule(__name__ + ".deactivate_wallet")
    _deprecate_wallet = LazyModule(__name__ + ".deprecate_wallet")

_LIST_WALLETS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_wallets` pages (the spec's `x-payclients-pagination`: style `page`)."""


class WalletsResource:
    """Operations tagged `wallets`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WalletsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WalletsResourceWithRawResponse(self._invoker)

    def list_auto_top_up_configs(
        self,
        *,
        wallet_id: str,
        pricing_plan_schedule_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> AutoTopupConfigPage:
        """List the auto top-up configs.

        `GET /v1/auto-top-up-configs`

        Args:
            wallet_id: Only auto top-up configs of this wallet.
            pricing_plan_schedule_id: Only auto top-up configs of this pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AutoTopupConfigPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_auto_top_up_configs._get_kwargs(
            wallet_id=wallet_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AutoTopupConfigPage",
            self._invoker.request("list_auto_top_up_configs", request, _list_auto_top_up_configs._parse_response),
        )

    def create_auto_top_up_config(
        self,
        *,
        body: CreateAutoTopUpConfigRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AutoTopupConfig:
        """Create an auto top-up config.

        `POST /v1/auto-top-up-configs`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_auto_top_up_config._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AutoTopupConfig",
            self._invoker.request("create_auto_top_up_config", request, _create_auto_top_up_config._parse_response),
        )

    def get_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> AutoTopupConfig:
        """Get the auto top-up config.

        `GET /v1/auto-top-up-configs/{resource_id}`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AutoTopupConfig",
            self._invoker.request("get_auto_top_up_config", request, _get_auto_top_up_config._parse_response),
        )

    def activate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AutoTopupConfig:
        """Activate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AutoTopupConfig",
            self._invoker.request("activate_auto_top_up_config", request, _activate_auto_top_up_config._parse_response),
        )

    def deactivate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AutoTopupConfig:
        """Deactivate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AutoTopupConfig",
            self._invoker.request(
                "deactivate_auto_top_up_config", request, _deactivate_auto_top_up_config._parse_response
            ),
        )

    def list_wallets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_type_id: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[WalletPage, Wallet]:
        """List the wallets.

        `GET /v1/wallets`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallets of this customer.
            wallet_type_id: Only wallets of this wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[WalletPage, Wallet]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallets._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_type_id=wallet_type_id,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_wallets", request, _list_wallets._parse_response, _LIST_WALLETS_LISTING, max_items=max_items
        )

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Create a wallet.

        `POST /v1/wallets`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", self._invoker.request("create_wallet", request, _create_wallet._parse_response))

    def get_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Wallet:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("Wallet", self._invoker.request("get_wallet", request, _get_wallet._parse_response))

    def activate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", self._invoker.request("activate_wallet", request, _activate_wallet._parse_response))

    def archive_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", self._invoker.request("archive_wallet", request, _archive_wallet._parse_response))

    def get_wallet_balance(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletBalanceStatus:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletBalanceStatus: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_balance._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletBalanceStatus",
            self._invoker.request("get_wallet_balance", request, _get_wallet_balance._parse_response),
        )

    def deactivate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", self._invoker.request("deactivate_wallet", request, _deactivate_wallet._parse_response))

    def deprecate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", self._invoker.request("deprecate_wallet", request, _deprecate_wallet._parse_response))


class WalletsResourceWithRawResponse:
    """Like `WalletsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_auto_top_up_configs(
        self,
        *,
        wallet_id: str,
        pricing_plan_schedule_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AutoTopupConfigPage]:
        """List the auto top-up configs.

        `GET /v1/auto-top-up-configs`

        Args:
            wallet_id: Only auto top-up configs of this wallet.
            pricing_plan_schedule_id: Only auto top-up configs of this pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AutoTopupConfigPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_auto_top_up_configs._get_kwargs(
            wallet_id=wallet_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AutoTopupConfigPage]",
            self._invoker.request_raw("list_auto_top_up_configs", request, _list_auto_top_up_configs._parse_response),
        )

    def create_auto_top_up_config(
        self,
        *,
        body: CreateAutoTopUpConfigRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Create an auto top-up config.

        `POST /v1/auto-top-up-configs`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_auto_top_up_config._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            self._invoker.request_raw("create_auto_top_up_config", request, _create_auto_top_up_config._parse_response),
        )

    def get_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Get the auto top-up config.

        `GET /v1/auto-top-up-configs/{resource_id}`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            self._invoker.request_raw("get_auto_top_up_config", request, _get_auto_top_up_config._parse_response),
        )

    def activate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Activate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            self._invoker.request_raw(
                "activate_auto_top_up_config", request, _activate_auto_top_up_config._parse_response
            ),
        )

    def deactivate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Deactivate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            self._invoker.request_raw(
                "deactivate_auto_top_up_config", request, _deactivate_auto_top_up_config._parse_response
            ),
        )

    def list_wallets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_type_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletPage]:
        """List the wallets.

        `GET /v1/wallets`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallets of this customer.
            wallet_type_id: Only wallets of this wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallets._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_type_id=wallet_type_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletPage]", self._invoker.request_raw("list_wallets", request, _list_wallets._parse_response)
        )

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Create a wallet.

        `POST /v1/wallets`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]", self._invoker.request_raw("create_wallet", request, _create_wallet._parse_response)
        )

    def get_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Wallet]:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Wallet]", self._invoker.request_raw("get_wallet", request, _get_wallet._parse_response)
        )

    def activate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            self._invoker.request_raw("activate_wallet", request, _activate_wallet._parse_response),
        )

    def archive_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]", self._invoker.request_raw("archive_wallet", request, _archive_wallet._parse_response)
        )

    def get_wallet_balance(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletBalanceStatus]:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletBalanceStatus]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_balance._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletBalanceStatus]",
            self._invoker.request_raw("get_wallet_balance", request, _get_wallet_balance._parse_response),
        )

    def deactivate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            self._invoker.request_raw("deactivate_wallet", request, _deactivate_wallet._parse_response),
        )

    def deprecate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            self._invoker.request_raw("deprecate_wallet", request, _deprecate_wallet._parse_response),
        )


class AsyncWalletsResource:
    """Operations tagged `wallets`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncWalletsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWalletsResourceWithRawResponse(self._invoker)

    async def list_auto_top_up_configs(
        self,
        *,
        wallet_id: str,
        pricing_plan_schedule_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> AutoTopupConfigPage:
        """List the auto top-up configs.

        `GET /v1/auto-top-up-configs`

        Args:
            wallet_id: Only auto top-up configs of this wallet.
            pricing_plan_schedule_id: Only auto top-up configs of this pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AutoTopupConfigPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_auto_top_up_configs._get_kwargs(
            wallet_id=wallet_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AutoTopupConfigPage",
            await self._invoker.request("list_auto_top_up_configs", request, _list_auto_top_up_configs._parse_response),
        )

    async def create_auto_top_up_config(
        self,
        *,
        body: CreateAutoTopUpConfigRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AutoTopupConfig:
        """Create an auto top-up config.

        `POST /v1/auto-top-up-configs`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_auto_top_up_config._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AutoTopupConfig",
            await self._invoker.request(
                "create_auto_top_up_config", request, _create_auto_top_up_config._parse_response
            ),
        )

    async def get_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> AutoTopupConfig:
        """Get the auto top-up config.

        `GET /v1/auto-top-up-configs/{resource_id}`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AutoTopupConfig",
            await self._invoker.request("get_auto_top_up_config", request, _get_auto_top_up_config._parse_response),
        )

    async def activate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AutoTopupConfig:
        """Activate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AutoTopupConfig",
            await self._invoker.request(
                "activate_auto_top_up_config", request, _activate_auto_top_up_config._parse_response
            ),
        )

    async def deactivate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AutoTopupConfig:
        """Deactivate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            AutoTopupConfig: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "AutoTopupConfig",
            await self._invoker.request(
                "deactivate_auto_top_up_config", request, _deactivate_auto_top_up_config._parse_response
            ),
        )

    def list_wallets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_type_id: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WalletPage, Wallet]:
        """List the wallets.

        `GET /v1/wallets`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallets of this customer.
            wallet_type_id: Only wallets of this wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[WalletPage, Wallet]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallets._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_type_id=wallet_type_id,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_wallets", request, _list_wallets._parse_response, _LIST_WALLETS_LISTING, max_items=max_items
        )

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Create a wallet.

        `POST /v1/wallets`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", await self._invoker.request("create_wallet", request, _create_wallet._parse_response))

    async def get_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Wallet:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("Wallet", await self._invoker.request("get_wallet", request, _get_wallet._parse_response))

    async def activate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", await self._invoker.request("activate_wallet", request, _activate_wallet._parse_response))

    async def archive_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Wallet", await self._invoker.request("archive_wallet", request, _archive_wallet._parse_response))

    async def get_wallet_balance(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletBalanceStatus:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletBalanceStatus: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_balance._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletBalanceStatus",
            await self._invoker.request("get_wallet_balance", request, _get_wallet_balance._parse_response),
        )

    async def deactivate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Wallet", await self._invoker.request("deactivate_wallet", request, _deactivate_wallet._parse_response)
        )

    async def deprecate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Wallet:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Wallet: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Wallet", await self._invoker.request("deprecate_wallet", request, _deprecate_wallet._parse_response)
        )


class AsyncWalletsResourceWithRawResponse:
    """Like `AsyncWalletsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_auto_top_up_configs(
        self,
        *,
        wallet_id: str,
        pricing_plan_schedule_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AutoTopupConfigPage]:
        """List the auto top-up configs.

        `GET /v1/auto-top-up-configs`

        Args:
            wallet_id: Only auto top-up configs of this wallet.
            pricing_plan_schedule_id: Only auto top-up configs of this pricing plan schedule.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AutoTopupConfigPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_auto_top_up_configs._get_kwargs(
            wallet_id=wallet_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AutoTopupConfigPage]",
            await self._invoker.request_raw(
                "list_auto_top_up_configs", request, _list_auto_top_up_configs._parse_response
            ),
        )

    async def create_auto_top_up_config(
        self,
        *,
        body: CreateAutoTopUpConfigRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Create an auto top-up config.

        `POST /v1/auto-top-up-configs`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_auto_top_up_config._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            await self._invoker.request_raw(
                "create_auto_top_up_config", request, _create_auto_top_up_config._parse_response
            ),
        )

    async def get_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Get the auto top-up config.

        `GET /v1/auto-top-up-configs/{resource_id}`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            await self._invoker.request_raw("get_auto_top_up_config", request, _get_auto_top_up_config._parse_response),
        )

    async def activate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Activate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            await self._invoker.request_raw(
                "activate_auto_top_up_config", request, _activate_auto_top_up_config._parse_response
            ),
        )

    async def deactivate_auto_top_up_config(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[AutoTopupConfig]:
        """Deactivate the auto top-up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`

        Args:
            resource_id: Id of the auto top-up config.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[AutoTopupConfig]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_auto_top_up_config._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[AutoTopupConfig]",
            await self._invoker.request_raw(
                "deactivate_auto_top_up_config", request, _deactivate_auto_top_up_config._parse_response
            ),
        )

    async def list_wallets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        customer_id: str | None = None,
        wallet_type_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletPage]:
        """List the wallets.

        `GET /v1/wallets`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            customer_id: Only wallets of this customer.
            wallet_type_id: Only wallets of this wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallets._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            customer_id=customer_id,
            wallet_type_id=wallet_type_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletPage]",
            await self._invoker.request_raw("list_wallets", request, _list_wallets._parse_response),
        )

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Create a wallet.

        `POST /v1/wallets`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            await self._invoker.request_raw("create_wallet", request, _create_wallet._parse_response),
        )

    async def get_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Wallet]:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Wallet]", await self._invoker.request_raw("get_wallet", request, _get_wallet._parse_response)
        )

    async def activate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            await self._invoker.request_raw("activate_wallet", request, _activate_wallet._parse_response),
        )

    async def archive_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            await self._invoker.request_raw("archive_wallet", request, _archive_wallet._parse_response),
        )

    async def get_wallet_balance(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletBalanceStatus]:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletBalanceStatus]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_balance._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletBalanceStatus]",
            await self._invoker.request_raw("get_wallet_balance", request, _get_wallet_balance._parse_response),
        )

    async def deactivate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            await self._invoker.request_raw("deactivate_wallet", request, _deactivate_wallet._parse_response),
        )

    async def deprecate_wallet(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Wallet]:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Wallet]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Wallet]",
            await self._invoker.request_raw("deprecate_wallet", request, _deprecate_wallet._parse_response),
        )


__all__ = [
    "AsyncWalletsResource",
    "AsyncWalletsResourceWithRawResponse",
    "WalletsResource",
    "WalletsResourceWithRawResponse",
]
