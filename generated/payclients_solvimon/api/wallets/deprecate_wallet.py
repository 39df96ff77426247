from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.wallet import Wallet
from ...types import Response


def _get_kwargs(
    resource_id_or_reference: str,
    *,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """The request for `POST /v1/wallets/{resource_id_or_reference}/deprecate`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {"method": "post", "url": "/v1/wallets/{resource_id_or_reference}/deprecate"}
    _kwargs["path_params"] = {
        "resource_id_or_reference": resource_id_or_reference,
    }
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Wallet | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.Wallet.from_dict(_data)

    if response.status_code == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if response.status_code == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if response.status_code == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if response.status_code == 500:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Wallet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id_or_reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> Response[ApiError | Wallet]:
    """Deprecate the wallet.

    Args:
        resource_id_or_reference (str): Id or reference of the wallet.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Wallet]
    """

    kwargs = _get_kwargs(
        resource_id_or_reference=resource_id_or_reference,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    resource_id_or_reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> ApiError | Wallet | None:
    """Deprecate the wallet.

    Args:
        resource_id_or_reference (str): Id or reference of the wallet.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Wallet
    """

    return sync_detailed(
        resource_id_or_reference=resource_id_or_reference,
        client=client,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    resource_id_or_reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> Response[ApiError | Wallet]:
    """Deprecate the wallet.

    Args:
        resource_id_or_reference (str): Id or reference of the wallet.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Wallet]
    """

    kwargs = _get_kwargs(
        resource_id_or_reference=resource_id_or_reference,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id_or_reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> ApiError | Wallet | None:
    """Deprecate the wallet.

    Args:
        resource_id_or_reference (str): Id or reference of the wallet.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Wallet
    """

    return (
        await asyncio_detailed(
            resource_id_or_reference=resource_id_or_reference,
            client=client,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
