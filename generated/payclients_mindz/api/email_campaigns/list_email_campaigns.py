from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.email_campaign_page import EmailCampaignPage
from ...models.mindz_error import MindzError


def _get_kwargs(
    *,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /email-campaigns/`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if ordering is not None:
        params["ordering"] = ordering
    if search is not None:
        params["search"] = search

    _kwargs: dict[str, Any] = {"method": "get", "url": "/email-campaigns/"}
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailCampaignPage | MindzError | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.EmailCampaignPage.from_dict(_data)

    if status == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if status == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if status == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if status == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if status == 429:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None
