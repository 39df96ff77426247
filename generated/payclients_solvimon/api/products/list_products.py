from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.product_page import ProductPage
from ...types import Response


def _get_kwargs(
    *,
    statuses: list[str] | None = None,
    expand: list[str] | None = None,
    custom_field: str | None = None,
    product_category_id: str | None = None,
    customer_id: str | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/products`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if statuses is not None:
        params["statuses[]"] = _t.query_value(statuses, "statuses[]")
    if expand is not None:
        params["expand[]"] = _t.query_value(expand, "expand[]")
    if custom_field is not None:
        params["custom_field"] = custom_field
    if product_category_id is not None:
        params["product_category_id"] = product_category_id
    if customer_id is not None:
        params["customer_id"] = customer_id

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/products"}
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | ProductPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ProductPage.from_dict(_data)

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
) -> Response[ApiError | ProductPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    statuses: list[str] | None = None,
    expand: list[str] | None = None,
    custom_field: str | None = None,
    product_category_id: str | None = None,
    customer_id: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | ProductPage]:
    """List the products.

    Args:
        statuses (list[str] | Unset): Only products with one of these statuses.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        custom_field (str | Unset): Only products whose custom field has this value.
        product_category_id (str | Unset): Only products of this product category.
        customer_id (str | Unset): Only products of this customer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProductPage]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
        expand=expand,
        custom_field=custom_field,
        product_category_id=product_category_id,
        customer_id=customer_id,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    statuses: list[str] | None = None,
    expand: list[str] | None = None,
    custom_field: str | None = None,
    product_category_id: str | None = None,
    customer_id: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | ProductPage | None:
    """List the products.

    Args:
        statuses (list[str] | Unset): Only products with one of these statuses.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        custom_field (str | Unset): Only products whose custom field has this value.
        product_category_id (str | Unset): Only products of this product category.
        customer_id (str | Unset): Only products of this customer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProductPage
    """

    return sync_detailed(
        client=client,
        statuses=statuses,
        expand=expand,
        custom_field=custom_field,
        product_category_id=product_category_id,
        customer_id=customer_id,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    statuses: list[str] | None = None,
    expand: list[str] | None = None,
    custom_field: str | None = None,
    product_category_id: str | None = None,
    customer_id: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | ProductPage]:
    """List the products.

    Args:
        statuses (list[str] | Unset): Only products with one of these statuses.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        custom_field (str | Unset): Only products whose custom field has this value.
        product_category_id (str | Unset): Only products of this product category.
        customer_id (str | Unset): Only products of this customer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProductPage]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
        expand=expand,
        custom_field=custom_field,
        product_category_id=product_category_id,
        customer_id=customer_id,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    statuses: list[str] | None = None,
    expand: list[str] | None = None,
    custom_field: str | None = None,
    product_category_id: str | None = None,
    customer_id: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | ProductPage | None:
    """List the products.

    Args:
        statuses (list[str] | Unset): Only products with one of these statuses.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        custom_field (str | Unset): Only products whose custom field has this value.
        product_category_id (str | Unset): Only products of this product category.
        customer_id (str | Unset): Only products of this customer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProductPage
    """

    return (
        await asyncio_detailed(
            client=client,
            statuses=statuses,
            expand=expand,
            custom_field=custom_field,
            product_category_id=product_category_id,
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
    ).parsed
