"""Typed operations tagged `payment_methods`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_payment_method_request import CreatePaymentMethodRequest
from ...models.order_direction import OrderDirection
from ...models.payment_method import PaymentMethod
from ...models.payment_method_page import PaymentMethodPage
from ...models.payment_method_payment_response import PaymentMethodPaymentResponse
from ...models.refresh_payment_methods_request import RefreshPaymentMethodsRequest
from ...models.tokenize_payment_method_request import TokenizePaymentMethodRequest
from ...models.update_payment_method_request import UpdatePaymentMethodRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_payment_method as _create_payment_method
from . import get_payment_method as _get_payment_method
from . import list_payment_methods as _list_payment_methods
from . import refresh_payment_methods as _refresh_payment_methods
from . import tokenize_payment_method as _tokenize_payment_method
from . import update_payment_method as _update_payment_method
from . import upsert_payment_method as _upsert_payment_method


class PaymentMethodsResource:
    """Operations tagged `payment_methods`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "PaymentMethodsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PaymentMethodsResourceWithRawResponse(self._invoker)

    def list_payment_methods(
        self,
        *,
        customer_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        integration_payment_method_reference: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentMethodPage:
        """List the payment methods.

        `GET /v1/payment-methods`
        """
        request = _list_payment_methods._get_kwargs(
            customer_id=customer_id,
            integration_id=integration_id,
            integration_payment_method_reference=integration_payment_method_reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentMethodPage",
            self._invoker.request("list_payment_methods", request, _list_payment_methods._parse_response),
        )

    def upsert_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Upsert the payment method.

        `PUT /v1/payment-methods`
        """
        request = _upsert_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethod",
            self._invoker.request("upsert_payment_method", request, _upsert_payment_method._parse_response),
        )

    def create_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Create a payment method.

        `POST /v1/payment-methods`
        """
        request = _create_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethod",
            self._invoker.request("create_payment_method", request, _create_payment_method._parse_response),
        )

    def refresh_payment_methods(
        self,
        *,
        body: RefreshPaymentMethodsRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethodPage:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`
        """
        request = _refresh_payment_methods._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethodPage",
            self._invoker.request("refresh_payment_methods", request, _refresh_payment_methods._parse_response),
        )

    def tokenize_payment_method(
        self,
        *,
        body: TokenizePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethodPaymentResponse:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`
        """
        request = _tokenize_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethodPaymentResponse",
            self._invoker.request("tokenize_payment_method", request, _tokenize_payment_method._parse_response),
        )

    def get_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _get_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentMethod", self._invoker.request("get_payment_method", request, _get_payment_method._parse_response)
        )

    def update_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _update_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethod",
            self._invoker.request("update_payment_method", request, _update_payment_method._parse_response),
        )


class PaymentMethodsResourceWithRawResponse:
    """Like `PaymentMethodsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_payment_methods(
        self,
        *,
        customer_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        integration_payment_method_reference: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethodPage]:
        """List the payment methods.

        `GET /v1/payment-methods`
        """
        request = _list_payment_methods._get_kwargs(
            customer_id=customer_id,
            integration_id=integration_id,
            integration_payment_method_reference=integration_payment_method_reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentMethodPage]",
            self._invoker.request_raw("list_payment_methods", request, _list_payment_methods._parse_response),
        )

    def upsert_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Upsert the payment method.

        `PUT /v1/payment-methods`
        """
        request = _upsert_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            self._invoker.request_raw("upsert_payment_method", request, _upsert_payment_method._parse_response),
        )

    def create_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Create a payment method.

        `POST /v1/payment-methods`
        """
        request = _create_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            self._invoker.request_raw("create_payment_method", request, _create_payment_method._parse_response),
        )

    def refresh_payment_methods(
        self,
        *,
        body: RefreshPaymentMethodsRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethodPage]:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`
        """
        request = _refresh_payment_methods._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethodPage]",
            self._invoker.request_raw("refresh_payment_methods", request, _refresh_payment_methods._parse_response),
        )

    def tokenize_payment_method(
        self,
        *,
        body: TokenizePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethodPaymentResponse]:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`
        """
        request = _tokenize_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethodPaymentResponse]",
            self._invoker.request_raw("tokenize_payment_method", request, _tokenize_payment_method._parse_response),
        )

    def get_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _get_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            self._invoker.request_raw("get_payment_method", request, _get_payment_method._parse_response),
        )

    def update_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _update_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            self._invoker.request_raw("update_payment_method", request, _update_payment_method._parse_response),
        )


class AsyncPaymentMethodsResource:
    """Operations tagged `payment_methods`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncPaymentMethodsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPaymentMethodsResourceWithRawResponse(self._invoker)

    async def list_payment_methods(
        self,
        *,
        customer_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        integration_payment_method_reference: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentMethodPage:
        """List the payment methods.

        `GET /v1/payment-methods`
        """
        request = _list_payment_methods._get_kwargs(
            customer_id=customer_id,
            integration_id=integration_id,
            integration_payment_method_reference=integration_payment_method_reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentMethodPage",
            await self._invoker.request("list_payment_methods", request, _list_payment_methods._parse_response),
        )

    async def upsert_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Upsert the payment method.

        `PUT /v1/payment-methods`
        """
        request = _upsert_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethod",
            await self._invoker.request("upsert_payment_method", request, _upsert_payment_method._parse_response),
        )

    async def create_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Create a payment method.

        `POST /v1/payment-methods`
        """
        request = _create_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethod",
            await self._invoker.request("create_payment_method", request, _create_payment_method._parse_response),
        )

    async def refresh_payment_methods(
        self,
        *,
        body: RefreshPaymentMethodsRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethodPage:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`
        """
        request = _refresh_payment_methods._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethodPage",
            await self._invoker.request("refresh_payment_methods", request, _refresh_payment_methods._parse_response),
        )

    async def tokenize_payment_method(
        self,
        *,
        body: TokenizePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethodPaymentResponse:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`
        """
        request = _tokenize_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethodPaymentResponse",
            await self._invoker.request("tokenize_payment_method", request, _tokenize_payment_method._parse_response),
        )

    async def get_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _get_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentMethod",
            await self._invoker.request("get_payment_method", request, _get_payment_method._parse_response),
        )

    async def update_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PaymentMethod:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _update_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentMethod",
            await self._invoker.request("update_payment_method", request, _update_payment_method._parse_response),
        )


class AsyncPaymentMethodsResourceWithRawResponse:
    """Like `AsyncPaymentMethodsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_payment_methods(
        self,
        *,
        customer_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        integration_payment_method_reference: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethodPage]:
        """List the payment methods.

        `GET /v1/payment-methods`
        """
        request = _list_payment_methods._get_kwargs(
            customer_id=customer_id,
            integration_id=integration_id,
            integration_payment_method_reference=integration_payment_method_reference,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentMethodPage]",
            await self._invoker.request_raw("list_payment_methods", request, _list_payment_methods._parse_response),
        )

    async def upsert_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Upsert the payment method.

        `PUT /v1/payment-methods`
        """
        request = _upsert_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            await self._invoker.request_raw("upsert_payment_method", request, _upsert_payment_method._parse_response),
        )

    async def create_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Create a payment method.

        `POST /v1/payment-methods`
        """
        request = _create_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            await self._invoker.request_raw("create_payment_method", request, _create_payment_method._parse_response),
        )

    async def refresh_payment_methods(
        self,
        *,
        body: RefreshPaymentMethodsRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethodPage]:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`
        """
        request = _refresh_payment_methods._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethodPage]",
            await self._invoker.request_raw(
                "refresh_payment_methods", request, _refresh_payment_methods._parse_response
            ),
        )

    async def tokenize_payment_method(
        self,
        *,
        body: TokenizePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethodPaymentResponse]:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`
        """
        request = _tokenize_payment_method._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethodPaymentResponse]",
            await self._invoker.request_raw(
                "tokenize_payment_method", request, _tokenize_payment_method._parse_response
            ),
        )

    async def get_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _get_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            await self._invoker.request_raw("get_payment_method", request, _get_payment_method._parse_response),
        )

    async def update_payment_method(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePaymentMethodRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[PaymentMethod]:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`
        """
        request = _update_payment_method._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentMethod]",
            await self._invoker.request_raw("update_payment_method", request, _update_payment_method._parse_response),
        )


__all__ = [
    "AsyncPaymentMethodsResource",
    "AsyncPaymentMethodsResourceWithRawResponse",
    "PaymentMethodsResource",
    "PaymentMethodsResourceWithRawResponse",
]
