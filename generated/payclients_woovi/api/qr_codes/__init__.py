"""Typed operations tagged `qr_codes`.

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
    from ...models.delete_response import DeleteResponse
    from ...models.emv_decode_request import EmvDecodeRequest
    from ...models.emv_decode_response import EmvDecodeResponse
    from ...models.pix_qr_code import PixQrCode
    from ...models.static_qr_code_create_request import StaticQrCodeCreateRequest
    from ...models.static_qr_code_page import StaticQrCodePage
    from ...models.static_qr_code_response import StaticQrCodeResponse
    from ...models.woovi_error import WooviError
    from . import create_static_qr_code as _create_static_qr_code
    from . import decode_emv as _decode_emv
    from . import delete_static_qr_code as _delete_static_qr_code
    from . import get_static_qr_code as _get_static_qr_code
    from . import list_static_qr_codes as _list_static_qr_codes
else:
    _decode_emv = LazyModule(__name__ + ".decode_emv")
    _list_static_qr_codes = LazyModule(__name__ + ".list_static_qr_codes")
    _create_static_qr_code = LazyModule(__name__ + ".create_static_qr_code")
    _get_static_qr_code = LazyModule(__name__ + ".get_static_qr_code")
    _delete_static_qr_code = LazyModule(__name__ + ".delete_static_qr_code")

_LIST_STATIC_QR_CODES_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="pixQrCodes",
    attributes=("pix_qr_codes",),
)
"""How `list_static_qr_codes` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class QrCodesResource:
    """Operations tagged `qr_codes`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> QrCodesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return QrCodesResourceWithRawResponse(self._invoker)

    def decode_emv(
        self,
        *,
        body: EmvDecodeRequest,
    ) -> EmvDecodeResponse:
        """Decode a BR Code

        Parses a Pix copy-and-paste code (EMV/BR Code) and, for dynamic and Pix Automatico codes,
        fetches and validates the payload behind its location URL.

        `POST /api/v1/decode/emv`

        Args:
            body: The request body.

        Returns:
            EmvDecodeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decode_emv._get_kwargs(
            body=body,
        )
        return cast("EmvDecodeResponse", self._invoker.request("decode_emv", request, _decode_emv._parse_response))

    def list_static_qr_codes(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[StaticQrCodePage, PixQrCode]:
        """List static QR codes

        Lists the static Pix QR codes of the company.

        `GET /api/v1/qrcode-static`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[StaticQrCodePage, PixQrCode]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_static_qr_codes._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_static_qr_codes",
            request,
            _list_static_qr_codes._parse_response,
            _LIST_STATIC_QR_CODES_LISTING,
            max_items=max_items,
        )

    def create_static_qr_code(
        self,
        *,
        body: StaticQrCodeCreateRequest,
    ) -> StaticQrCodeResponse:
        """Create a static QR code

        Creates a reusable Pix QR code, with or without a fixed value.

        `POST /api/v1/qrcode-static`

        Args:
            body: The request body.

        Returns:
            StaticQrCodeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_static_qr_code._get_kwargs(
            body=body,
        )
        return cast(
            "StaticQrCodeResponse",
            self._invoker.request("create_static_qr_code", request, _create_static_qr_code._parse_response),
        )

    def get_static_qr_code(
        self,
        id: str,
    ) -> StaticQrCodeResponse:
        """Get a static QR code

        Returns one static QR code.

        `GET /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            StaticQrCodeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "StaticQrCodeResponse",
            self._invoker.request("get_static_qr_code", request, _get_static_qr_code._parse_response),
        )

    def delete_static_qr_code(
        self,
        id: str,
    ) -> DeleteResponse:
        """Delete a static QR code

        Deletes a static QR code; it stops accepting payments.

        `DELETE /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            DeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "DeleteResponse",
            self._invoker.request("delete_static_qr_code", request, _delete_static_qr_code._parse_response),
        )


class QrCodesResourceWithRawResponse:
    """Like `QrCodesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def decode_emv(
        self,
        *,
        body: EmvDecodeRequest,
    ) -> RawResponse[EmvDecodeResponse]:
        """Decode a BR Code

        Parses a Pix copy-and-paste code (EMV/BR Code) and, for dynamic and Pix Automatico codes,
        fetches and validates the payload behind its location URL.

        `POST /api/v1/decode/emv`

        Args:
            body: The request body.

        Returns:
            RawResponse[EmvDecodeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decode_emv._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmvDecodeResponse]",
            self._invoker.request_raw("decode_emv", request, _decode_emv._parse_response),
        )

    def list_static_qr_codes(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[StaticQrCodePage]:
        """List static QR codes

        Lists the static Pix QR codes of the company.

        `GET /api/v1/qrcode-static`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[StaticQrCodePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_static_qr_codes._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[StaticQrCodePage]",
            self._invoker.request_raw("list_static_qr_codes", request, _list_static_qr_codes._parse_response),
        )

    def create_static_qr_code(
        self,
        *,
        body: StaticQrCodeCreateRequest,
    ) -> RawResponse[StaticQrCodeResponse]:
        """Create a static QR code

        Creates a reusable Pix QR code, with or without a fixed value.

        `POST /api/v1/qrcode-static`

        Args:
            body: The request body.

        Returns:
            RawResponse[StaticQrCodeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_static_qr_code._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StaticQrCodeResponse]",
            self._invoker.request_raw("create_static_qr_code", request, _create_static_qr_code._parse_response),
        )

    def get_static_qr_code(
        self,
        id: str,
    ) -> RawResponse[StaticQrCodeResponse]:
        """Get a static QR code

        Returns one static QR code.

        `GET /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            RawResponse[StaticQrCodeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[StaticQrCodeResponse]",
            self._invoker.request_raw("get_static_qr_code", request, _get_static_qr_code._parse_response),
        )

    def delete_static_qr_code(
        self,
        id: str,
    ) -> RawResponse[DeleteResponse]:
        """Delete a static QR code

        Deletes a static QR code; it stops accepting payments.

        `DELETE /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            RawResponse[DeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DeleteResponse]",
            self._invoker.request_raw("delete_static_qr_code", request, _delete_static_qr_code._parse_response),
        )


class AsyncQrCodesResource:
    """Operations tagged `qr_codes`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncQrCodesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncQrCodesResourceWithRawResponse(self._invoker)

    async def decode_emv(
        self,
        *,
        body: EmvDecodeRequest,
    ) -> EmvDecodeResponse:
        """Decode a BR Code

        Parses a Pix copy-and-paste code (EMV/BR Code) and, for dynamic and Pix Automatico codes,
        fetches and validates the payload behind its location URL.

        `POST /api/v1/decode/emv`

        Args:
            body: The request body.

        Returns:
            EmvDecodeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decode_emv._get_kwargs(
            body=body,
        )
        return cast(
            "EmvDecodeResponse", await self._invoker.request("decode_emv", request, _decode_emv._parse_response)
        )

    def list_static_qr_codes(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[StaticQrCodePage, PixQrCode]:
        """List static QR codes

        Lists the static Pix QR codes of the company.

        `GET /api/v1/qrcode-static`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[StaticQrCodePage, PixQrCode]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_static_qr_codes._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_static_qr_codes",
            request,
            _list_static_qr_codes._parse_response,
            _LIST_STATIC_QR_CODES_LISTING,
            max_items=max_items,
        )

    async def create_static_qr_code(
        self,
        *,
        body: StaticQrCodeCreateRequest,
    ) -> StaticQrCodeResponse:
        """Create a static QR code

        Creates a reusable Pix QR code, with or without a fixed value.

        `POST /api/v1/qrcode-static`

        Args:
            body: The request body.

        Returns:
            StaticQrCodeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_static_qr_code._get_kwargs(
            body=body,
        )
        return cast(
            "StaticQrCodeResponse",
            await self._invoker.request("create_static_qr_code", request, _create_static_qr_code._parse_response),
        )

    async def get_static_qr_code(
        self,
        id: str,
    ) -> StaticQrCodeResponse:
        """Get a static QR code

        Returns one static QR code.

        `GET /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            StaticQrCodeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "StaticQrCodeResponse",
            await self._invoker.request("get_static_qr_code", request, _get_static_qr_code._parse_response),
        )

    async def delete_static_qr_code(
        self,
        id: str,
    ) -> DeleteResponse:
        """Delete a static QR code

        Deletes a static QR code; it stops accepting payments.

        `DELETE /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            DeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "DeleteResponse",
            await self._invoker.request("delete_static_qr_code", request, _delete_static_qr_code._parse_response),
        )


class AsyncQrCodesResourceWithRawResponse:
    """Like `AsyncQrCodesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def decode_emv(
        self,
        *,
        body: EmvDecodeRequest,
    ) -> RawResponse[EmvDecodeResponse]:
        """Decode a BR Code

        Parses a Pix copy-and-paste code (EMV/BR Code) and, for dynamic and Pix Automatico codes,
        fetches and validates the payload behind its location URL.

        `POST /api/v1/decode/emv`

        Args:
            body: The request body.

        Returns:
            RawResponse[EmvDecodeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _decode_emv._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmvDecodeResponse]",
            await self._invoker.request_raw("decode_emv", request, _decode_emv._parse_response),
        )

    async def list_static_qr_codes(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[StaticQrCodePage]:
        """List static QR codes

        Lists the static Pix QR codes of the company.

        `GET /api/v1/qrcode-static`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[StaticQrCodePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_static_qr_codes._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[StaticQrCodePage]",
            await self._invoker.request_raw("list_static_qr_codes", request, _list_static_qr_codes._parse_response),
        )

    async def create_static_qr_code(
        self,
        *,
        body: StaticQrCodeCreateRequest,
    ) -> RawResponse[StaticQrCodeResponse]:
        """Create a static QR code

        Creates a reusable Pix QR code, with or without a fixed value.

        `POST /api/v1/qrcode-static`

        Args:
            body: The request body.

        Returns:
            RawResponse[StaticQrCodeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_static_qr_code._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[StaticQrCodeResponse]",
            await self._invoker.request_raw("create_static_qr_code", request, _create_static_qr_code._parse_response),
        )

    async def get_static_qr_code(
        self,
        id: str,
    ) -> RawResponse[StaticQrCodeResponse]:
        """Get a static QR code

        Returns one static QR code.

        `GET /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            RawResponse[StaticQrCodeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[StaticQrCodeResponse]",
            await self._invoker.request_raw("get_static_qr_code", request, _get_static_qr_code._parse_response),
        )

    async def delete_static_qr_code(
        self,
        id: str,
    ) -> RawResponse[DeleteResponse]:
        """Delete a static QR code

        Deletes a static QR code; it stops accepting payments.

        `DELETE /api/v1/qrcode-static/{id}`

        Args:
            id: QR code id, correlationID or identifier.

        Returns:
            RawResponse[DeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_static_qr_code._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DeleteResponse]",
            await self._invoker.request_raw("delete_static_qr_code", request, _delete_static_qr_code._parse_response),
        )


__all__ = [
    "AsyncQrCodesResource",
    "AsyncQrCodesResourceWithRawResponse",
    "QrCodesResource",
    "QrCodesResourceWithRawResponse",
]
