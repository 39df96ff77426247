"""Typed operations tagged `wallet_types`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_wallet_type_request import CreateWalletTypeRequest
from ...models.order_direction import OrderDirection
from ...models.update_wallet_type_request import UpdateWalletTypeRequest
from ...models.wallet_type import WalletType
from ...models.wallet_type_page import WalletTypePage
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_wallet_type as _activate_wallet_type
from . import archive_wallet_type as _archive_wallet_type
from . import create_wallet_type as _create_wallet_type
from . import deactivate_wallet_type as _deactivate_wallet_type
from . import deprecate_wallet_type as _deprecate_wallet_type
from . import get_wallet_type as _get_wallet_type
from . import list_wallet_types as _list_wallet_types
from . import update_wallet_type as _update_wallet_type


class WalletTypesResource:
    """Operations tagged `wallet_types`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "WalletTypesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WalletTypesResourceWithRawResponse(self._invoker)

    def list_wallet_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WalletTypePage:
        """List the wallet types.

        `GET /v1/wallet-types`
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WalletTypePage", self._invoker.request("list_wallet_types", request, _list_wallet_types._parse_response)
        )

    def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Create a wallet type.

        `POST /v1/wallet-types`
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("create_wallet_type", request, _create_wallet_type._parse_response)
        )

    def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> WalletType:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("WalletType", self._invoker.request("get_wallet_type", request, _get_wallet_type._parse_response))

    def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("update_wallet_type", request, _update_wallet_type._parse_response)
        )

    def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("activate_wallet_type", request, _activate_wallet_type._parse_response)
        )

    def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("archive_wallet_type", request, _archive_wallet_type._parse_response)
        )

    def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            self._invoker.request("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            self._invoker.request("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


class WalletTypesResourceWithRawResponse:
    """Like `WalletTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_wallet_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WalletTypePage]:
        """List the wallet types.

        `GET /v1/wallet-types`
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletTypePage]",
            self._invoker.request_raw("list_wallet_types", request, _list_wallet_types._parse_response),
        )

    def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Create a wallet type.

        `POST /v1/wallet-types`
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("create_wallet_type", request, _create_wallet_type._parse_response),
        )

    def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("get_wallet_type", request, _get_wallet_type._parse_response),
        )

    def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("update_wallet_type", request, _update_wallet_type._parse_response),
        )

    def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("activate_wallet_type", request, _activate_wallet_type._parse_response),
        )

    def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("archive_wallet_type", request, _archive_wallet_type._parse_response),
        )

    def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


class AsyncWalletTypesResource:
    """Operations tagged `wallet_types`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncWalletTypesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWalletTypesResourceWithRawResponse(self._invoker)

    async def list_wallet_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> WalletTypePage:
        """List the wallet types.

        `GET /v1/wallet-types`
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WalletTypePage",
            await self._invoker.request("list_wallet_types", request, _list_wallet_types._parse_response),
        )

    async def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Create a wallet type.

        `POST /v1/wallet-types`
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("create_wallet_type", request, _create_wallet_type._parse_response),
        )

    async def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> WalletType:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WalletType", await self._invoker.request("get_wallet_type", request, _get_wallet_type._parse_response)
        )

    async def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("update_wallet_type", request, _update_wallet_type._parse_response),
        )

    async def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("activate_wallet_type", request, _activate_wallet_type._parse_response),
        )

    async def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("archive_wallet_type", request, _archive_wallet_type._parse_response),
        )

    async def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    async def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> WalletType:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


class AsyncWalletTypesResourceWithRawResponse:
    """Like `AsyncWalletTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_wallet_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WalletTypePage]:
        """List the wallet types.

        `GET /v1/wallet-types`
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletTypePage]",
            await self._invoker.request_raw("list_wallet_types", request, _list_wallet_types._parse_response),
        )

    async def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Create a wallet type.

        `POST /v1/wallet-types`
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("create_wallet_type", request, _create_wallet_type._parse_response),
        )

    async def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("get_wallet_type", request, _get_wallet_type._parse_response),
        )

    async def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("update_wallet_type", request, _update_wallet_type._parse_response),
        )

    async def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("activate_wallet_type", request, _activate_wallet_type._parse_response),
        )

    async def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("archive_wallet_type", request, _archive_wallet_type._parse_response),
        )

    async def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    async def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[WalletType]:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


__all__ = [
    "AsyncWalletTypesResource",
    "AsyncWalletTypesResourceWithRawResponse",
    "WalletTypesResource",
    "WalletTypesResourceWithRawResponse",
]
