import datetime
from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.boleto_transaction_page import BoletoTransactionPage
from ...models.boleto_transaction_status import BoletoTransactionStatus
from ...models.boleto_transaction_type import BoletoTransactionType
from ...models.woovi_error import WooviError


def _get_kwargs(
    *,
    type_: BoletoTransactionType | None = None,
    status: BoletoTransactionStatus | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    settled_start: datetime.datetime | None = None,
    settled_end: datetime.datetime | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """The request for `GET /api/v1/boleto-transaction`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if type_ is not None:
        params["type"] = _t.query_value(type_, "type")
    if status is not None:
        params["status"] = _t.query_value(status, "status")
    if start is not None:
        params["start"] = _t.query_value(start, "start")
    if end is not None:
        params["end"] = _t.query_value(end, "end")
    if settled_start is not None:
        params["settledStart"] = _t.query_value(settled_start, "settledStart")
    if settled_end is not None:
        params["settledEnd"] = _t.query_value(settled_end, "settledEnd")
    if skip is not None:
        params["skip"] = skip
    if limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/boleto-transaction"}
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoletoTransactionPage | WooviError | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.BoletoTransactionPage.from_dict(_data)

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

    if status == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if status == 422:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None
