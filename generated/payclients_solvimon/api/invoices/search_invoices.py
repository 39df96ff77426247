from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invoice_page import InvoicePage
from ...models.invoice_search_request import InvoiceSearchRequest
from ...models.order_direction import OrderDirection
from ...types import Response


def _get_kwargs(
    *,
    body: InvoiceSearchRequest,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    include_periods: bool | None = None,
    include_lines: bool | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """The request for `POST /v1/invoices/search`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}
    if order_by is not None:
        params["order_by"] = order_by
    if order_direction is not None:
        params["order_direction"] = _t.query_value(order_direction, "order_direction")
    if expand is not None:
        params["expand[]"] = _t.query_value(expand, "expand[]")
    if limit is not None:
        params["limit"] = limit
    if page is not None:
        params["page"] = page
    if include_periods is not None:
        params["include_periods"] = include_periods
    if include_lines is not None:
        params["include_lines"] = include_lines

    _kwargs: dict[str, Any] = {"method": "post", "url": "/v1/invoices/search"}
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | InvoicePage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.InvoicePage.from_dict(_data)

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
) -> Response[ApiError | InvoicePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceSearchRequest,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    include_periods: bool | None = None,
    include_lines: bool | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> Response[ApiError | InvoicePage]:
    """Find invoices by criteria

     Finds invoices matching search, filter and selection criteria; paged like listInvoices.

    Args:
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        include_periods (bool | Unset): Include periods and groups in each invoice.
        include_lines (bool | Unset): Include invoice lines.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (InvoiceSearchRequest): Search criteria for invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoicePage]
    """

    kwargs = _get_kwargs(
        body=body,
        order_by=order_by,
        order_direction=order_direction,
        expand=expand,
        limit=limit,
        page=page,
        include_periods=include_periods,
        include_lines=include_lines,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceSearchRequest,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    include_periods: bool | None = None,
    include_lines: bool | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> ApiError | InvoicePage | None:
    """Find invoices by criteria

     Finds invoices matching search, filter and selection criteria; paged like listInvoices.

    Args:
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        include_periods (bool | Unset): Include periods and groups in each invoice.
        include_lines (bool | Unset): Include invoice lines.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (InvoiceSearchRequest): Search criteria for invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoicePage
    """

    return sync_detailed(
        client=client,
        body=body,
        order_by=order_by,
        order_direction=order_direction,
        expand=expand,
        limit=limit,
        page=page,
        include_periods=include_periods,
        include_lines=include_lines,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceSearchRequest,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    include_periods: bool | None = None,
    include_lines: bool | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> Response[ApiError | InvoicePage]:
    """Find invoices by criteria

     Finds invoices matching search, filter and selection criteria; paged like listInvoices.

    Args:
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        include_periods (bool | Unset): Include periods and groups in each invoice.
        include_lines (bool | Unset): Include invoice lines.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (InvoiceSearchRequest): Search criteria for invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoicePage]
    """

    kwargs = _get_kwargs(
        body=body,
        order_by=order_by,
        order_direction=order_direction,
        expand=expand,
        limit=limit,
        page=page,
        include_periods=include_periods,
        include_lines=include_lines,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceSearchRequest,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    include_periods: bool | None = None,
    include_lines: bool | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> ApiError | InvoicePage | None:
    """Find invoices by criteria

     Finds invoices matching search, filter and selection criteria; paged like listInvoices.

    Args:
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        include_periods (bool | Unset): Include periods and groups in each invoice.
        include_lines (bool | Unset): Include invoice lines.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (InvoiceSearchRequest): Search criteria for invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoicePage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            limit=limit,
            page=page,
            include_periods=include_periods,
            include_lines=include_lines,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
