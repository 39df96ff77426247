import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.boleto_transaction_page import BoletoTransactionPage
from ...models.boleto_transaction_status import BoletoTransactionStatus
from ...models.boleto_transaction_type import BoletoTransactionType
from ...models.woovi_error import WooviError
from ...types import Response


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
) -> BoletoTransactionPage | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.BoletoTransactionPage.from_dict(_data)

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

    if response.status_code == 422:
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
) -> Response[BoletoTransactionPage | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: BoletoTransactionType | None = None,
    status: BoletoTransactionStatus | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    settled_start: datetime.datetime | None = None,
    settled_end: datetime.datetime | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> Response[BoletoTransactionPage | WooviError]:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        settled_start (datetime.datetime | Unset): Only transactions settled at or after this
            instant.
        settled_end (datetime.datetime | Unset): Only transactions settled at or before this
            instant.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoletoTransactionPage | WooviError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        start=start,
        end=end,
        settled_start=settled_start,
        settled_end=settled_end,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: BoletoTransactionType | None = None,
    status: BoletoTransactionStatus | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    settled_start: datetime.datetime | None = None,
    settled_end: datetime.datetime | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> BoletoTransactionPage | WooviError | None:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        settled_start (datetime.datetime | Unset): Only transactions settled at or after this
            instant.
        settled_end (datetime.datetime | Unset): Only transactions settled at or before this
            instant.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoletoTransactionPage | WooviError
    """

    return sync_detailed(
        client=client,
        type_=type_,
        status=status,
        start=start,
        end=end,
        settled_start=settled_start,
        settled_end=settled_end,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: BoletoTransactionType | None = None,
    status: BoletoTransactionStatus | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    settled_start: datetime.datetime | None = None,
    settled_end: datetime.datetime | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> Response[BoletoTransactionPage | WooviError]:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        settled_start (datetime.datetime | Unset): Only transactions settled at or after this
            instant.
        settled_end (datetime.datetime | Unset): Only transactions settled at or before this
            instant.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoletoTransactionPage | WooviError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        start=start,
        end=end,
        settled_start=settled_start,
        settled_end=settled_end,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: BoletoTransactionType | None = None,
    status: BoletoTransactionStatus | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    settled_start: datetime.datetime | None = None,
    settled_end: datetime.datetime | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> BoletoTransactionPage | WooviError | None:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        settled_start (datetime.datetime | Unset): Only transactions settled at or after this
            instant.
        settled_end (datetime.datetime | Unset): Only transactions settled at or before this
            instant.
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoletoTransactionPage | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            status=status,
            start=start,
            end=end,
            settled_start=settled_start,
            settled_end=settled_end,
            skip=skip,
            limit=limit,
        )
    ).parsed
