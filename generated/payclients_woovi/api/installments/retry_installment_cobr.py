from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.installment_cobr_request import InstallmentCobrRequest
from ...models.installment_cobr_result import InstallmentCobrResult
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: InstallmentCobrRequest | None = None,
) -> dict[str, Any]:
    """The request for `POST /api/v1/installments/{id}/cobr/retry`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "post", "url": "/api/v1/installments/{id}/cobr/retry"}
    _kwargs["path_params"] = {
        "id": id,
    }
    if body is not None:
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
) -> InstallmentCobrResult | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.InstallmentCobrResult.from_dict(_data)

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
) -> Response[InstallmentCobrResult | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstallmentCobrRequest | None = None,
) -> Response[InstallmentCobrResult | WooviError]:
    """Retry the CobR of an installment

     Requests a new collection attempt for an installment whose CobR failed.

    Args:
        id (str): globalID of the installment.
        body (InstallmentCobrRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallmentCobrResult | WooviError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstallmentCobrRequest | None = None,
) -> InstallmentCobrResult | WooviError | None:
    """Retry the CobR of an installment

     Requests a new collection attempt for an installment whose CobR failed.

    Args:
        id (str): globalID of the installment.
        body (InstallmentCobrRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallmentCobrResult | WooviError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstallmentCobrRequest | None = None,
) -> Response[InstallmentCobrResult | WooviError]:
    """Retry the CobR of an installment

     Requests a new collection attempt for an installment whose CobR failed.

    Args:
        id (str): globalID of the installment.
        body (InstallmentCobrRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallmentCobrResult | WooviError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstallmentCobrRequest | None = None,
) -> InstallmentCobrResult | WooviError | None:
    """Retry the CobR of an installment

     Requests a new collection attempt for an installment whose CobR failed.

    Args:
        id (str): globalID of the installment.
        body (InstallmentCobrRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallmentCobrResult | WooviError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
