from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.subscription_page import SubscriptionPage
from ...models.woovi_error import WooviError
from ...types import Response


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
) -> SubscriptionPage | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.SubscriptionPage.from_dict(_data)

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
) -> Response[SubscriptionPage | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | None = None,
    limit: int | None = None,
) -> Response[SubscriptionPage | WooviError]:
    """List subscriptions

     Lists the subscriptions of the company.

    Args:
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionPage | WooviError]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip: int | None = None,
    limit: int | None = None,
) -> SubscriptionPage | WooviError | None:
    """List subscriptions

     Lists the subscriptions of the company.

    Args:
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionPage | WooviError
    """

    return sync_detailed(
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | None = None,
    limit: int | None = None,
) -> Response[SubscriptionPage | WooviError]:
    """List subscriptions

     Lists the subscriptions of the company.

    Args:
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionPage | WooviError]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip: int | None = None,
    limit: int | None = None,
) -> SubscriptionPage | WooviError | None:
    """List subscriptions

     Lists the subscriptions of the company.

    Args:
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionPage | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
