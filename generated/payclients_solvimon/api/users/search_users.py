from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user import User


def _get_kwargs(
    *,
    username: str | None = None,
    user_type: str | None = None,
    x_platform_id: str | None = None,
    resource_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/users/search`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id
    if resource_id is not None:
        headers["resource_id"] = resource_id

    params: dict[str, Any] = {}
    if username is not None:
        params["username"] = username
    if user_type is not None:
        params["user_type"] = user_type

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/users/search"}
    _kwargs["params"] = params
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | list[User] | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _t.list_of(_data, _models.User.from_dict)

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
