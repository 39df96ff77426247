import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boleto_transaction_page import BoletoTransactionPage
from ...models.boleto_transaction_status import BoletoTransactionStatus
from ...models.boleto_transaction_type import BoletoTransactionType
from ...models.woovi_error import WooviError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: BoletoTransactionType | Unset = UNSET,
    status: BoletoTransactionStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    settled_start: datetime.datetime | Unset = UNSET,
    settled_end: datetime.datetime | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `GET /api/v1/boleto-transaction`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    json_settled_start: str | Unset = UNSET
    if not isinstance(settled_start, Unset):
        json_settled_start = settled_start.isoformat()
    params["settledStart"] = json_settled_start

    json_settled_end: str | Unset = UNSET
    if not isinstance(settled_end, Unset):
        json_settled_end = settled_end.isoformat()
    params["settledEnd"] = json_settled_end

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
        response_200 = BoletoTransactionPage.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = WooviError.from_dict(response.json())

        return response_422

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
    type_: BoletoTransactionType | Unset = UNSET,
    status: BoletoTransactionStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    settled_start: datetime.datetime | Unset = UNSET,
    settled_end: datetime.datetime | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[BoletoTransactionPage | WooviError]:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        settled_start (datetime.datetime | Unset):
        settled_end (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):

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
    type_: BoletoTransactionType | Unset = UNSET,
    status: BoletoTransactionStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    settled_start: datetime.datetime | Unset = UNSET,
    settled_end: datetime.datetime | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> BoletoTransactionPage | WooviError | None:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        settled_start (datetime.datetime | Unset):
        settled_end (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):

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
    type_: BoletoTransactionType | Unset = UNSET,
    status: BoletoTransactionStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    settled_start: datetime.datetime | Unset = UNSET,
    settled_end: datetime.datetime | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[BoletoTransactionPage | WooviError]:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        settled_start (datetime.datetime | Unset):
        settled_end (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):

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
    type_: BoletoTransactionType | Unset = UNSET,
    status: BoletoTransactionStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    settled_start: datetime.datetime | Unset = UNSET,
    settled_end: datetime.datetime | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> BoletoTransactionPage | WooviError | None:
    """Search boleto transactions

     Lists incoming and outgoing boleto transactions. `start`/`end` filter by creation time and
    `settledStart`/`settledEnd` by settlement time. Here `limit` is capped at 100 and `skip` at
    10000 (422 beyond that; narrow the date range instead).

    Args:
        type_ (BoletoTransactionType | Unset):
        status (BoletoTransactionStatus | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        settled_start (datetime.datetime | Unset):
        settled_end (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):

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
