from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.quote import Quote
from ...models.update_quote_field_actions import UpdateQuoteFieldActions
from ...models.update_quote_request import UpdateQuoteRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_id: str,
    *,
    body: UpdateQuoteRequest | Unset = UNSET,
    field_actions: UpdateQuoteFieldActions | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `PATCH /v1/quotes/{resource_id}`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if not isinstance(x_platform_id, Unset):
        headers["x-platform-id"] = x_platform_id

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_field_actions: dict[str, Any] | Unset = UNSET
    if not isinstance(field_actions, Unset):
        json_field_actions = field_actions.to_dict()
    if not isinstance(json_field_actions, Unset):
        params.update(json_field_actions)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "patch", "url": "/v1/quotes/{resource_id}"}
    _kwargs["path_params"] = {
        "resource_id": resource_id,
    }
    _kwargs["params"] = params

    if not isinstance(body, Unset):
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Quote | None:
    if response.status_code == 200:
        response_200 = Quote.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Quote]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQuoteRequest | Unset = UNSET,
    field_actions: UpdateQuoteFieldActions | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | Quote]:
    """Update the quote.

    Args:
        resource_id (str):
        field_actions (UpdateQuoteFieldActions | Unset):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateQuoteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Quote]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        field_actions=field_actions,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQuoteRequest | Unset = UNSET,
    field_actions: UpdateQuoteFieldActions | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | Quote | None:
    """Update the quote.

    Args:
        resource_id (str):
        field_actions (UpdateQuoteFieldActions | Unset):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateQuoteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Quote
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
        field_actions=field_actions,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQuoteRequest | Unset = UNSET,
    field_actions: UpdateQuoteFieldActions | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | Quote]:
    """Update the quote.

    Args:
        resource_id (str):
        field_actions (UpdateQuoteFieldActions | Unset):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateQuoteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Quote]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        field_actions=field_actions,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQuoteRequest | Unset = UNSET,
    field_actions: UpdateQuoteFieldActions | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | Quote | None:
    """Update the quote.

    Args:
        resource_id (str):
        field_actions (UpdateQuoteFieldActions | Unset):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateQuoteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Quote
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            body=body,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
