import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.statement_entry import StatementEntry
from ...models.woovi_error import WooviError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `GET /api/v1/subaccount/{id}/statement`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/subaccount/{id}/statement"}
    _kwargs["path_params"] = {
        "id": id,
    }
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
) -> WooviError | list[StatementEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StatementEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = WooviError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WooviError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WooviError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WooviError | list[StatementEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
) -> Response[WooviError | list[StatementEntry]]:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str):
        skip (int | Unset):
        limit (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WooviError | list[StatementEntry]]
    """

    kwargs = _get_kwargs(
        id=id,
        skip=skip,
        limit=limit,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
) -> WooviError | list[StatementEntry] | None:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str):
        skip (int | Unset):
        limit (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WooviError | list[StatementEntry]
    """

    return sync_detailed(
        id=id,
        client=client,
        skip=skip,
        limit=limit,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
) -> Response[WooviError | list[StatementEntry]]:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str):
        skip (int | Unset):
        limit (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WooviError | list[StatementEntry]]
    """

    kwargs = _get_kwargs(
        id=id,
        skip=skip,
        limit=limit,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
) -> WooviError | list[StatementEntry] | None:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str):
        skip (int | Unset):
        limit (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WooviError | list[StatementEntry]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            skip=skip,
            limit=limit,
            start=start,
            end=end,
        )
    ).parsed
