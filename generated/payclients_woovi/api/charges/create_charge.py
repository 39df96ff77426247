from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charge_create_request import ChargeCreateRequest
from ...models.charge_response import ChargeResponse
from ...models.woovi_error import WooviError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChargeCreateRequest,
    return_existing: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `POST /api/v1/charge`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["return_existing"] = return_existing

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "post", "url": "/api/v1/charge"}
    _kwargs["params"] = params
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
) -> ChargeResponse | WooviError | None:
    if response.status_code == 200:
        response_200 = ChargeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WooviError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WooviError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChargeResponse | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChargeCreateRequest,
    return_existing: bool | Unset = UNSET,
) -> Response[ChargeResponse | WooviError]:
    """Create a charge

     Creates a Pix charge (dynamic QR code), optionally with due date, interest, fines, discounts
    and splits. `correlationID` identifies the charge for the caller; with `return_existing=true`
    a repeated correlationID returns the existing charge instead of failing, which makes retries safe.

    Args:
        return_existing (bool | Unset):
        body (ChargeCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
        return_existing=return_existing,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ChargeCreateRequest,
    return_existing: bool | Unset = UNSET,
) -> ChargeResponse | WooviError | None:
    """Create a charge

     Creates a Pix charge (dynamic QR code), optionally with due date, interest, fines, discounts
    and splits. `correlationID` identifies the charge for the caller; with `return_existing=true`
    a repeated correlationID returns the existing charge instead of failing, which makes retries safe.

    Args:
        return_existing (bool | Unset):
        body (ChargeCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeResponse | WooviError
    """

    return sync_detailed(
        client=client,
        body=body,
        return_existing=return_existing,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChargeCreateRequest,
    return_existing: bool | Unset = UNSET,
) -> Response[ChargeResponse | WooviError]:
    """Create a charge

     Creates a Pix charge (dynamic QR code), optionally with due date, interest, fines, discounts
    and splits. `correlationID` identifies the charge for the caller; with `return_existing=true`
    a repeated correlationID returns the existing charge instead of failing, which makes retries safe.

    Args:
        return_existing (bool | Unset):
        body (ChargeCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
        return_existing=return_existing,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChargeCreateRequest,
    return_existing: bool | Unset = UNSET,
) -> ChargeResponse | WooviError | None:
    """Create a charge

     Creates a Pix charge (dynamic QR code), optionally with due date, interest, fines, discounts
    and splits. `correlationID` identifies the charge for the caller; with `return_existing=true`
    a repeated correlationID returns the existing charge instead of failing, which makes retries safe.

    Args:
        return_existing (bool | Unset):
        body (ChargeCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeResponse | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            return_existing=return_existing,
        )
    ).parsed
