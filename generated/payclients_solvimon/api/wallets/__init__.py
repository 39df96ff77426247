"""Typed operations tagged `wallets`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

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
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
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


class WalletsResource:
    """Operations tagged `wallets`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "WalletsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WalletsResourceWithRawResponse(self._invoker)

    def list_auto_top_up_configs(
        self,
        *,
        wallet_id: str,
        pricing_plan_schedule_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> AutoTopupConfigPage:
        """List the auto top up configs.

        `GET /v1/auto-top-up-configs`
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
        body: CreateAutoTopUpConfigRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Create an auto top up config.

        `POST /v1/auto-top-up-configs`
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
        x_platform_id: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Get the auto top up config.

        `GET /v1/auto-top-up-configs/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Activate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Deactivate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        wallet_type_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WalletPage:
        """List the wallets.

        `GET /v1/wallets`
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
        return cast("WalletPage", self._invoker.request("list_wallets", request, _list_wallets._parse_response))

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Create a wallet.

        `POST /v1/wallets`
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
        x_platform_id: str | Unset = UNSET,
    ) -> Wallet:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`
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
        body: WalletBalanceStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletBalanceStatus:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`
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
        pricing_plan_schedule_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfigPage]:
        """List the auto top up configs.

        `GET /v1/auto-top-up-configs`
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
        body: CreateAutoTopUpConfigRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Create an auto top up config.

        `POST /v1/auto-top-up-configs`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Get the auto top up config.

        `GET /v1/auto-top-up-configs/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Activate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Deactivate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        wallet_type_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WalletPage]:
        """List the wallets.

        `GET /v1/wallets`
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
        body: CreateWalletRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Create a wallet.

        `POST /v1/wallets`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`
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
        body: WalletBalanceStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletBalanceStatus]:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`
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
    def with_raw_response(self) -> "AsyncWalletsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWalletsResourceWithRawResponse(self._invoker)

    async def list_auto_top_up_configs(
        self,
        *,
        wallet_id: str,
        pricing_plan_schedule_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> AutoTopupConfigPage:
        """List the auto top up configs.

        `GET /v1/auto-top-up-configs`
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
        body: CreateAutoTopUpConfigRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Create an auto top up config.

        `POST /v1/auto-top-up-configs`
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
        x_platform_id: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Get the auto top up config.

        `GET /v1/auto-top-up-configs/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Activate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> AutoTopupConfig:
        """Deactivate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`
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

    async def list_wallets(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        wallet_type_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WalletPage:
        """List the wallets.

        `GET /v1/wallets`
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
        return cast("WalletPage", await self._invoker.request("list_wallets", request, _list_wallets._parse_response))

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Create a wallet.

        `POST /v1/wallets`
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
        x_platform_id: str | Unset = UNSET,
    ) -> Wallet:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`
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
        body: WalletBalanceStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletBalanceStatus:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Wallet:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`
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
        pricing_plan_schedule_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfigPage]:
        """List the auto top up configs.

        `GET /v1/auto-top-up-configs`
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
        body: CreateAutoTopUpConfigRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Create an auto top up config.

        `POST /v1/auto-top-up-configs`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Get the auto top up config.

        `GET /v1/auto-top-up-configs/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Activate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[AutoTopupConfig]:
        """Deactivate the auto top up config.

        `POST /v1/auto-top-up-configs/{resource_id}/deactivate`
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        wallet_type_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WalletPage]:
        """List the wallets.

        `GET /v1/wallets`
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
        body: CreateWalletRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Create a wallet.

        `POST /v1/wallets`
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
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Get the wallet.

        `GET /v1/wallets/{resource_id_or_reference}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Activate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/activate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Archive the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/archive`
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
        body: WalletBalanceStatusRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletBalanceStatus]:
        """Get the wallet balance.

        `POST /v1/wallets/{resource_id_or_reference}/balance`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Deactivate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deactivate`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Wallet]:
        """Deprecate the wallet.

        `POST /v1/wallets/{resource_id_or_reference}/deprecate`
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
