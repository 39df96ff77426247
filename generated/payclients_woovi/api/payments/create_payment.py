from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.payment_create_boleto_request import PaymentCreateBoletoRequest
from ...models.payment_create_manual_request import PaymentCreateManualRequest
from ...models.payment_create_pix_key_request import PaymentCreatePixKeyRequest
from ...models.payment_create_qr_code_request import PaymentCreateQrCodeRequest
from ...models.payment_response import PaymentResponse
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    body: PaymentCreateBoletoRequest
    | PaymentCreateManualRequest
    | PaymentCreatePixKeyRequest
    | PaymentCreateQrCodeRequest,
) -> dict[str, Any]:
    """The request for `POST /api/v1/payment`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "post", "url": "/api/v1/payment"}
    _kwargs["json"] = _t.dump(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _httpx_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """`_get_kwargs` output for a bare httpx client: the path values percent-encoded into the path."""
    kwargs = dict(kwargs)
    url = kwargs["url"]
    for name, value in kwargs.pop("path_params", {}).items():
        url = url.replace("{" + name + "}", quote(str(value), safe=""))
    kwargs["url"] = url
    return kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentResponse | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.PaymentResponse.from_dict(_data)

    if response.status_code == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if response.status_code == 429:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentResponse | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateBoletoRequest
    | PaymentCreateManualRequest
    | PaymentCreatePixKeyRequest
    | PaymentCreateQrCodeRequest,
) -> Response[PaymentResponse | WooviError]:
    """Create a payment

     Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a boleto.
    The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
    Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while a new
    correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

    Args:
        body (PaymentCreateBoletoRequest | PaymentCreateManualRequest | PaymentCreatePixKeyRequest
            | PaymentCreateQrCodeRequest): One of the four payment kinds, chosen by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateBoletoRequest
    | PaymentCreateManualRequest
    | PaymentCreatePixKeyRequest
    | PaymentCreateQrCodeRequest,
) -> PaymentResponse | WooviError | None:
    """Create a payment

     Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a boleto.
    The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
    Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while a new
    correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

    Args:
        body (PaymentCreateBoletoRequest | PaymentCreateManualRequest | PaymentCreatePixKeyRequest
            | PaymentCreateQrCodeRequest): One of the four payment kinds, chosen by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentResponse | WooviError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateBoletoRequest
    | PaymentCreateManualRequest
    | PaymentCreatePixKeyRequest
    | PaymentCreateQrCodeRequest,
) -> Response[PaymentResponse | WooviError]:
    """Create a payment

     Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a boleto.
    The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
    Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while a new
    correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

    Args:
        body (PaymentCreateBoletoRequest | PaymentCreateManualRequest | PaymentCreatePixKeyRequest
            | PaymentCreateQrCodeRequest): One of the four payment kinds, chosen by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateBoletoRequest
    | PaymentCreateManualRequest
    | PaymentCreatePixKeyRequest
    | PaymentCreateQrCodeRequest,
) -> PaymentResponse | WooviError | None:
    """Create a payment

     Creates an outgoing payment to a Pix key, a Pix QR code, bank account data (MANUAL) or a boleto.
    The payment waits in CREATED until approvePayment is called, unless `autoApprove` is true.
    Reuse the same correlationID when retrying: Woovi refuses a second payment with it, while a new
    correlationID creates a real duplicate. Paying a Pix key spends DICT tokens (see 429).

    Args:
        body (PaymentCreateBoletoRequest | PaymentCreateManualRequest | PaymentCreatePixKeyRequest
            | PaymentCreateQrCodeRequest): One of the four payment kinds, chosen by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentResponse | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
