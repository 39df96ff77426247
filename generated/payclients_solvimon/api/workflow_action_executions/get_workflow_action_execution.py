from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.workflow_action_execution import WorkflowActionExecution
from ...types import Response


def _get_kwargs(
    resource_id: str,
    *,
    expand: list[str] | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/workflow-action-executions/{resource_id}`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if expand is not None:
        params["expand[]"] = _t.query_value(expand, "expand[]")

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/workflow-action-executions/{resource_id}"}
    _kwargs["path_params"] = {
        "resource_id": resource_id,
    }
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
) -> ApiError | WorkflowActionExecution | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WorkflowActionExecution.from_dict(_data)

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
) -> Response[ApiError | WorkflowActionExecution]:
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
    expand: list[str] | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | WorkflowActionExecution]:
    """Get the workflow action execution.

    Args:
        resource_id (str): Id of the workflow action execution.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WorkflowActionExecution]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        expand=expand,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | None = None,
    x_platform_id: str | None = None,
) -> ApiError | WorkflowActionExecution | None:
    """Get the workflow action execution.

    Args:
        resource_id (str): Id of the workflow action execution.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WorkflowActionExecution
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        expand=expand,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | WorkflowActionExecution]:
    """Get the workflow action execution.

    Args:
        resource_id (str): Id of the workflow action execution.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WorkflowActionExecution]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        expand=expand,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | None = None,
    x_platform_id: str | None = None,
) -> ApiError | WorkflowActionExecution | None:
    """Get the workflow action execution.

    Args:
        resource_id (str): Id of the workflow action execution.
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WorkflowActionExecution
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            expand=expand,
            x_platform_id=x_platform_id,
        )
    ).parsed
