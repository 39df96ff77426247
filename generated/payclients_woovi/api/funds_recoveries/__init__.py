"""Typed operations tagged `funds_recoveries`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ...types import UNSET, AsyncInvoker, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.funds_recovery import FundsRecovery
    from ...models.funds_recovery_create_request import FundsRecoveryCreateRequest
    from ...models.woovi_error import WooviError
    from . import cancel_funds_recovery as _cancel_funds_recovery
    from . import create_funds_recovery as _create_funds_recovery
    from . import get_funds_recovery as _get_funds_recovery
else:
    _create_funds_recovery = LazyModule(__name__ + ".create_funds_recovery")
    _get_funds_recovery = LazyModule(__name__ + ".get_funds_recovery")
    _cancel_funds_recovery = LazyModule(__name__ + ".cancel_funds_recovery")


class FundsRecoveriesResource:
    """Operations tagged `funds_recoveries`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> FundsRecoveriesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return FundsRecoveriesResourceWithRawResponse(self._invoker)

    def create_funds_recovery(
        self,
        *,
        body: FundsRecoveryCreateRequest,
    ) -> FundsRecovery:
        """Request a funds recovery

        Opens a MED funds recovery for a Pix sent from the account after a scam or fraud. Needs
        the MED API feature.

        `POST /api/v1/funds-recovery`

        Args:
            body: The request body.

        Returns:
            FundsRecovery: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_funds_recovery._get_kwargs(
            body=body,
        )
        return cast(
            "FundsRecovery",
            self._invoker.request("create_funds_recovery", request, _create_funds_recovery._parse_response),
        )

    def get_funds_recovery(
        self,
        id: UUID,
    ) -> FundsRecovery:
        """Get a funds recovery

        Returns a funds recovery with its event history.

        `GET /api/v1/funds-recovery/{id}`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            FundsRecovery: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "FundsRecovery", self._invoker.request("get_funds_recovery", request, _get_funds_recovery._parse_response)
        )

    def cancel_funds_recovery(
        self,
        id: UUID,
    ) -> FundsRecovery:
        """Cancel a funds recovery

        Cancels a funds recovery that has not reached a final state.

        `POST /api/v1/funds-recovery/{id}/cancel`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            FundsRecovery: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "FundsRecovery",
            self._invoker.request("cancel_funds_recovery", request, _cancel_funds_recovery._parse_response),
        )


class FundsRecoveriesResourceWithRawResponse:
    """Like `FundsRecoveriesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_funds_recovery(
        self,
        *,
        body: FundsRecoveryCreateRequest,
    ) -> RawResponse[FundsRecovery]:
        """Request a funds recovery

        Opens a MED funds recovery for a Pix sent from the account after a scam or fraud. Needs
        the MED API feature.

        `POST /api/v1/funds-recovery`

        Args:
            body: The request body.

        Returns:
            RawResponse[FundsRecovery]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_funds_recovery._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[FundsRecovery]",
            self._invoker.request_raw("create_funds_recovery", request, _create_funds_recovery._parse_response),
        )

    def get_funds_recovery(
        self,
        id: UUID,
    ) -> RawResponse[FundsRecovery]:
        """Get a funds recovery

        Returns a funds recovery with its event history.

        `GET /api/v1/funds-recovery/{id}`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            RawResponse[FundsRecovery]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[FundsRecovery]",
            self._invoker.request_raw("get_funds_recovery", request, _get_funds_recovery._parse_response),
        )

    def cancel_funds_recovery(
        self,
        id: UUID,
    ) -> RawResponse[FundsRecovery]:
        """Cancel a funds recovery

        Cancels a funds recovery that has not reached a final state.

        `POST /api/v1/funds-recovery/{id}/cancel`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            RawResponse[FundsRecovery]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[FundsRecovery]",
            self._invoker.request_raw("cancel_funds_recovery", request, _cancel_funds_recovery._parse_response),
        )


class AsyncFundsRecoveriesResource:
    """Operations tagged `funds_recoveries`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncFundsRecoveriesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncFundsRecoveriesResourceWithRawResponse(self._invoker)

    async def create_funds_recovery(
        self,
        *,
        body: FundsRecoveryCreateRequest,
    ) -> FundsRecovery:
        """Request a funds recovery

        Opens a MED funds recovery for a Pix sent from the account after a scam or fraud. Needs
        the MED API feature.

        `POST /api/v1/funds-recovery`

        Args:
            body: The request body.

        Returns:
            FundsRecovery: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_funds_recovery._get_kwargs(
            body=body,
        )
        return cast(
            "FundsRecovery",
            await self._invoker.request("create_funds_recovery", request, _create_funds_recovery._parse_response),
        )

    async def get_funds_recovery(
        self,
        id: UUID,
    ) -> FundsRecovery:
        """Get a funds recovery

        Returns a funds recovery with its event history.

        `GET /api/v1/funds-recovery/{id}`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            FundsRecovery: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "FundsRecovery",
            await self._invoker.request("get_funds_recovery", request, _get_funds_recovery._parse_response),
        )

    async def cancel_funds_recovery(
        self,
        id: UUID,
    ) -> FundsRecovery:
        """Cancel a funds recovery

        Cancels a funds recovery that has not reached a final state.

        `POST /api/v1/funds-recovery/{id}/cancel`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            FundsRecovery: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "FundsRecovery",
            await self._invoker.request("cancel_funds_recovery", request, _cancel_funds_recovery._parse_response),
        )


class AsyncFundsRecoveriesResourceWithRawResponse:
    """Like `AsyncFundsRecoveriesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_funds_recovery(
        self,
        *,
        body: FundsRecoveryCreateRequest,
    ) -> RawResponse[FundsRecovery]:
        """Request a funds recovery

        Opens a MED funds recovery for a Pix sent from the account after a scam or fraud. Needs
        the MED API feature.

        `POST /api/v1/funds-recovery`

        Args:
            body: The request body.

        Returns:
            RawResponse[FundsRecovery]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_funds_recovery._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[FundsRecovery]",
            await self._invoker.request_raw("create_funds_recovery", request, _create_funds_recovery._parse_response),
        )

    async def get_funds_recovery(
        self,
        id: UUID,
    ) -> RawResponse[FundsRecovery]:
        """Get a funds recovery

        Returns a funds recovery with its event history.

        `GET /api/v1/funds-recovery/{id}`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            RawResponse[FundsRecovery]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[FundsRecovery]",
            await self._invoker.request_raw("get_funds_recovery", request, _get_funds_recovery._parse_response),
        )

    async def cancel_funds_recovery(
        self,
        id: UUID,
    ) -> RawResponse[FundsRecovery]:
        """Cancel a funds recovery

        Cancels a funds recovery that has not reached a final state.

        `POST /api/v1/funds-recovery/{id}/cancel`

        Args:
            id: DICT id of the funds recovery.

        Returns:
            RawResponse[FundsRecovery]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 422), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _cancel_funds_recovery._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[FundsRecovery]",
            await self._invoker.request_raw("cancel_funds_recovery", request, _cancel_funds_recovery._parse_response),
        )


__all__ = [
    "AsyncFundsRecoveriesResource",
    "AsyncFundsRecoveriesResourceWithRawResponse",
    "FundsRecoveriesResource",
    "FundsRecoveriesResourceWithRawResponse",
]
