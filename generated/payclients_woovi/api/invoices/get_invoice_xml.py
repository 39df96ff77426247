from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.woovi_error import WooviError
from ...types import File, Response


def _get_kwargs(
    correlation_id: str,
) -> dict[str, Any]:
    """The request for `GET /api/v1/invoice/{correlation_id}/xml`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/invoice/{correlation_id}/xml"}
    _kwargs["path_params"] = {
        "correlation_id": correlation_id,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | WooviError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    correlation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | WooviError]:
    """Download the invoice XML

     Returns the XML of a CONFIRMED invoice.

    Args:
        correlation_id (str): correlationID given when the invoice was issued.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | WooviError]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    correlation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | WooviError | None:
    """Download the invoice XML

     Returns the XML of a CONFIRMED invoice.

    Args:
        correlation_id (str): correlationID given when the invoice was issued.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | WooviError
    """

    return sync_detailed(
        correlation_id=correlation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    correlation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | WooviError]:
    """Download the invoice XML

     Returns the XML of a CONFIRMED invoice.

    Args:
        correlation_id (str): correlationID given when the invoice was issued.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | WooviError]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    correlation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | WooviError | None:
    """Download the invoice XML

     Returns the XML of a CONFIRMED invoice.

    Args:
        correlation_id (str): correlationID given when the invoice was issued.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | WooviError
    """

    return (
        await asyncio_detailed(
            correlation_id=correlation_id,
            client=client,
        )
    ).parsed
