from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.order_direction import OrderDirection
from ...models.report_subscription_page import ReportSubscriptionPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `GET /v1/report-subscriptions`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if not isinstance(x_platform_id, Unset):
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["order_by"] = order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["order_direction"] = json_order_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/report-subscriptions"}
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
) -> ApiError | ReportSubscriptionPage | None:
    if response.status_code == 200:
        response_200 = ReportSubscriptionPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ReportSubscriptionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
) -> Response[ApiError | ReportSubscriptionPage]:
    """List the report subscriptions.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order_by (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ReportSubscriptionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
) -> ApiError | ReportSubscriptionPage | None:
    """List the report subscriptions.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order_by (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ReportSubscriptionPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
) -> Response[ApiError | ReportSubscriptionPage]:
    """List the report subscriptions.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order_by (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ReportSubscriptionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
) -> ApiError | ReportSubscriptionPage | None:
    """List the report subscriptions.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order_by (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ReportSubscriptionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
    ).parsed
