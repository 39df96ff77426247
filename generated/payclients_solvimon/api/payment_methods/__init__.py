"""Typed operations tagged `payment_methods`.

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
    from ...models.create_payment_method_request import CreatePaymentMethodRequest
    from ...models.order_direction import OrderDirection
    from ...models.payment_method import PaymentMethod
    from ...models.payment_method_page import PaymentMethodPage
    from ...models.payment_method_payment_response import PaymentMethodPaymentResponse
    from ...models.refresh_payment_methods_request import RefreshPaymentMethodsRequest
    from ...models.tokenize_payment_method_request import TokenizePaymentMethodRequest
    from ...models.update_payment_method_request import UpdatePaymentMethodRequest
    from . import create_payment_method as _create_payment_method
    from . import get_payment_method as _get_payment_method
    from . import list_payment_methods as _list_payment_methods
    from . import refresh_payment_methods as _refresh_payment_methods
    from . import tokenize_payment_method as _tokenize_payment_method
    from . import update_payment_method as _update_payment_method
    from . import upsert_payment_method as _upsert_payment_method
else:
    _list_payment_methods = LazyModule(__name__ + ".list_payment_methods")
    _upsert_payment_method = LazyModule(__name__ + ".upsert_payment_method")
    _create_payment_method = LazyModule(__name__ + ".create_payment_method")
    _refresh_payment_methods = LazyModule(__name__ + ".refresh_payment_methods")
    _tokenize_payment_method = LazyModule(__name__ + ".tokenize_payment_method")
    _get_payment_method = LazyModule(__name__ + ".get_payment_method")
    _update_payment_method = LazyModule(__name__ + ".update_payment_method")

_LIST_PAYMENT_METHODS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_payment_methods` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PaymentMethodsResource:
    """Operations tagged `payment_methods`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PaymentMethodsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PaymentMethodsResourceWithRawResponse(self._invoker)

    def list_payment_methods(
        self,
        *,
        customer_id: str | None = None,
        integration_id: str | None = None,
        integration_payment_method_reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PaymentMethodPage, PaymentMethod]:
        """List the payment methods.

        `GET /v1/payment-methods`

        Args:
            customer_id: Only payment methods of this customer.
            integration_id: Only payment methods of this integration.
            integration_payment_method_reference: Only payment methods with this reference in the
                payment integration.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PaymentMethodPage, PaymentMethod]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        return self._invoker.paginate(
            "list_payment_methods",
            request,
            _list_payment_methods._parse_response,
            _LIST_PAYMENT_METHODS_LISTING,
            max_items=max_items,
        )

    def upsert_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethod:
        """Create or update a payment method.

        `PUT /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethod:
        """Create a payment method.

        `POST /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: RefreshPaymentMethodsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethodPage:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethodPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TokenizePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethodPaymentResponse:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethodPaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> PaymentMethod:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethod:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        customer_id: str | None = None,
        integration_id: str | None = None,
        integration_payment_method_reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentMethodPage]:
        """List the payment methods.

        `GET /v1/payment-methods`

        Args:
            customer_id: Only payment methods of this customer.
            integration_id: Only payment methods of this integration.
            integration_payment_method_reference: Only payment methods with this reference in the
                payment integration.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentMethodPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Create or update a payment method.

        `PUT /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Create a payment method.

        `POST /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: RefreshPaymentMethodsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethodPage]:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethodPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TokenizePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethodPaymentResponse]:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethodPaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncPaymentMethodsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPaymentMethodsResourceWithRawResponse(self._invoker)

    def list_payment_methods(
        self,
        *,
        customer_id: str | None = None,
        integration_id: str | None = None,
        integration_payment_method_reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PaymentMethodPage, PaymentMethod]:
        """List the payment methods.

        `GET /v1/payment-methods`

        Args:
            customer_id: Only payment methods of this customer.
            integration_id: Only payment methods of this integration.
            integration_payment_method_reference: Only payment methods with this reference in the
                payment integration.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PaymentMethodPage, PaymentMethod]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        return self._invoker.paginate(
            "list_payment_methods",
            request,
            _list_payment_methods._parse_response,
            _LIST_PAYMENT_METHODS_LISTING,
            max_items=max_items,
        )

    async def upsert_payment_method(
        self,
        *,
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethod:
        """Create or update a payment method.

        `PUT /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethod:
        """Create a payment method.

        `POST /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: RefreshPaymentMethodsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethodPage:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethodPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TokenizePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethodPaymentResponse:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethodPaymentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> PaymentMethod:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentMethod:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentMethod: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        customer_id: str | None = None,
        integration_id: str | None = None,
        integration_payment_method_reference: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentMethodPage]:
        """List the payment methods.

        `GET /v1/payment-methods`

        Args:
            customer_id: Only payment methods of this customer.
            integration_id: Only payment methods of this integration.
            integration_payment_method_reference: Only payment methods with this reference in the
                payment integration.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentMethodPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Create or update a payment method.

        `PUT /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Create a payment method.

        `POST /v1/payment-methods`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: RefreshPaymentMethodsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethodPage]:
        """Refresh the payment methods.

        `POST /v1/payment-methods/refresh`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethodPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: TokenizePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethodPaymentResponse]:
        """Tokenize the payment method.

        `POST /v1/payment-methods/tokenize`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethodPaymentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Get the payment method.

        `GET /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdatePaymentMethodRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Update the payment method.

        `PATCH /v1/payment-methods/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the payment method.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentMethod]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
