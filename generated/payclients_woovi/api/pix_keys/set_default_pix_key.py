from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.pix_key import PixKey
from ...models.woovi_error import WooviError


def _get_kwargs(
    pix_key: str,
) -> dict[str, Any]:
    """The request for `PUT /api/v1/pix-keys/{pix_key}/default`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "put", "url": "/api/v1/pix-keys/{pix_key}/default"}
    _kwargs["path_params"] = {
        "pix_key": pix_key,
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PixKey | WooviError | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.PixKey.from_dict(_data)

    if status == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None
