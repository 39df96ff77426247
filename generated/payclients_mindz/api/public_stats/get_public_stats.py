from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.mindz_error import MindzError
from ...models.public_stats import PublicStats
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    """The request for `GET /stats/`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get", "url": "/stats/"}
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
) -> MindzError | PublicStats | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.PublicStats.from_dict(_data)

    if response.status_code == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 429:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MindzError | PublicStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MindzError | PublicStats]:
    """Get public statistics

     Returns the platform statistics shown on the sales site. No authentication (inferred from the
    documented examples).

    The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page does not
    show it), so this operation counts as proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | PublicStats]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> MindzError | PublicStats | None:
    """Get public statistics

     Returns the platform statistics shown on the sales site. No authentication (inferred from the
    documented examples).

    The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page does not
    show it), so this operation counts as proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | PublicStats
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MindzError | PublicStats]:
    """Get public statistics

     Returns the platform statistics shown on the sales site. No authentication (inferred from the
    documented examples).

    The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page does not
    show it), so this operation counts as proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | PublicStats]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> MindzError | PublicStats | None:
    """Get public statistics

     Returns the platform statistics shown on the sales site. No authentication (inferred from the
    documented examples).

    The path is documented in Mindz's Public API v1 page; the GET method is inferred (the page does not
    show it), so this operation counts as proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | PublicStats
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
