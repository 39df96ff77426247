import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.statement_entry import StatementEntry
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    skip: int | None = None,
    limit: int | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
) -> dict[str, Any]:
    """The request for `GET /api/v1/subaccount/{id}/statement`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if skip is not None:
        params["skip"] = skip
    if limit is not None:
        params["limit"] = limit
    if start is not None:
        params["start"] = _t.query_value(start, "start")
    if end is not None:
        params["end"] = _t.query_value(end, "end")

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
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _t.list_of(_data, _models.StatementEntry.from_dict)

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

    if response.status_code == 403:
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
    skip: int | None = None,
    limit: int | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
) -> Response[WooviError | list[StatementEntry]]:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str): Pix key that identifies the subaccount.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.

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
    skip: int | None = None,
    limit: int | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
) -> WooviError | list[StatementEntry] | None:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str): Pix key that identifies the subaccount.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.

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
    skip: int | None = None,
    limit: int | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
) -> Response[WooviError | list[StatementEntry]]:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str): Pix key that identifies the subaccount.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.

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
    skip: int | None = None,
    limit: int | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
) -> WooviError | list[StatementEntry] | None:
    """Get a subaccount statement

     Returns the ledger entries of a subaccount. The body is a bare array, without pageInfo.

    Args:
        id (str): Pix key that identifies the subaccount.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.

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
