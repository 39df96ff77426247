import datetime
from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.charge_page import ChargePage
from ...models.charge_status import ChargeStatus
from ...models.woovi_error import WooviError


def _get_kwargs(
    *,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    status: ChargeStatus | None = None,
    customer: str | None = None,
    subscription: str | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """The request for `GET /api/v1/charge`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if start is not None:
        params["start"] = _t.query_value(start, "start")
    if end is not None:
        params["end"] = _t.query_value(end, "end")
    if status is not None:
        params["status"] = _t.query_value(status, "status")
    if customer is not None:
        params["customer"] = customer
    if subscription is not None:
        params["subscription"] = subscription
    if skip is not None:
        params["skip"] = skip
    if limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/charge"}
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChargePage | WooviError | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ChargePage.from_dict(_data)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None
