"""Typed operations tagged `qr_codes`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.delete_response import DeleteResponse
from ...models.emv_decode_request import EmvDecodeRequest
from ...models.emv_decode_response import EmvDecodeResponse
from ...models.pix_qr_code import PixQrCode
from ...models.static_qr_code_create_request import StaticQrCodeCreateRequest
from ...models.static_qr_code_page import StaticQrCodePage
from ...models.static_qr_code_response import StaticQrCodeResponse
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_static_qr_code as _create_static_qr_code
from . import decode_emv as _decode_emv
from . import delete_static_qr_code as _delete_static_qr_code
from . import get_static_qr_code as _get_static_qr_code
from . import list_static_qr_codes as _list_static_qr_codes

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
    def with_raw_response(self) -> "QrCodesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return QrCodesResourceWithRawResponse(self._invoker)

    def decode_emv(
        self,
        *,
        body: EmvDecodeRequest,
    ) -> EmvDecodeResponse:
        """Decode a BR Code

        `POST /api/v1/decode/emv`
        """
        request = _decode_emv._get_kwargs(
            body=body,
        )
        return cast("EmvDecodeResponse", self._invoker.request("decode_emv", request, _decode_emv._parse_response))

    def list_static_qr_codes(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[StaticQrCodePage, PixQrCode]":
        """List static QR codes

        `GET /api/v1/qrcode-static`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /api/v1/qrcode-static`
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

        `GET /api/v1/qrcode-static/{id}`
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

        `DELETE /api/v1/qrcode-static/{id}`
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

        `POST /api/v1/decode/emv`
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
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[StaticQrCodePage]:
        """List static QR codes

        `GET /api/v1/qrcode-static`
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

        `POST /api/v1/qrcode-static`
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

        `GET /api/v1/qrcode-static/{id}`
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

        `DELETE /api/v1/qrcode-static/{id}`
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
    def with_raw_response(self) -> "AsyncQrCodesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncQrCodesResourceWithRawResponse(self._invoker)

    async def decode_emv(
        self,
        *,
        body: EmvDecodeRequest,
    ) -> EmvDecodeResponse:
        """Decode a BR Code

        `POST /api/v1/decode/emv`
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
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[StaticQrCodePage, PixQrCode]":
        """List static QR codes

        `GET /api/v1/qrcode-static`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /api/v1/qrcode-static`
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

        `GET /api/v1/qrcode-static/{id}`
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

        `DELETE /api/v1/qrcode-static/{id}`
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

        `POST /api/v1/decode/emv`
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
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[StaticQrCodePage]:
        """List static QR codes

        `GET /api/v1/qrcode-static`
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

        `POST /api/v1/qrcode-static`
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

        `GET /api/v1/qrcode-static/{id}`
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

        `DELETE /api/v1/qrcode-static/{id}`
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
