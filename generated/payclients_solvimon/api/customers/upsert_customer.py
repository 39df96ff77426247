from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_customer_request import CreateCustomerRequest
from ...models.customer import Customer
from ...models.upsert_customer_field_actions import UpsertCustomerFieldActions
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCustomerRequest | None = None,
    identifier_field: str | None = None,
    custom_field_reference: str | None = None,
    field_actions: UpsertCustomerFieldActions | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """The request for `PUT /v1/customers`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}
    if identifier_field is not None:
        params["identifier_field"] = identifier_field
    if custom_field_reference is not None:
        params["custom_field_reference"] = custom_field_reference
    if field_actions is not None:
        params.update(field_actions.to_dict())

    _kwargs: dict[str, Any] = {"method": "put", "url": "/v1/customers"}
    _kwargs["params"] = params
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Customer | None:
    if response.status_code == 201:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.Customer.from_dict(_data)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Customer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerRequest | None = None,
    identifier_field: str | None = None,
    custom_field_reference: str | None = None,
    field_actions: UpsertCustomerFieldActions | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> Response[ApiError | Customer]:
    """Create or update a customer.

    Args:
        identifier_field (str | Unset): Field that tells whether the resource already exists.
        custom_field_reference (str | Unset): Custom field that tells whether the resource already
            exists.
        field_actions (UpsertCustomerFieldActions | Unset): Per field, what to do with it when the
            resource already exists.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (CreateCustomerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Customer]
    """

    kwargs = _get_kwargs(
        body=body,
        identifier_field=identifier_field,
        custom_field_reference=custom_field_reference,
        field_actions=field_actions,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerRequest | None = None,
    identifier_field: str | None = None,
    custom_field_reference: str | None = None,
    field_actions: UpsertCustomerFieldActions | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> ApiError | Customer | None:
    """Create or update a customer.

    Args:
        identifier_field (str | Unset): Field that tells whether the resource already exists.
        custom_field_reference (str | Unset): Custom field that tells whether the resource already
            exists.
        field_actions (UpsertCustomerFieldActions | Unset): Per field, what to do with it when the
            resource already exists.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (CreateCustomerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Customer
    """

    return sync_detailed(
        client=client,
        body=body,
        identifier_field=identifier_field,
        custom_field_reference=custom_field_reference,
        field_actions=field_actions,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerRequest | None = None,
    identifier_field: str | None = None,
    custom_field_reference: str | None = None,
    field_actions: UpsertCustomerFieldActions | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> Response[ApiError | Customer]:
    """Create or update a customer.

    Args:
        identifier_field (str | Unset): Field that tells whether the resource already exists.
        custom_field_reference (str | Unset): Custom field that tells whether the resource already
            exists.
        field_actions (UpsertCustomerFieldActions | Unset): Per field, what to do with it when the
            resource already exists.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (CreateCustomerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Customer]
    """

    kwargs = _get_kwargs(
        body=body,
        identifier_field=identifier_field,
        custom_field_reference=custom_field_reference,
        field_actions=field_actions,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerRequest | None = None,
    identifier_field: str | None = None,
    custom_field_reference: str | None = None,
    field_actions: UpsertCustomerFieldActions | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> ApiError | Customer | None:
    """Create or update a customer.

    Args:
        identifier_field (str | Unset): Field that tells whether the resource already exists.
        custom_field_reference (str | Unset): Custom field that tells whether the resource already
            exists.
        field_actions (UpsertCustomerFieldActions | Unset): Per field, what to do with it when the
            resource already exists.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        idempotency_key (str | Unset): Unique key (a UUIDv4 is advised) that makes a retried
            request take effect only once.
        body (CreateCustomerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Customer
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
