from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.credit_invoice_request import CreditInvoiceRequest
from ...models.invoice import Invoice


def _get_kwargs(
    resource_id: str,
    *,
    body: CreditInvoiceRequest | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """The request for `POST /v1/invoices/{resource_id}/credit`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {"method": "post", "url": "/v1/invoices/{resource_id}/credit"}
    _kwargs["path_params"] = {
        "resource_id": resource_id,
    }
    if body is not None:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Invoice | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.Invoice.from_dict(_data)

    if status == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 500:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None
