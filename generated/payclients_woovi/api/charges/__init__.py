"""Typed operations tagged `charges`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

import datetime
from io import BytesIO
from typing import Any, cast

from ...models.charge import Charge
from ...models.charge_create_request import ChargeCreateRequest
from ...models.charge_page import ChargePage
from ...models.charge_refund_create_request import ChargeRefundCreateRequest
from ...models.charge_refund_list import ChargeRefundList
from ...models.charge_refund_response import ChargeRefundResponse
from ...models.charge_response import ChargeResponse
from ...models.charge_status import ChargeStatus
from ...models.charge_update_request import ChargeUpdateRequest
from ...models.delete_response import DeleteResponse
from ...models.qr_code_base_64_response import QrCodeBase64Response
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, AsyncPager, File, FileTypes, Invoker, Listing, Pager, RawResponse, Unset
from . import create_charge as _create_charge
from . import create_charge_refund as _create_charge_refund
from . import delete_charge as _delete_charge
from . import get_charge as _get_charge
from . import get_charge_qr_code_base_64 as _get_charge_qr_code_base_64
from . import get_charge_qr_code_image as _get_charge_qr_code_image
from . import list_charge_refunds as _list_charge_refunds
from . import list_charges as _list_charges
from . import update_charge_expiration as _update_charge_expiration

_LIST_CHARGES_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="charges",
    attributes=("charges",),
)
"""How `list_charges` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class ChargesResource:
    """Operations tagged `charges`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "ChargesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ChargesResourceWithRawResponse(self._invoker)

    def list_charges(
        self,
        *,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        status: ChargeStatus | Unset = UNSET,
        customer: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[ChargePage, Charge]":
        """List charges

        `GET /api/v1/charge`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_charges._get_kwargs(
            start=start,
            end=end,
            status=status,
            customer=customer,
            subscription=subscription,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_charges", request, _list_charges._parse_response, _LIST_CHARGES_LISTING, max_items=max_items
        )

    def create_charge(
        self,
        *,
        body: ChargeCreateRequest,
        return_existing: bool | Unset = UNSET,
    ) -> ChargeResponse:
        """Create a charge

        `POST /api/v1/charge`
        """
        request = _create_charge._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast("ChargeResponse", self._invoker.request("create_charge", request, _create_charge._parse_response))

    def get_charge(
        self,
        id: str,
    ) -> ChargeResponse:
        """Get a charge

        `GET /api/v1/charge/{id}`
        """
        request = _get_charge._get_kwargs(
            id=id,
        )
        return cast("ChargeResponse", self._invoker.request("get_charge", request, _get_charge._parse_response))

    def delete_charge(
        self,
        id: str,
    ) -> DeleteResponse:
        """Remove an unpaid charge

        `DELETE /api/v1/charge/{id}`
        """
        request = _delete_charge._get_kwargs(
            id=id,
        )
        return cast("DeleteResponse", self._invoker.request("delete_charge", request, _delete_charge._parse_response))

    def update_charge_expiration(
        self,
        id: str,
        *,
        body: ChargeUpdateRequest,
    ) -> ChargeResponse:
        """Move a charge's expiration date

        `PATCH /api/v1/charge/{id}`
        """
        request = _update_charge_expiration._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ChargeResponse",
            self._invoker.request("update_charge_expiration", request, _update_charge_expiration._parse_response),
        )

    def list_charge_refunds(
        self,
        id: str,
    ) -> ChargeRefundList:
        """List the refunds of a charge

        `GET /api/v1/charge/{id}/refund`
        """
        request = _list_charge_refunds._get_kwargs(
            id=id,
        )
        return cast(
            "ChargeRefundList",
            self._invoker.request("list_charge_refunds", request, _list_charge_refunds._parse_response),
        )

    def create_charge_refund(
        self,
        id: str,
        *,
        body: ChargeRefundCreateRequest,
    ) -> ChargeRefundResponse:
        """Refund a charge

        `POST /api/v1/charge/{id}/refund`
        """
        request = _create_charge_refund._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ChargeRefundResponse",
            self._invoker.request("create_charge_refund", request, _create_charge_refund._parse_response),
        )

    def get_charge_qr_code_base_64(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> QrCodeBase64Response:
        """Get a charge QR code as base64

        `GET /api/image/qrcode/base64/{id}`
        """
        request = _get_charge_qr_code_base_64._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "QrCodeBase64Response",
            self._invoker.request("get_charge_qr_code_base_64", request, _get_charge_qr_code_base_64._parse_response),
        )

    def get_charge_qr_code_image(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> File:
        """Get a charge QR code as PNG

        `GET /openpix/charge/brcode/image/{id}.png`
        """
        request = _get_charge_qr_code_image._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "File",
            self._invoker.request("get_charge_qr_code_image", request, _get_charge_qr_code_image._parse_response),
        )


class ChargesResourceWithRawResponse:
    """Like `ChargesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_charges(
        self,
        *,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        status: ChargeStatus | Unset = UNSET,
        customer: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[ChargePage]:
        """List charges

        `GET /api/v1/charge`
        """
        request = _list_charges._get_kwargs(
            start=start,
            end=end,
            status=status,
            customer=customer,
            subscription=subscription,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[ChargePage]", self._invoker.request_raw("list_charges", request, _list_charges._parse_response)
        )

    def create_charge(
        self,
        *,
        body: ChargeCreateRequest,
        return_existing: bool | Unset = UNSET,
    ) -> RawResponse[ChargeResponse]:
        """Create a charge

        `POST /api/v1/charge`
        """
        request = _create_charge._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast(
            "RawResponse[ChargeResponse]",
            self._invoker.request_raw("create_charge", request, _create_charge._parse_response),
        )

    def get_charge(
        self,
        id: str,
    ) -> RawResponse[ChargeResponse]:
        """Get a charge

        `GET /api/v1/charge/{id}`
        """
        request = _get_charge._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[ChargeResponse]", self._invoker.request_raw("get_charge", request, _get_charge._parse_response)
        )

    def delete_charge(
        self,
        id: str,
    ) -> RawResponse[DeleteResponse]:
        """Remove an unpaid charge

        `DELETE /api/v1/charge/{id}`
        """
        request = _delete_charge._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DeleteResponse]",
            self._invoker.request_raw("delete_charge", request, _delete_charge._parse_response),
        )

    def update_charge_expiration(
        self,
        id: str,
        *,
        body: ChargeUpdateRequest,
    ) -> RawResponse[ChargeResponse]:
        """Move a charge's expiration date

        `PATCH /api/v1/charge/{id}`
        """
        request = _update_charge_expiration._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[ChargeResponse]",
            self._invoker.request_raw("update_charge_expiration", request, _update_charge_expiration._parse_response),
        )

    def list_charge_refunds(
        self,
        id: str,
    ) -> RawResponse[ChargeRefundList]:
        """List the refunds of a charge

        `GET /api/v1/charge/{id}/refund`
        """
        request = _list_charge_refunds._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[ChargeRefundList]",
            self._invoker.request_raw("list_charge_refunds", request, _list_charge_refunds._parse_response),
        )

    def create_charge_refund(
        self,
        id: str,
        *,
        body: ChargeRefundCreateRequest,
    ) -> RawResponse[ChargeRefundResponse]:
        """Refund a charge

        `POST /api/v1/charge/{id}/refund`
        """
        request = _create_charge_refund._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[ChargeRefundResponse]",
            self._invoker.request_raw("create_charge_refund", request, _create_charge_refund._parse_response),
        )

    def get_charge_qr_code_base_64(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> RawResponse[QrCodeBase64Response]:
        """Get a charge QR code as base64

        `GET /api/image/qrcode/base64/{id}`
        """
        request = _get_charge_qr_code_base_64._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "RawResponse[QrCodeBase64Response]",
            self._invoker.request_raw(
                "get_charge_qr_code_base_64", request, _get_charge_qr_code_base_64._parse_response
            ),
        )

    def get_charge_qr_code_image(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> RawResponse[File]:
        """Get a charge QR code as PNG

        `GET /openpix/charge/brcode/image/{id}.png`
        """
        request = _get_charge_qr_code_image._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "RawResponse[File]",
            self._invoker.request_raw("get_charge_qr_code_image", request, _get_charge_qr_code_image._parse_response),
        )


class AsyncChargesResource:
    """Operations tagged `charges`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncChargesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncChargesResourceWithRawResponse(self._invoker)

    def list_charges(
        self,
        *,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        status: ChargeStatus | Unset = UNSET,
        customer: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[ChargePage, Charge]":
        """List charges

        `GET /api/v1/charge`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_charges._get_kwargs(
            start=start,
            end=end,
            status=status,
            customer=customer,
            subscription=subscription,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_charges", request, _list_charges._parse_response, _LIST_CHARGES_LISTING, max_items=max_items
        )

    async def create_charge(
        self,
        *,
        body: ChargeCreateRequest,
        return_existing: bool | Unset = UNSET,
    ) -> ChargeResponse:
        """Create a charge

        `POST /api/v1/charge`
        """
        request = _create_charge._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast(
            "ChargeResponse", await self._invoker.request("create_charge", request, _create_charge._parse_response)
        )

    async def get_charge(
        self,
        id: str,
    ) -> ChargeResponse:
        """Get a charge

        `GET /api/v1/charge/{id}`
        """
        request = _get_charge._get_kwargs(
            id=id,
        )
        return cast("ChargeResponse", await self._invoker.request("get_charge", request, _get_charge._parse_response))

    async def delete_charge(
        self,
        id: str,
    ) -> DeleteResponse:
        """Remove an unpaid charge

        `DELETE /api/v1/charge/{id}`
        """
        request = _delete_charge._get_kwargs(
            id=id,
        )
        return cast(
            "DeleteResponse", await self._invoker.request("delete_charge", request, _delete_charge._parse_response)
        )

    async def update_charge_expiration(
        self,
        id: str,
        *,
        body: ChargeUpdateRequest,
    ) -> ChargeResponse:
        """Move a charge's expiration date

        `PATCH /api/v1/charge/{id}`
        """
        request = _update_charge_expiration._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ChargeResponse",
            await self._invoker.request("update_charge_expiration", request, _update_charge_expiration._parse_response),
        )

    async def list_charge_refunds(
        self,
        id: str,
    ) -> ChargeRefundList:
        """List the refunds of a charge

        `GET /api/v1/charge/{id}/refund`
        """
        request = _list_charge_refunds._get_kwargs(
            id=id,
        )
        return cast(
            "ChargeRefundList",
            await self._invoker.request("list_charge_refunds", request, _list_charge_refunds._parse_response),
        )

    async def create_charge_refund(
        self,
        id: str,
        *,
        body: ChargeRefundCreateRequest,
    ) -> ChargeRefundResponse:
        """Refund a charge

        `POST /api/v1/charge/{id}/refund`
        """
        request = _create_charge_refund._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ChargeRefundResponse",
            await self._invoker.request("create_charge_refund", request, _create_charge_refund._parse_response),
        )

    async def get_charge_qr_code_base_64(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> QrCodeBase64Response:
        """Get a charge QR code as base64

        `GET /api/image/qrcode/base64/{id}`
        """
        request = _get_charge_qr_code_base_64._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "QrCodeBase64Response",
            await self._invoker.request(
                "get_charge_qr_code_base_64", request, _get_charge_qr_code_base_64._parse_response
            ),
        )

    async def get_charge_qr_code_image(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> File:
        """Get a charge QR code as PNG

        `GET /openpix/charge/brcode/image/{id}.png`
        """
        request = _get_charge_qr_code_image._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "File",
            await self._invoker.request("get_charge_qr_code_image", request, _get_charge_qr_code_image._parse_response),
        )


class AsyncChargesResourceWithRawResponse:
    """Like `AsyncChargesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_charges(
        self,
        *,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        status: ChargeStatus | Unset = UNSET,
        customer: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[ChargePage]:
        """List charges

        `GET /api/v1/charge`
        """
        request = _list_charges._get_kwargs(
            start=start,
            end=end,
            status=status,
            customer=customer,
            subscription=subscription,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[ChargePage]",
            await self._invoker.request_raw("list_charges", request, _list_charges._parse_response),
        )

    async def create_charge(
        self,
        *,
        body: ChargeCreateRequest,
        return_existing: bool | Unset = UNSET,
    ) -> RawResponse[ChargeResponse]:
        """Create a charge

        `POST /api/v1/charge`
        """
        request = _create_charge._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast(
            "RawResponse[ChargeResponse]",
            await self._invoker.request_raw("create_charge", request, _create_charge._parse_response),
        )

    async def get_charge(
        self,
        id: str,
    ) -> RawResponse[ChargeResponse]:
        """Get a charge

        `GET /api/v1/charge/{id}`
        """
        request = _get_charge._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[ChargeResponse]",
            await self._invoker.request_raw("get_charge", request, _get_charge._parse_response),
        )

    async def delete_charge(
        self,
        id: str,
    ) -> RawResponse[DeleteResponse]:
        """Remove an unpaid charge

        `DELETE /api/v1/charge/{id}`
        """
        request = _delete_charge._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DeleteResponse]",
            await self._invoker.request_raw("delete_charge", request, _delete_charge._parse_response),
        )

    async def update_charge_expiration(
        self,
        id: str,
        *,
        body: ChargeUpdateRequest,
    ) -> RawResponse[ChargeResponse]:
        """Move a charge's expiration date

        `PATCH /api/v1/charge/{id}`
        """
        request = _update_charge_expiration._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[ChargeResponse]",
            await self._invoker.request_raw(
                "update_charge_expiration", request, _update_charge_expiration._parse_response
            ),
        )

    async def list_charge_refunds(
        self,
        id: str,
    ) -> RawResponse[ChargeRefundList]:
        """List the refunds of a charge

        `GET /api/v1/charge/{id}/refund`
        """
        request = _list_charge_refunds._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[ChargeRefundList]",
            await self._invoker.request_raw("list_charge_refunds", request, _list_charge_refunds._parse_response),
        )

    async def create_charge_refund(
        self,
        id: str,
        *,
        body: ChargeRefundCreateRequest,
    ) -> RawResponse[ChargeRefundResponse]:
        """Refund a charge

        `POST /api/v1/charge/{id}/refund`
        """
        request = _create_charge_refund._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[ChargeRefundResponse]",
            await self._invoker.request_raw("create_charge_refund", request, _create_charge_refund._parse_response),
        )

    async def get_charge_qr_code_base_64(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> RawResponse[QrCodeBase64Response]:
        """Get a charge QR code as base64

        `GET /api/image/qrcode/base64/{id}`
        """
        request = _get_charge_qr_code_base_64._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "RawResponse[QrCodeBase64Response]",
            await self._invoker.request_raw(
                "get_charge_qr_code_base_64", request, _get_charge_qr_code_base_64._parse_response
            ),
        )

    async def get_charge_qr_code_image(
        self,
        id: str,
        *,
        size: int | Unset = UNSET,
    ) -> RawResponse[File]:
        """Get a charge QR code as PNG

        `GET /openpix/charge/brcode/image/{id}.png`
        """
        request = _get_charge_qr_code_image._get_kwargs(
            id=id,
            size=size,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw(
                "get_charge_qr_code_image", request, _get_charge_qr_code_image._parse_response
            ),
        )


__all__ = [
    "AsyncChargesResource",
    "AsyncChargesResourceWithRawResponse",
    "ChargesResource",
    "ChargesResourceWithRawResponse",
]
