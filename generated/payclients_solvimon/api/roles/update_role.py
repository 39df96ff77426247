from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.role import Role
from ...models.update_role_request import UpdateRoleRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_id: str,
    *,
    body: UpdateRoleRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `PATCH /v1/roles/{resource_id}`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if not isinstance(x_platform_id, Unset):
        headers["x-platform-id"] = x_platform_id

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {"method": "patch", "url": "/v1/roles/{resource_id}"}
    _kwargs["path_params"] = {
        "resource_id": resource_id,
    }

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Role | None:
    if response.status_code == 200:
        response_200 = Role.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Role]:
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
    body: UpdateRoleRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | Role]:
    """Update the role.

    Args:
        resource_id (str):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Role]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | Role | None:
    """Update the role.

    Args:
        resource_id (str):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Role
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | Role]:
    """Update the role.

    Args:
        resource_id (str):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Role]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | Role | None:
    """Update the role.

    Args:
        resource_id (str):
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (UpdateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Role
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
