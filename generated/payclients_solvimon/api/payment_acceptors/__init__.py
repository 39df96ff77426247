"""Typed operations tagged `payment_acceptors`.

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
    from ...models.api_error import ApiError
    from ...models.create_payment_acceptor_request import CreatePaymentAcceptorRequest
    from ...models.list_payment_method_options_request import ListPaymentMethodOptionsRequest
    from ...models.payment_acceptor import PaymentAcceptor
    from ...models.payment_acceptor_page import PaymentAcceptorPage
    from ...models.payment_acceptor_payment_method_options import PaymentAcceptorPaymentMethodOptions
    from ...models.update_payment_acceptor_request import UpdatePaymentAcceptorRequest
    from . import create_payment_acceptor as _create_payment_acceptor
    from . import delete_payment_acceptor as _delete_payment_acceptor
    from . import get_payment_acceptor as _get_payment_acceptor
    from . import list_payment_acceptors as _list_payment_acceptors
    from . import list_payment_method_options as _list_payment_method_options
    from . import update_payment_acceptor as _update_payment_acceptor
else:
    _list_payment_acceptors = LazyModule(__name__ + ".list_payment_acceptors")
    _create_payment_acceptor = LazyModule(__name__ + ".create_payment_acceptor")
    _list_payment_method_options = LazyModule(__name__ + ".list_payment_method_options")
    _get_payment_acceptor = LazyModule(__name__ + ".get_payment_acceptor")
    _delete_payment_acceptor = LazyModule(__name__ + ".delete_payment_acceptor")
    _update_payment_acceptor = LazyModule(__name__ + ".update_payment_acceptor")


class PaymentAcceptorsResource:
    """Operations tagged `payment_acceptors`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PaymentAcceptorsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PaymentAcceptorsResourceWithRawResponse(self._invoker)

    def list_payment_acceptors(
        self,
        *,
        billing_entity_id: str | None = None,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PaymentAcceptorPage:
        """List the payment acceptors.

        `GET /v1/payment-acceptors`

        Args:
            billing_entity_id: Only payment acceptors of this billing entity.
            customer_id: Only payment acceptors of this customer.
            statuses: Only payment acceptors with one of these statuses.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentAcceptorPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_acceptors._get_kwargs(
            billing_entity_id=billing_entity_id,
            customer_id=customer_id,
            statuses=statuses,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentAcceptorPage",
            self._invoker.request("list_payment_acceptors", request, _list_payment_acceptors._parse_response),
        )

    def create_payment_acceptor(
        self,
        *,
        body: CreatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentAcceptor:
        """Create a payment acceptor.

        `POST /v1/payment-acceptors`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_acceptor._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentAcceptor",
            self._invoker.request("create_payment_acceptor", request, _create_payment_acceptor._parse_response),
        )

    def list_payment_method_options(
        self,
        *,
        body: ListPaymentMethodOptionsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[PaymentAcceptorPaymentMethodOptions]:
        """List the payment method options.

        `POST /v1/payment-acceptors/payment-method-options`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[PaymentAcceptorPaymentMethodOptions]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_method_options._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[PaymentAcceptorPaymentMethodOptions]",
            self._invoker.request("list_payment_method_options", request, _list_payment_method_options._parse_response),
        )

    def get_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PaymentAcceptor:
        """Get the payment acceptor.

        `GET /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentAcceptor",
            self._invoker.request("get_payment_acceptor", request, _get_payment_acceptor._parse_response),
        )

    def delete_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentAcceptor:
        """Delete the payment acceptor.

        `DELETE /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentAcceptor",
            self._invoker.request("delete_payment_acceptor", request, _delete_payment_acceptor._parse_response),
        )

    def update_payment_acceptor(
        self,
        resource_id: str,
        *,
        body: UpdatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentAcceptor:
        """Update the payment acceptor.

        `PATCH /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentAcceptor",
            self._invoker.request("update_payment_acceptor", request, _update_payment_acceptor._parse_response),
        )


class PaymentAcceptorsResourceWithRawResponse:
    """Like `PaymentAcceptorsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_payment_acceptors(
        self,
        *,
        billing_entity_id: str | None = None,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentAcceptorPage]:
        """List the payment acceptors.

        `GET /v1/payment-acceptors`

        Args:
            billing_entity_id: Only payment acceptors of this billing entity.
            customer_id: Only payment acceptors of this customer.
            statuses: Only payment acceptors with one of these statuses.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentAcceptorPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_acceptors._get_kwargs(
            billing_entity_id=billing_entity_id,
            customer_id=customer_id,
            statuses=statuses,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentAcceptorPage]",
            self._invoker.request_raw("list_payment_acceptors", request, _list_payment_acceptors._parse_response),
        )

    def create_payment_acceptor(
        self,
        *,
        body: CreatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Create a payment acceptor.

        `POST /v1/payment-acceptors`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_acceptor._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            self._invoker.request_raw("create_payment_acceptor", request, _create_payment_acceptor._parse_response),
        )

    def list_payment_method_options(
        self,
        *,
        body: ListPaymentMethodOptionsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[PaymentAcceptorPaymentMethodOptions]]:
        """List the payment method options.

        `POST /v1/payment-acceptors/payment-method-options`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[PaymentAcceptorPaymentMethodOptions]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_method_options._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[PaymentAcceptorPaymentMethodOptions]]",
            self._invoker.request_raw(
                "list_payment_method_options", request, _list_payment_method_options._parse_response
            ),
        )

    def get_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Get the payment acceptor.

        `GET /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            self._invoker.request_raw("get_payment_acceptor", request, _get_payment_acceptor._parse_response),
        )

    def delete_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Delete the payment acceptor.

        `DELETE /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            self._invoker.request_raw("delete_payment_acceptor", request, _delete_payment_acceptor._parse_response),
        )

    def update_payment_acceptor(
        self,
        resource_id: str,
        *,
        body: UpdatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Update the payment acceptor.

        `PATCH /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            self._invoker.request_raw("update_payment_acceptor", request, _update_payment_acceptor._parse_response),
        )


class AsyncPaymentAcceptorsResource:
    """Operations tagged `payment_acceptors`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPaymentAcceptorsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPaymentAcceptorsResourceWithRawResponse(self._invoker)

    async def list_payment_acceptors(
        self,
        *,
        billing_entity_id: str | None = None,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> PaymentAcceptorPage:
        """List the payment acceptors.

        `GET /v1/payment-acceptors`

        Args:
            billing_entity_id: Only payment acceptors of this billing entity.
            customer_id: Only payment acceptors of this customer.
            statuses: Only payment acceptors with one of these statuses.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentAcceptorPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_acceptors._get_kwargs(
            billing_entity_id=billing_entity_id,
            customer_id=customer_id,
            statuses=statuses,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentAcceptorPage",
            await self._invoker.request("list_payment_acceptors", request, _list_payment_acceptors._parse_response),
        )

    async def create_payment_acceptor(
        self,
        *,
        body: CreatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentAcceptor:
        """Create a payment acceptor.

        `POST /v1/payment-acceptors`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_acceptor._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentAcceptor",
            await self._invoker.request("create_payment_acceptor", request, _create_payment_acceptor._parse_response),
        )

    async def list_payment_method_options(
        self,
        *,
        body: ListPaymentMethodOptionsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[PaymentAcceptorPaymentMethodOptions]:
        """List the payment method options.

        `POST /v1/payment-acceptors/payment-method-options`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[PaymentAcceptorPaymentMethodOptions]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_method_options._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[PaymentAcceptorPaymentMethodOptions]",
            await self._invoker.request(
                "list_payment_method_options", request, _list_payment_method_options._parse_response
            ),
        )

    async def get_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> PaymentAcceptor:
        """Get the payment acceptor.

        `GET /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PaymentAcceptor",
            await self._invoker.request("get_payment_acceptor", request, _get_payment_acceptor._parse_response),
        )

    async def delete_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentAcceptor:
        """Delete the payment acceptor.

        `DELETE /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentAcceptor",
            await self._invoker.request("delete_payment_acceptor", request, _delete_payment_acceptor._parse_response),
        )

    async def update_payment_acceptor(
        self,
        resource_id: str,
        *,
        body: UpdatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentAcceptor:
        """Update the payment acceptor.

        `PATCH /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PaymentAcceptor: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PaymentAcceptor",
            await self._invoker.request("update_payment_acceptor", request, _update_payment_acceptor._parse_response),
        )


class AsyncPaymentAcceptorsResourceWithRawResponse:
    """Like `AsyncPaymentAcceptorsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_payment_acceptors(
        self,
        *,
        billing_entity_id: str | None = None,
        customer_id: str | None = None,
        statuses: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentAcceptorPage]:
        """List the payment acceptors.

        `GET /v1/payment-acceptors`

        Args:
            billing_entity_id: Only payment acceptors of this billing entity.
            customer_id: Only payment acceptors of this customer.
            statuses: Only payment acceptors with one of these statuses.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentAcceptorPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_acceptors._get_kwargs(
            billing_entity_id=billing_entity_id,
            customer_id=customer_id,
            statuses=statuses,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentAcceptorPage]",
            await self._invoker.request_raw("list_payment_acceptors", request, _list_payment_acceptors._parse_response),
        )

    async def create_payment_acceptor(
        self,
        *,
        body: CreatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Create a payment acceptor.

        `POST /v1/payment-acceptors`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_payment_acceptor._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            await self._invoker.request_raw(
                "create_payment_acceptor", request, _create_payment_acceptor._parse_response
            ),
        )

    async def list_payment_method_options(
        self,
        *,
        body: ListPaymentMethodOptionsRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[PaymentAcceptorPaymentMethodOptions]]:
        """List the payment method options.

        `POST /v1/payment-acceptors/payment-method-options`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[PaymentAcceptorPaymentMethodOptions]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_payment_method_options._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[PaymentAcceptorPaymentMethodOptions]]",
            await self._invoker.request_raw(
                "list_payment_method_options", request, _list_payment_method_options._parse_response
            ),
        )

    async def get_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Get the payment acceptor.

        `GET /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            await self._invoker.request_raw("get_payment_acceptor", request, _get_payment_acceptor._parse_response),
        )

    async def delete_payment_acceptor(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Delete the payment acceptor.

        `DELETE /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            await self._invoker.request_raw(
                "delete_payment_acceptor", request, _delete_payment_acceptor._parse_response
            ),
        )

    async def update_payment_acceptor(
        self,
        resource_id: str,
        *,
        body: UpdatePaymentAcceptorRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PaymentAcceptor]:
        """Update the payment acceptor.

        `PATCH /v1/payment-acceptors/{resource_id}`

        Args:
            resource_id: Id of the payment acceptor.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PaymentAcceptor]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_payment_acceptor._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PaymentAcceptor]",
            await self._invoker.request_raw(
                "update_payment_acceptor", request, _update_payment_acceptor._parse_response
            ),
        )


__all__ = [
    "AsyncPaymentAcceptorsResource",
    "AsyncPaymentAcceptorsResourceWithRawResponse",
    "PaymentAcceptorsResource",
    "PaymentAcceptorsResourceWithRawResponse",
]
