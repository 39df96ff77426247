from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.subscription_page import SubscriptionPage
from ...models.woovi_error import WooviError


def _get_kwargs(
    *,
    skip: int | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """The request for `GET /api/v1/subscriptions`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if skip is not None:
        params["skip"] = skip
    if limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/subscriptions"}
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubscriptionPage | WooviError | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.SubscriptionPage.from_dict(_data)

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
