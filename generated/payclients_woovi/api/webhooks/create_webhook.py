from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.webhook_create_request import WebhookCreateRequest
from ...models.webhook_response import WebhookResponse
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookCreateRequest,
) -> dict[str, Any]:
    """The request for `POST /api/v1/webhook`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "post", "url": "/api/v1/webhook"}
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
) -> WebhookResponse | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WebhookResponse.from_dict(_data)

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
) -> Response[WebhookResponse | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreateRequest,
) -> Response[WebhookResponse | WooviError]:
    """Create a webhook

     Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event defaults to
    OPENPIX:TRANSACTION_RECEIVED.

    Args:
        body (WebhookCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreateRequest,
) -> WebhookResponse | WooviError | None:
    """Create a webhook

     Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event defaults to
    OPENPIX:TRANSACTION_RECEIVED.

    Args:
        body (WebhookCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookResponse | WooviError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreateRequest,
) -> Response[WebhookResponse | WooviError]:
    """Create a webhook

     Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event defaults to
    OPENPIX:TRANSACTION_RECEIVED.

    Args:
        body (WebhookCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreateRequest,
) -> WebhookResponse | WooviError | None:
    """Create a webhook

     Subscribes a URL to one event. The body wraps the webhook in a `webhook` key; the event defaults to
    OPENPIX:TRANSACTION_RECEIVED.

    Args:
        body (WebhookCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookResponse | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
