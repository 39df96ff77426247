from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.approval_request_page import ApprovalRequestPage
from ...models.order_direction import OrderDirection
from ...types import Response


def _get_kwargs(
    *,
    source_type: str | None = None,
    source_id: str | None = None,
    user_id: str | None = None,
    statuses: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/approval-requests`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if source_type is not None:
        params["source_type"] = source_type
    if source_id is not None:
        params["source_id"] = source_id
    if user_id is not None:
        params["user_id"] = user_id
    if statuses is not None:
        params["statuses[]"] = _t.query_value(statuses, "statuses[]")
    if limit is not None:
        params["limit"] = limit
    if page is not None:
        params["page"] = page
    if order_by is not None:
        params["order_by"] = order_by
    if order_direction is not None:
        params["order_direction"] = _t.query_value(order_direction, "order_direction")

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/approval-requests"}
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
) -> ApiError | ApprovalRequestPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApprovalRequestPage.from_dict(_data)

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
) -> Response[ApiError | ApprovalRequestPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source_type: str | None = None,
    source_id: str | None = None,
    user_id: str | None = None,
    statuses: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | ApprovalRequestPage]:
    """List the approval requests.

    Args:
        source_type (str | Unset): Only approval requests raised by this type of object (INVOICE,
            ...).
        source_id (str | Unset): Only approval requests raised by this object.
        user_id (str | Unset): Only approval requests of this user.
        statuses (list[str] | Unset): Only approval requests with one of these statuses.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApprovalRequestPage]
    """

    kwargs = _get_kwargs(
        source_type=source_type,
        source_id=source_id,
        user_id=user_id,
        statuses=statuses,
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
    source_type: str | None = None,
    source_id: str | None = None,
    user_id: str | None = None,
    statuses: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> ApiError | ApprovalRequestPage | None:
    """List the approval requests.

    Args:
        source_type (str | Unset): Only approval requests raised by this type of object (INVOICE,
            ...).
        source_id (str | Unset): Only approval requests raised by this object.
        user_id (str | Unset): Only approval requests of this user.
        statuses (list[str] | Unset): Only approval requests with one of these statuses.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApprovalRequestPage
    """

    return sync_detailed(
        client=client,
        source_type=source_type,
        source_id=source_id,
        user_id=user_id,
        statuses=statuses,
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source_type: str | None = None,
    source_id: str | None = None,
    user_id: str | None = None,
    statuses: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | ApprovalRequestPage]:
    """List the approval requests.

    Args:
        source_type (str | Unset): Only approval requests raised by this type of object (INVOICE,
            ...).
        source_id (str | Unset): Only approval requests raised by this object.
        user_id (str | Unset): Only approval requests of this user.
        statuses (list[str] | Unset): Only approval requests with one of these statuses.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApprovalRequestPage]
    """

    kwargs = _get_kwargs(
        source_type=source_type,
        source_id=source_id,
        user_id=user_id,
        statuses=statuses,
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
    source_type: str | None = None,
    source_id: str | None = None,
    user_id: str | None = None,
    statuses: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> ApiError | ApprovalRequestPage | None:
    """List the approval requests.

    Args:
        source_type (str | Unset): Only approval requests raised by this type of object (INVOICE,
            ...).
        source_id (str | Unset): Only approval requests raised by this object.
        user_id (str | Unset): Only approval requests of this user.
        statuses (list[str] | Unset): Only approval requests with one of these statuses.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApprovalRequestPage
    """

    return (
        await asyncio_detailed(
            client=client,
            source_type=source_type,
            source_id=source_id,
            user_id=user_id,
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
    ).parsed
