"""Typed operations tagged `psps`.

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
    from ...models.psp_list import PspList
    from ...models.woovi_error import WooviError
    from . import list_psps as _list_psps
else:
    _list_psps = LazyModule(__name__ + ".list_psps")


class PspsResource:
    """Operations tagged `psps`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PspsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PspsResourceWithRawResponse(self._invoker)

    def list_psps(
        self,
        *,
        ispb: str | None = None,
        name: str | None = None,
        compe: str | None = None,
    ) -> PspList:
        """List PSPs

        Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE
        code.

        `GET /api/v1/psp`

        Args:
            ispb: ISPB code.
            name: Part of the institution name.
            compe: COMPE (bank) code.

        Returns:
            PspList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_psps._get_kwargs(
            ispb=ispb,
            name=name,
            compe=compe,
        )
        return cast("PspList", self._invoker.request("list_psps", request, _list_psps._parse_response))


class PspsResourceWithRawResponse:
    """Like `PspsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_psps(
        self,
        *,
        ispb: str | None = None,
        name: str | None = None,
        compe: str | None = None,
    ) -> RawResponse[PspList]:
        """List PSPs

        Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE
        code.

        `GET /api/v1/psp`

        Args:
            ispb: ISPB code.
            name: Part of the institution name.
            compe: COMPE (bank) code.

        Returns:
            RawResponse[PspList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_psps._get_kwargs(
            ispb=ispb,
            name=name,
            compe=compe,
        )
        return cast("RawResponse[PspList]", self._invoker.request_raw("list_psps", request, _list_psps._parse_response))


class AsyncPspsResource:
    """Operations tagged `psps`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPspsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPspsResourceWithRawResponse(self._invoker)

    async def list_psps(
        self,
        *,
        ispb: str | None = None,
        name: str | None = None,
        compe: str | None = None,
    ) -> PspList:
        """List PSPs

        Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE
        code.

        `GET /api/v1/psp`

        Args:
            ispb: ISPB code.
            name: Part of the institution name.
            compe: COMPE (bank) code.

        Returns:
            PspList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_psps._get_kwargs(
            ispb=ispb,
            name=name,
            compe=compe,
        )
        return cast("PspList", await self._invoker.request("list_psps", request, _list_psps._parse_response))


class AsyncPspsResourceWithRawResponse:
    """Like `AsyncPspsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_psps(
        self,
        *,
        ispb: str | None = None,
        name: str | None = None,
        compe: str | None = None,
    ) -> RawResponse[PspList]:
        """List PSPs

        Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE
        code.

        `GET /api/v1/psp`

        Args:
            ispb: ISPB code.
            name: Part of the institution name.
            compe: COMPE (bank) code.

        Returns:
            RawResponse[PspList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_psps._get_kwargs(
            ispb=ispb,
            name=name,
            compe=compe,
        )
        return cast(
            "RawResponse[PspList]", await self._invoker.request_raw("list_psps", request, _list_psps._parse_response)
        )


__all__ = [
    "AsyncPspsResource",
    "AsyncPspsResourceWithRawResponse",
    "PspsResource",
    "PspsResourceWithRawResponse",
]
