from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.account_register import AccountRegister
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    correlation_id: str,
) -> dict[str, Any]:
    """The request for `GET /api/v1/account-register`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    params["correlationID"] = correlation_id

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/account-register"}
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
) -> AccountRegister | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.AccountRegister.from_dict(_data)

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

    if response.status_code == 404:
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
) -> Response[AccountRegister | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str,
) -> Response[AccountRegister | WooviError]:
    """Get an account registration

     Looks up an account registration by its correlationID.

    Args:
        correlation_id (str): correlationID given when the registration was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRegister | WooviError]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str,
) -> AccountRegister | WooviError | None:
    """Get an account registration

     Looks up an account registration by its correlationID.

    Args:
        correlation_id (str): correlationID given when the registration was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRegister | WooviError
    """

    return sync_detailed(
        client=client,
        correlation_id=correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str,
) -> Response[AccountRegister | WooviError]:
    """Get an account registration

     Looks up an account registration by its correlationID.

    Args:
        correlation_id (str): correlationID given when the registration was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRegister | WooviError]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str,
) -> AccountRegister | WooviError | None:
    """Get an account registration

     Looks up an account registration by its correlationID.

    Args:
        correlation_id (str): correlationID given when the registration was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRegister | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            correlation_id=correlation_id,
        )
    ).parsed
