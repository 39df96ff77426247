from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.order_direction import OrderDirection
from ...models.webhook_event_page import WebhookEventPage
from ...types import Response


def _get_kwargs(
    *,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    webhook_id: str | None = None,
    status: str | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/webhook-events`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = limit
    if page is not None:
        params["page"] = page
    if order_by is not None:
        params["order_by"] = order_by
    if order_direction is not None:
        params["order_direction"] = _t.query_value(order_direction, "order_direction")
    if webhook_id is not None:
        params["webhook_id"] = webhook_id
    if status is not None:
        params["status"] = status

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/webhook-events"}
    _kwargs["params"] = params
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
) -> ApiError | WebhookEventPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WebhookEventPage.from_dict(_data)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | WebhookEventPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    webhook_id: str | None = None,
    status: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | WebhookEventPage]:
    """List the webhook events.

    Args:
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        webhook_id (str | Unset): Only webhook events of this webhook.
        status (str | Unset): Only webhook events with this status.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookEventPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        webhook_id=webhook_id,
        status=status,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    webhook_id: str | None = None,
    status: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | WebhookEventPage | None:
    """List the webhook events.

    Args:
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        webhook_id (str | Unset): Only webhook events of this webhook.
        status (str | Unset): Only webhook events with this status.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookEventPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        webhook_id=webhook_id,
        status=status,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    webhook_id: str | None = None,
    status: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | WebhookEventPage]:
    """List the webhook events.

    Args:
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        webhook_id (str | Unset): Only webhook events of this webhook.
        status (str | Unset): Only webhook events with this status.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookEventPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        webhook_id=webhook_id,
        status=status,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    webhook_id: str | None = None,
    status: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | WebhookEventPage | None:
    """List the webhook events.

    Args:
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        webhook_id (str | Unset): Only webhook events of this webhook.
        status (str | Unset): Only webhook events with this status.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookEventPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            webhook_id=webhook_id,
            status=status,
            x_platform_id=x_platform_id,
        )
    ).parsed
