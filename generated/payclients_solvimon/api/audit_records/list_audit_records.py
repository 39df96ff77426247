from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.audit_record_page import AuditRecordPage
from ...models.order_direction import OrderDirection
from ...types import Response


def _get_kwargs(
    *,
    user_id: str | None = None,
    target_entity_id: str | None = None,
    target_id: str | None = None,
    target_type: str | None = None,
    created_at: str | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/audit-records`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if user_id is not None:
        params["user_id"] = user_id
    if target_entity_id is not None:
        params["target_entity_id"] = target_entity_id
    if target_id is not None:
        params["target_id"] = target_id
    if target_type is not None:
        params["target_type"] = target_type
    if created_at is not None:
        params["created_at"] = created_at
    if limit is not None:
        params["limit"] = limit
    if page is not None:
        params["page"] = page
    if order_by is not None:
        params["order_by"] = order_by
    if order_direction is not None:
        params["order_direction"] = _t.query_value(order_direction, "order_direction")

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/audit-records"}
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
) -> ApiError | AuditRecordPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.AuditRecordPage.from_dict(_data)

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
) -> Response[ApiError | AuditRecordPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | None = None,
    target_entity_id: str | None = None,
    target_id: str | None = None,
    target_type: str | None = None,
    created_at: str | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | AuditRecordPage]:
    """List the audit records.

    Args:
        user_id (str | Unset): Only audit records of this user.
        target_entity_id (str | Unset): Only audit records about objects of this entity.
        target_id (str | Unset): Only audit records about this object.
        target_type (str | Unset): Only audit records about this type of object.
        created_at (str | Unset): Only audit records created in this range (ISO-8601).
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
        Response[ApiError | AuditRecordPage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        target_entity_id=target_entity_id,
        target_id=target_id,
        target_type=target_type,
        created_at=created_at,
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
    user_id: str | None = None,
    target_entity_id: str | None = None,
    target_id: str | None = None,
    target_type: str | None = None,
    created_at: str | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> ApiError | AuditRecordPage | None:
    """List the audit records.

    Args:
        user_id (str | Unset): Only audit records of this user.
        target_entity_id (str | Unset): Only audit records about objects of this entity.
        target_id (str | Unset): Only audit records about this object.
        target_type (str | Unset): Only audit records about this type of object.
        created_at (str | Unset): Only audit records created in this range (ISO-8601).
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
        ApiError | AuditRecordPage
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        target_entity_id=target_entity_id,
        target_id=target_id,
        target_type=target_type,
        created_at=created_at,
        limit=limit,
        page=page,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | None = None,
    target_entity_id: str | None = None,
    target_id: str | None = None,
    target_type: str | None = None,
    created_at: str | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | AuditRecordPage]:
    """List the audit records.

    Args:
        user_id (str | Unset): Only audit records of this user.
        target_entity_id (str | Unset): Only audit records about objects of this entity.
        target_id (str | Unset): Only audit records about this object.
        target_type (str | Unset): Only audit records about this type of object.
        created_at (str | Unset): Only audit records created in this range (ISO-8601).
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
        Response[ApiError | AuditRecordPage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        target_entity_id=target_entity_id,
        target_id=target_id,
        target_type=target_type,
        created_at=created_at,
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
    user_id: str | None = None,
    target_entity_id: str | None = None,
    target_id: str | None = None,
    target_type: str | None = None,
    created_at: str | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> ApiError | AuditRecordPage | None:
    """List the audit records.

    Args:
        user_id (str | Unset): Only audit records of this user.
        target_entity_id (str | Unset): Only audit records about objects of this entity.
        target_id (str | Unset): Only audit records about this object.
        target_type (str | Unset): Only audit records about this type of object.
        created_at (str | Unset): Only audit records created in this range (ISO-8601).
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
        ApiError | AuditRecordPage
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            target_entity_id=target_entity_id,
            target_id=target_id,
            target_type=target_type,
            created_at=created_at,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
    ).parsed
