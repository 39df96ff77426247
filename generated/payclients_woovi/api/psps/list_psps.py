from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.psp_list import PspList
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    ispb: str | None = None,
    name: str | None = None,
    compe: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /api/v1/psp`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if ispb is not None:
        params["ispb"] = ispb
    if name is not None:
        params["name"] = name
    if compe is not None:
        params["compe"] = compe

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/psp"}
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PspList | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.PspList.from_dict(_data)

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

    if response.status_code == 500:
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
) -> Response[PspList | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ispb: str | None = None,
    name: str | None = None,
    compe: str | None = None,
) -> Response[PspList | WooviError]:
    """List PSPs

     Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE code.

    Args:
        ispb (str | Unset): ISPB code.
        name (str | Unset): Part of the institution name.
        compe (str | Unset): COMPE (bank) code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PspList | WooviError]
    """

    kwargs = _get_kwargs(
        ispb=ispb,
        name=name,
        compe=compe,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ispb: str | None = None,
    name: str | None = None,
    compe: str | None = None,
) -> PspList | WooviError | None:
    """List PSPs

     Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE code.

    Args:
        ispb (str | Unset): ISPB code.
        name (str | Unset): Part of the institution name.
        compe (str | Unset): COMPE (bank) code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PspList | WooviError
    """

    return sync_detailed(
        client=client,
        ispb=ispb,
        name=name,
        compe=compe,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ispb: str | None = None,
    name: str | None = None,
    compe: str | None = None,
) -> Response[PspList | WooviError]:
    """List PSPs

     Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE code.

    Args:
        ispb (str | Unset): ISPB code.
        name (str | Unset): Part of the institution name.
        compe (str | Unset): COMPE (bank) code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PspList | WooviError]
    """

    kwargs = _get_kwargs(
        ispb=ispb,
        name=name,
        compe=compe,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ispb: str | None = None,
    name: str | None = None,
    compe: str | None = None,
) -> PspList | WooviError | None:
    """List PSPs

     Lists the payment service providers of the Pix network, filtered by ISPB, name or COMPE code.

    Args:
        ispb (str | Unset): ISPB code.
        name (str | Unset): Part of the institution name.
        compe (str | Unset): COMPE (bank) code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PspList | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            ispb=ispb,
            name=name,
            compe=compe,
        )
    ).parsed
