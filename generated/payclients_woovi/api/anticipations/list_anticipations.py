from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.anticipation_list import AnticipationList
from ...models.anticipation_status import AnticipationStatus
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    status: AnticipationStatus | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """The request for `GET /api/v1/anticipation`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if status is not None:
        params["status"] = _t.query_value(status, "status")
    if limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/anticipation"}
    _kwargs["params"] = params
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
) -> AnticipationList | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.AnticipationList.from_dict(_data)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnticipationList | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: AnticipationStatus | None = None,
    limit: int | None = None,
) -> Response[AnticipationList | WooviError]:
    """List anticipations

     Lists anticipation requests, newest first. This endpoint has no skip parameter and answers with a
    count instead of pageInfo.

    Args:
        status (AnticipationStatus | Unset):
        limit (int | Unset): Maximum number of requests returned (at most 1000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnticipationList | WooviError]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: AnticipationStatus | None = None,
    limit: int | None = None,
) -> AnticipationList | WooviError | None:
    """List anticipations

     Lists anticipation requests, newest first. This endpoint has no skip parameter and answers with a
    count instead of pageInfo.

    Args:
        status (AnticipationStatus | Unset):
        limit (int | Unset): Maximum number of requests returned (at most 1000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnticipationList | WooviError
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: AnticipationStatus | None = None,
    limit: int | None = None,
) -> Response[AnticipationList | WooviError]:
    """List anticipations

     Lists anticipation requests, newest first. This endpoint has no skip parameter and answers with a
    count instead of pageInfo.

    Args:
        status (AnticipationStatus | Unset):
        limit (int | Unset): Maximum number of requests returned (at most 1000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnticipationList | WooviError]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: AnticipationStatus | None = None,
    limit: int | None = None,
) -> AnticipationList | WooviError | None:
    """List anticipations

     Lists anticipation requests, newest first. This endpoint has no skip parameter and answers with a
    count instead of pageInfo.

    Args:
        status (AnticipationStatus | Unset):
        limit (int | Unset): Maximum number of requests returned (at most 1000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnticipationList | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
        )
    ).parsed
