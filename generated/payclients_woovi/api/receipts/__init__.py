"""Typed operations tagged `receipts`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, File, FileTypes, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.receipt_type import ReceiptType
    from ...models.woovi_error import WooviError
    from . import get_receipt as _get_receipt
else:
    _get_receipt = LazyModule(__name__ + ".get_receipt")


class ReceiptsResource:
    """Operations tagged `receipts`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ReceiptsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ReceiptsResourceWithRawResponse(self._invoker)

    def get_receipt(
        self,
        receipt_type: ReceiptType,
        end_to_end_id: str,
    ) -> File:
        """Download a Pix receipt

        Returns the PDF receipt of a Pix received, sent or refunded.

        `GET /api/v1/receipt/{receipt_type}/{end_to_end_id}`

        Args:
            receipt_type: Not described in the spec.
            end_to_end_id: End-to-end id of the Pix transaction.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_receipt._get_kwargs(
            receipt_type=receipt_type,
            end_to_end_id=end_to_end_id,
        )
        return cast("File", self._invoker.request("get_receipt", request, _get_receipt._parse_response))


class ReceiptsResourceWithRawResponse:
    """Like `ReceiptsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_receipt(
        self,
        receipt_type: ReceiptType,
        end_to_end_id: str,
    ) -> RawResponse[File]:
        """Download a Pix receipt

        Returns the PDF receipt of a Pix received, sent or refunded.

        `GET /api/v1/receipt/{receipt_type}/{end_to_end_id}`

        Args:
            receipt_type: Not described in the spec.
            end_to_end_id: End-to-end id of the Pix transaction.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_receipt._get_kwargs(
            receipt_type=receipt_type,
            end_to_end_id=end_to_end_id,
        )
        return cast(
            "RawResponse[File]", self._invoker.request_raw("get_receipt", request, _get_receipt._parse_response)
        )


class AsyncReceiptsResource:
    """Operations tagged `receipts`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncReceiptsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncReceiptsResourceWithRawResponse(self._invoker)

    async def get_receipt(
        self,
        receipt_type: ReceiptType,
        end_to_end_id: str,
    ) -> File:
        """Download a Pix receipt

        Returns the PDF receipt of a Pix received, sent or refunded.

        `GET /api/v1/receipt/{receipt_type}/{end_to_end_id}`

        Args:
            receipt_type: Not described in the spec.
            end_to_end_id: End-to-end id of the Pix transaction.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_receipt._get_kwargs(
            receipt_type=receipt_type,
            end_to_end_id=end_to_end_id,
        )
        return cast("File", await self._invoker.request("get_receipt", request, _get_receipt._parse_response))


class AsyncReceiptsResourceWithRawResponse:
    """Like `AsyncReceiptsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_receipt(
        self,
        receipt_type: ReceiptType,
        end_to_end_id: str,
    ) -> RawResponse[File]:
        """Download a Pix receipt

        Returns the PDF receipt of a Pix received, sent or refunded.

        `GET /api/v1/receipt/{receipt_type}/{end_to_end_id}`

        Args:
            receipt_type: Not described in the spec.
            end_to_end_id: End-to-end id of the Pix transaction.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_receipt._get_kwargs(
            receipt_type=receipt_type,
            end_to_end_id=end_to_end_id,
        )
        return cast(
            "RawResponse[File]", await self._invoker.request_raw("get_receipt", request, _get_receipt._parse_response)
        )


__all__ = [
    "AsyncReceiptsResource",
    "AsyncReceiptsResourceWithRawResponse",
    "ReceiptsResource",
    "ReceiptsResourceWithRawResponse",
]
