"""Typed operations tagged `installments`.

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
    from ...models.installment_cobr_request import InstallmentCobrRequest
    from ...models.installment_cobr_result import InstallmentCobrResult
    from ...models.installment_response import InstallmentResponse
    from ...models.woovi_error import WooviError
    from . import create_installment_cobr as _create_installment_cobr
    from . import get_installment as _get_installment
    from . import retry_installment_cobr as _retry_installment_cobr
else:
    _get_installment = LazyModule(__name__ + ".get_installment")
    _create_installment_cobr = LazyModule(__name__ + ".create_installment_cobr")
    _retry_installment_cobr = LazyModule(__name__ + ".retry_installment_cobr")


class InstallmentsResource:
    """Operations tagged `installments`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> InstallmentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return InstallmentsResourceWithRawResponse(self._invoker)

    def get_installment(
        self,
        id: str,
    ) -> InstallmentResponse:
        """Get an installment

        Returns one installment of a subscription with its CobR (Pix Automatico collection) state.

        `GET /api/v1/installments/{id}`

        Args:
            id: globalID of the installment.

        Returns:
            InstallmentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_installment._get_kwargs(
            id=id,
        )
        return cast(
            "InstallmentResponse", self._invoker.request("get_installment", request, _get_installment._parse_response)
        )

    def create_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> InstallmentCobrResult:
        """Create a CobR for an installment

        Manually schedules the Pix Automatico collection (CobR) of an installment, optionally with
        a different value.

        `POST /api/v1/installments/{id}/cobr`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            InstallmentCobrResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "InstallmentCobrResult",
            self._invoker.request("create_installment_cobr", request, _create_installment_cobr._parse_response),
        )

    def retry_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> InstallmentCobrResult:
        """Retry the CobR of an installment

        Requests a new collection attempt for an installment whose CobR failed.

        `POST /api/v1/installments/{id}/cobr/retry`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            InstallmentCobrResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _retry_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "InstallmentCobrResult",
            self._invoker.request("retry_installment_cobr", request, _retry_installment_cobr._parse_response),
        )


class InstallmentsResourceWithRawResponse:
    """Like `InstallmentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_installment(
        self,
        id: str,
    ) -> RawResponse[InstallmentResponse]:
        """Get an installment

        Returns one installment of a subscription with its CobR (Pix Automatico collection) state.

        `GET /api/v1/installments/{id}`

        Args:
            id: globalID of the installment.

        Returns:
            RawResponse[InstallmentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_installment._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[InstallmentResponse]",
            self._invoker.request_raw("get_installment", request, _get_installment._parse_response),
        )

    def create_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> RawResponse[InstallmentCobrResult]:
        """Create a CobR for an installment

        Manually schedules the Pix Automatico collection (CobR) of an installment, optionally with
        a different value.

        `POST /api/v1/installments/{id}/cobr`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            RawResponse[InstallmentCobrResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[InstallmentCobrResult]",
            self._invoker.request_raw("create_installment_cobr", request, _create_installment_cobr._parse_response),
        )

    def retry_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> RawResponse[InstallmentCobrResult]:
        """Retry the CobR of an installment

        Requests a new collection attempt for an installment whose CobR failed.

        `POST /api/v1/installments/{id}/cobr/retry`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            RawResponse[InstallmentCobrResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _retry_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[InstallmentCobrResult]",
            self._invoker.request_raw("retry_installment_cobr", request, _retry_installment_cobr._parse_response),
        )


class AsyncInstallmentsResource:
    """Operations tagged `installments`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncInstallmentsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncInstallmentsResourceWithRawResponse(self._invoker)

    async def get_installment(
        self,
        id: str,
    ) -> InstallmentResponse:
        """Get an installment

        Returns one installment of a subscription with its CobR (Pix Automatico collection) state.

        `GET /api/v1/installments/{id}`

        Args:
            id: globalID of the installment.

        Returns:
            InstallmentResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_installment._get_kwargs(
            id=id,
        )
        return cast(
            "InstallmentResponse",
            await self._invoker.request("get_installment", request, _get_installment._parse_response),
        )

    async def create_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> InstallmentCobrResult:
        """Create a CobR for an installment

        Manually schedules the Pix Automatico collection (CobR) of an installment, optionally with
        a different value.

        `POST /api/v1/installments/{id}/cobr`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            InstallmentCobrResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "InstallmentCobrResult",
            await self._invoker.request("create_installment_cobr", request, _create_installment_cobr._parse_response),
        )

    async def retry_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> InstallmentCobrResult:
        """Retry the CobR of an installment

        Requests a new collection attempt for an installment whose CobR failed.

        `POST /api/v1/installments/{id}/cobr/retry`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            InstallmentCobrResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _retry_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "InstallmentCobrResult",
            await self._invoker.request("retry_installment_cobr", request, _retry_installment_cobr._parse_response),
        )


class AsyncInstallmentsResourceWithRawResponse:
    """Like `AsyncInstallmentsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_installment(
        self,
        id: str,
    ) -> RawResponse[InstallmentResponse]:
        """Get an installment

        Returns one installment of a subscription with its CobR (Pix Automatico collection) state.

        `GET /api/v1/installments/{id}`

        Args:
            id: globalID of the installment.

        Returns:
            RawResponse[InstallmentResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_installment._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[InstallmentResponse]",
            await self._invoker.request_raw("get_installment", request, _get_installment._parse_response),
        )

    async def create_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> RawResponse[InstallmentCobrResult]:
        """Create a CobR for an installment

        Manually schedules the Pix Automatico collection (CobR) of an installment, optionally with
        a different value.

        `POST /api/v1/installments/{id}/cobr`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            RawResponse[InstallmentCobrResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[InstallmentCobrResult]",
            await self._invoker.request_raw(
                "create_installment_cobr", request, _create_installment_cobr._parse_response
            ),
        )

    async def retry_installment_cobr(
        self,
        id: str,
        *,
        body: InstallmentCobrRequest | None = None,
    ) -> RawResponse[InstallmentCobrResult]:
        """Retry the CobR of an installment

        Requests a new collection attempt for an installment whose CobR failed.

        `POST /api/v1/installments/{id}/cobr/retry`

        Args:
            id: globalID of the installment.
            body: The request body.

        Returns:
            RawResponse[InstallmentCobrResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _retry_installment_cobr._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[InstallmentCobrResult]",
            await self._invoker.request_raw("retry_installment_cobr", request, _retry_installment_cobr._parse_response),
        )


__all__ = [
    "AsyncInstallmentsResource",
    "AsyncInstallmentsResourceWithRawResponse",
    "InstallmentsResource",
    "InstallmentsResourceWithRawResponse",
]
