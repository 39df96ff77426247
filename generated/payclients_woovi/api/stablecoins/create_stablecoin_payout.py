from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.stablecoin_payout import StablecoinPayout
from ...models.stablecoin_payout_request import StablecoinPayoutRequest
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    body: StablecoinPayoutRequest,
) -> dict[str, Any]:
    """The request for `POST /api/v1/stablecoin/payout`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "post", "url": "/api/v1/stablecoin/payout"}
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
) -> StablecoinPayout | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.StablecoinPayout.from_dict(_data)

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
) -> Response[StablecoinPayout | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StablecoinPayoutRequest,
) -> Response[StablecoinPayout | WooviError]:
    """Pay out stablecoin balance by Pix

     Sells stablecoins from the company's internal float for BRL and pays the result to a Pix key.
    `value` counts cents of the asset being sold. A repeated correlationId gives back the payout
    already made with it.

    Args:
        body (StablecoinPayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StablecoinPayout | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StablecoinPayoutRequest,
) -> StablecoinPayout | WooviError | None:
    """Pay out stablecoin balance by Pix

     Sells stablecoins from the company's internal float for BRL and pays the result to a Pix key.
    `value` counts cents of the asset being sold. A repeated correlationId gives back the payout
    already made with it.

    Args:
        body (StablecoinPayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StablecoinPayout | WooviError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StablecoinPayoutRequest,
) -> Response[StablecoinPayout | WooviError]:
    """Pay out stablecoin balance by Pix

     Sells stablecoins from the company's internal float for BRL and pays the result to a Pix key.
    `value` counts cents of the asset being sold. A repeated correlationId gives back the payout
    already made with it.

    Args:
        body (StablecoinPayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StablecoinPayout | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StablecoinPayoutRequest,
) -> StablecoinPayout | WooviError | None:
    """Pay out stablecoin balance by Pix

     Sells stablecoins from the company's internal float for BRL and pays the result to a Pix key.
    `value` counts cents of the asset being sold. A repeated correlationId gives back the payout
    already made with it.

    Args:
        body (StablecoinPayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StablecoinPayout | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
