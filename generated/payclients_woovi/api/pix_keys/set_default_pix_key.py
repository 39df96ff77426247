from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.pix_key import PixKey
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    pix_key: str,
) -> dict[str, Any]:
    """The request for `PUT /api/v1/pix-keys/{pix_key}/default`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "put", "url": "/api/v1/pix-keys/{pix_key}/default"}
    _kwargs["path_params"] = {
        "pix_key": pix_key,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PixKey | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.PixKey.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PixKey | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pix_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PixKey | WooviError]:
    """Make a Pix key the default

     Marks a key as the default key of the account (this was a POST in older docs).

    Args:
        pix_key (str): The Pix key; URI-encode it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PixKey | WooviError]
    """

    kwargs = _get_kwargs(
        pix_key=pix_key,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    pix_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> PixKey | WooviError | None:
    """Make a Pix key the default

     Marks a key as the default key of the account (this was a POST in older docs).

    Args:
        pix_key (str): The Pix key; URI-encode it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PixKey | WooviError
    """

    return sync_detailed(
        pix_key=pix_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    pix_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PixKey | WooviError]:
    """Make a Pix key the default

     Marks a key as the default key of the account (this was a POST in older docs).

    Args:
        pix_key (str): The Pix key; URI-encode it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PixKey | WooviError]
    """

    kwargs = _get_kwargs(
        pix_key=pix_key,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    pix_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> PixKey | WooviError | None:
    """Make a Pix key the default

     Marks a key as the default key of the account (this was a POST in older docs).

    Args:
        pix_key (str): The Pix key; URI-encode it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PixKey | WooviError
    """

    return (
        await asyncio_detailed(
            pix_key=pix_key,
            client=client,
        )
    ).parsed
