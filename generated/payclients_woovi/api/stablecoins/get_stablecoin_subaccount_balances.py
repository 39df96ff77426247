from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.stablecoin_balances import StablecoinBalances
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    sub_account_id: str,
) -> dict[str, Any]:
    """The request for `GET /api/v1/stablecoin/subaccount/{sub_account_id}/balances`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/stablecoin/subaccount/{sub_account_id}/balances"}
    _kwargs["path_params"] = {
        "sub_account_id": sub_account_id,
    }
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
) -> StablecoinBalances | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.StablecoinBalances.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if response.status_code == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if response.status_code == 502:
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
) -> Response[StablecoinBalances | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sub_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StablecoinBalances | WooviError]:
    """Get stable subaccount balances

     Returns the balance per asset of a stablecoin subaccount, read live from the provider.

    Args:
        sub_account_id (str): Provider id of the stable subaccount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StablecoinBalances | WooviError]
    """

    kwargs = _get_kwargs(
        sub_account_id=sub_account_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    sub_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StablecoinBalances | WooviError | None:
    """Get stable subaccount balances

     Returns the balance per asset of a stablecoin subaccount, read live from the provider.

    Args:
        sub_account_id (str): Provider id of the stable subaccount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StablecoinBalances | WooviError
    """

    return sync_detailed(
        sub_account_id=sub_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sub_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StablecoinBalances | WooviError]:
    """Get stable subaccount balances

     Returns the balance per asset of a stablecoin subaccount, read live from the provider.

    Args:
        sub_account_id (str): Provider id of the stable subaccount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StablecoinBalances | WooviError]
    """

    kwargs = _get_kwargs(
        sub_account_id=sub_account_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    sub_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StablecoinBalances | WooviError | None:
    """Get stable subaccount balances

     Returns the balance per asset of a stablecoin subaccount, read live from the provider.

    Args:
        sub_account_id (str): Provider id of the stable subaccount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StablecoinBalances | WooviError
    """

    return (
        await asyncio_detailed(
            sub_account_id=sub_account_id,
            client=client,
        )
    ).parsed
