"""Typed operations tagged `cashback`.

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
    from ...models.cashback_balance import CashbackBalance
    from ...models.cashback_create_request import CashbackCreateRequest
    from ...models.cashback_response import CashbackResponse
    from ...models.woovi_error import WooviError
    from . import create_cashback as _create_cashback
    from . import get_cashback_balance as _get_cashback_balance
else:
    _create_cashback = LazyModule(__name__ + ".create_cashback")
    _get_cashback_balance = LazyModule(__name__ + ".get_cashback_balance")


class CashbackResource:
    """Operations tagged `cashback`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CashbackResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CashbackResourceWithRawResponse(self._invoker)

    def create_cashback(
        self,
        *,
        body: CashbackCreateRequest,
    ) -> CashbackResponse:
        """Get or create an exclusive cashback

        Returns the pending exclusive cashback of a customer, creating it with the given value
        when there is none (201 when created).

        `POST /api/v1/cashback-fidelity`

        Args:
            body: The request body.

        Returns:
            CashbackResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_cashback._get_kwargs(
            body=body,
        )
        return cast(
            "CashbackResponse", self._invoker.request("create_cashback", request, _create_cashback._parse_response)
        )

    def get_cashback_balance(
        self,
        tax_id: str,
    ) -> CashbackBalance:
        """Get the exclusive cashback balance

        Returns how much exclusive cashback a customer still has to receive.

        `GET /api/v1/cashback-fidelity/balance/{tax_id}`

        Args:
            tax_id: CPF or CNPJ of the customer, digits only.

        Returns:
            CashbackBalance: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_cashback_balance._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "CashbackBalance",
            self._invoker.request("get_cashback_balance", request, _get_cashback_balance._parse_response),
        )


class CashbackResourceWithRawResponse:
    """Like `CashbackResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_cashback(
        self,
        *,
        body: CashbackCreateRequest,
    ) -> RawResponse[CashbackResponse]:
        """Get or create an exclusive cashback

        Returns the pending exclusive cashback of a customer, creating it with the given value
        when there is none (201 when created).

        `POST /api/v1/cashback-fidelity`

        Args:
            body: The request body.

        Returns:
            RawResponse[CashbackResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_cashback._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[CashbackResponse]",
            self._invoker.request_raw("create_cashback", request, _create_cashback._parse_response),
        )

    def get_cashback_balance(
        self,
        tax_id: str,
    ) -> RawResponse[CashbackBalance]:
        """Get the exclusive cashback balance

        Returns how much exclusive cashback a customer still has to receive.

        `GET /api/v1/cashback-fidelity/balance/{tax_id}`

        Args:
            tax_id: CPF or CNPJ of the customer, digits only.

        Returns:
            RawResponse[CashbackBalance]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_cashback_balance._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[CashbackBalance]",
            self._invoker.request_raw("get_cashback_balance", request, _get_cashback_balance._parse_response),
        )


class AsyncCashbackResource:
    """Operations tagged `cashback`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCashbackResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCashbackResourceWithRawResponse(self._invoker)

    async def create_cashback(
        self,
        *,
        body: CashbackCreateRequest,
    ) -> CashbackResponse:
        """Get or create an exclusive cashback

        Returns the pending exclusive cashback of a customer, creating it with the given value
        when there is none (201 when created).

        `POST /api/v1/cashback-fidelity`

        Args:
            body: The request body.

        Returns:
            CashbackResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_cashback._get_kwargs(
            body=body,
        )
        return cast(
            "CashbackResponse",
            await self._invoker.request("create_cashback", request, _create_cashback._parse_response),
        )

    async def get_cashback_balance(
        self,
        tax_id: str,
    ) -> CashbackBalance:
        """Get the exclusive cashback balance

        Returns how much exclusive cashback a customer still has to receive.

        `GET /api/v1/cashback-fidelity/balance/{tax_id}`

        Args:
            tax_id: CPF or CNPJ of the customer, digits only.

        Returns:
            CashbackBalance: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_cashback_balance._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "CashbackBalance",
            await self._invoker.request("get_cashback_balance", request, _get_cashback_balance._parse_response),
        )


class AsyncCashbackResourceWithRawResponse:
    """Like `AsyncCashbackResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_cashback(
        self,
        *,
        body: CashbackCreateRequest,
    ) -> RawResponse[CashbackResponse]:
        """Get or create an exclusive cashback

        Returns the pending exclusive cashback of a customer, creating it with the given value
        when there is none (201 when created).

        `POST /api/v1/cashback-fidelity`

        Args:
            body: The request body.

        Returns:
            RawResponse[CashbackResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_cashback._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[CashbackResponse]",
            await self._invoker.request_raw("create_cashback", request, _create_cashback._parse_response),
        )

    async def get_cashback_balance(
        self,
        tax_id: str,
    ) -> RawResponse[CashbackBalance]:
        """Get the exclusive cashback balance

        Returns how much exclusive cashback a customer still has to receive.

        `GET /api/v1/cashback-fidelity/balance/{tax_id}`

        Args:
            tax_id: CPF or CNPJ of the customer, digits only.

        Returns:
            RawResponse[CashbackBalance]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_cashback_balance._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[CashbackBalance]",
            await self._invoker.request_raw("get_cashback_balance", request, _get_cashback_balance._parse_response),
        )


__all__ = [
    "AsyncCashbackResource",
    "AsyncCashbackResourceWithRawResponse",
    "CashbackResource",
    "CashbackResourceWithRawResponse",
]
