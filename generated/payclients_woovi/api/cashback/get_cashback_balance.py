from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.cashback_balance import CashbackBalance
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    tax_id: str,
) -> dict[str, Any]:
    """The request for `GET /api/v1/cashback-fidelity/balance/{tax_id}`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/cashback-fidelity/balance/{tax_id}"}
    _kwargs["path_params"] = {
        "tax_id": tax_id,
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
) -> CashbackBalance | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.CashbackBalance.from_dict(_data)

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
) -> Response[CashbackBalance | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tax_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CashbackBalance | WooviError]:
    """Get the exclusive cashback balance

     Returns how much exclusive cashback a customer still has to receive.

    Args:
        tax_id (str): CPF or CNPJ of the customer, digits only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashbackBalance | WooviError]
    """

    kwargs = _get_kwargs(
        tax_id=tax_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    tax_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CashbackBalance | WooviError | None:
    """Get the exclusive cashback balance

     Returns how much exclusive cashback a customer still has to receive.

    Args:
        tax_id (str): CPF or CNPJ of the customer, digits only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashbackBalance | WooviError
    """

    return sync_detailed(
        tax_id=tax_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tax_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CashbackBalance | WooviError]:
    """Get the exclusive cashback balance

     Returns how much exclusive cashback a customer still has to receive.

    Args:
        tax_id (str): CPF or CNPJ of the customer, digits only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashbackBalance | WooviError]
    """

    kwargs = _get_kwargs(
        tax_id=tax_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    tax_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CashbackBalance | WooviError | None:
    """Get the exclusive cashback balance

     Returns how much exclusive cashback a customer still has to receive.

    Args:
        tax_id (str): CPF or CNPJ of the customer, digits only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashbackBalance | WooviError
    """

    return (
        await asyncio_detailed(
            tax_id=tax_id,
            client=client,
        )
    ).parsed
