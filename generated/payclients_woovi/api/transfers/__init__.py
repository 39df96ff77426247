"""Typed operations tagged `transfers`.

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
    from ...models.transfer_create_request import TransferCreateRequest
    from ...models.transfer_response import TransferResponse
    from ...models.woovi_error import WooviError
    from . import create_transfer as _create_transfer
else:
    _create_transfer = LazyModule(__name__ + ".create_transfer")


class TransfersResource:
    """Operations tagged `transfers`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> TransfersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return TransfersResourceWithRawResponse(self._invoker)

    def create_transfer(
        self,
        *,
        body: TransferCreateRequest,
    ) -> TransferResponse:
        """Transfer between accounts

        Moves money between two accounts of the same company, identified by their Pix keys.

        `POST /api/v1/transfer`

        Args:
            body: The request body.

        Returns:
            TransferResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_transfer._get_kwargs(
            body=body,
        )
        return cast(
            "TransferResponse", self._invoker.request("create_transfer", request, _create_transfer._parse_response)
        )


class TransfersResourceWithRawResponse:
    """Like `TransfersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_transfer(
        self,
        *,
        body: TransferCreateRequest,
    ) -> RawResponse[TransferResponse]:
        """Transfer between accounts

        Moves money between two accounts of the same company, identified by their Pix keys.

        `POST /api/v1/transfer`

        Args:
            body: The request body.

        Returns:
            RawResponse[TransferResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_transfer._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[TransferResponse]",
            self._invoker.request_raw("create_transfer", request, _create_transfer._parse_response),
        )


class AsyncTransfersResource:
    """Operations tagged `transfers`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncTransfersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncTransfersResourceWithRawResponse(self._invoker)

    async def create_transfer(
        self,
        *,
        body: TransferCreateRequest,
    ) -> TransferResponse:
        """Transfer between accounts

        Moves money between two accounts of the same company, identified by their Pix keys.

        `POST /api/v1/transfer`

        Args:
            body: The request body.

        Returns:
            TransferResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_transfer._get_kwargs(
            body=body,
        )
        return cast(
            "TransferResponse",
            await self._invoker.request("create_transfer", request, _create_transfer._parse_response),
        )


class AsyncTransfersResourceWithRawResponse:
    """Like `AsyncTransfersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_transfer(
        self,
        *,
        body: TransferCreateRequest,
    ) -> RawResponse[TransferResponse]:
        """Transfer between accounts

        Moves money between two accounts of the same company, identified by their Pix keys.

        `POST /api/v1/transfer`

        Args:
            body: The request body.

        Returns:
            RawResponse[TransferResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_transfer._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[TransferResponse]",
            await self._invoker.request_raw("create_transfer", request, _create_transfer._parse_response),
        )


__all__ = [
    "AsyncTransfersResource",
    "AsyncTransfersResourceWithRawResponse",
    "TransfersResource",
    "TransfersResourceWithRawResponse",
]
