"""Typed operations tagged `credit_types`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_credit_type_request import CreateCreditTypeRequest
from ...models.credit_type import CreditType
from ...models.credit_type_page import CreditTypePage
from ...models.order_direction import OrderDirection
from ...models.update_credit_type_request import UpdateCreditTypeRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_credit_type as _activate_credit_type
from . import archive_credit_type as _archive_credit_type
from . import create_credit_type as _create_credit_type
from . import deactivate_credit_type as _deactivate_credit_type
from . import deprecate_credit_type as _deprecate_credit_type
from . import get_credit_type as _get_credit_type
from . import list_credit_types as _list_credit_types
from . import update_credit_type as _update_credit_type


class CreditTypesResource:
    """Operations tagged `credit_types`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "CreditTypesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CreditTypesResourceWithRawResponse(self._invoker)

    def list_credit_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> CreditTypePage:
        """List the credit types.

        `GET /v1/credit-types`
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CreditTypePage", self._invoker.request("list_credit_types", request, _list_credit_types._parse_response)
        )

    def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Create a credit type.

        `POST /v1/credit-types`
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("create_credit_type", request, _create_credit_type._parse_response)
        )

    def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> CreditType:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("CreditType", self._invoker.request("get_credit_type", request, _get_credit_type._parse_response))

    def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("update_credit_type", request, _update_credit_type._parse_response)
        )

    def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("activate_credit_type", request, _activate_credit_type._parse_response)
        )

    def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("archive_credit_type", request, _archive_credit_type._parse_response)
        )

    def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            self._invoker.request("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            self._invoker.request("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


class CreditTypesResourceWithRawResponse:
    """Like `CreditTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_credit_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CreditTypePage]:
        """List the credit types.

        `GET /v1/credit-types`
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditTypePage]",
            self._invoker.request_raw("list_credit_types", request, _list_credit_types._parse_response),
        )

    def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Create a credit type.

        `POST /v1/credit-types`
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("create_credit_type", request, _create_credit_type._parse_response),
        )

    def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("get_credit_type", request, _get_credit_type._parse_response),
        )

    def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("update_credit_type", request, _update_credit_type._parse_response),
        )

    def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("activate_credit_type", request, _activate_credit_type._parse_response),
        )

    def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("archive_credit_type", request, _archive_credit_type._parse_response),
        )

    def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


class AsyncCreditTypesResource:
    """Operations tagged `credit_types`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncCreditTypesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCreditTypesResourceWithRawResponse(self._invoker)

    async def list_credit_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> CreditTypePage:
        """List the credit types.

        `GET /v1/credit-types`
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CreditTypePage",
            await self._invoker.request("list_credit_types", request, _list_credit_types._parse_response),
        )

    async def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Create a credit type.

        `POST /v1/credit-types`
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("create_credit_type", request, _create_credit_type._parse_response),
        )

    async def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> CreditType:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CreditType", await self._invoker.request("get_credit_type", request, _get_credit_type._parse_response)
        )

    async def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("update_credit_type", request, _update_credit_type._parse_response),
        )

    async def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("activate_credit_type", request, _activate_credit_type._parse_response),
        )

    async def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("archive_credit_type", request, _archive_credit_type._parse_response),
        )

    async def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    async def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> CreditType:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


class AsyncCreditTypesResourceWithRawResponse:
    """Like `AsyncCreditTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_credit_types(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CreditTypePage]:
        """List the credit types.

        `GET /v1/credit-types`
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditTypePage]",
            await self._invoker.request_raw("list_credit_types", request, _list_credit_types._parse_response),
        )

    async def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Create a credit type.

        `POST /v1/credit-types`
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("create_credit_type", request, _create_credit_type._parse_response),
        )

    async def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("get_credit_type", request, _get_credit_type._parse_response),
        )

    async def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("update_credit_type", request, _update_credit_type._parse_response),
        )

    async def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("activate_credit_type", request, _activate_credit_type._parse_response),
        )

    async def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("archive_credit_type", request, _archive_credit_type._parse_response),
        )

    async def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    async def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[CreditType]:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


__all__ = [
    "AsyncCreditTypesResource",
    "AsyncCreditTypesResourceWithRawResponse",
    "CreditTypesResource",
    "CreditTypesResourceWithRawResponse",
]
