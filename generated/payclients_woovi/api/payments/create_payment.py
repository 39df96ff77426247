from typing import Any

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentResponse | WooviError | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.PaymentResponse.from_dict(_data)

    if status == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if status == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if status == 429:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None
