from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.auto_topup_config_page import AutoTopupConfigPage
from ...types import Response


def _get_kwargs(
    *,
    wallet_id: str,
    pricing_plan_schedule_id: str | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/auto-top-up-configs`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    params["wallet_id"] = wallet_id
    if pricing_plan_schedule_id is not None:
        params["pricing_plan_schedule_id"] = pricing_plan_schedule_id

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/auto-top-up-configs"}
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
) -> ApiError | AutoTopupConfigPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.AutoTopupConfigPage.from_dict(_data)

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
) -> Response[ApiError | AutoTopupConfigPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    pricing_plan_schedule_id: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | AutoTopupConfigPage]:
    """List the auto top-up configs.

    Args:
        wallet_id (str): Only auto top-up configs of this wallet.
        pricing_plan_schedule_id (str | Unset): Only auto top-up configs of this pricing plan
            schedule.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | AutoTopupConfigPage]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        pricing_plan_schedule_id=pricing_plan_schedule_id,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    pricing_plan_schedule_id: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | AutoTopupConfigPage | None:
    """List the auto top-up configs.

    Args:
        wallet_id (str): Only auto top-up configs of this wallet.
        pricing_plan_schedule_id (str | Unset): Only auto top-up configs of this pricing plan
            schedule.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | AutoTopupConfigPage
    """

    return sync_detailed(
        client=client,
        wallet_id=wallet_id,
        pricing_plan_schedule_id=pricing_plan_schedule_id,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    pricing_plan_schedule_id: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | AutoTopupConfigPage]:
    """List the auto top-up configs.

    Args:
        wallet_id (str): Only auto top-up configs of this wallet.
        pricing_plan_schedule_id (str | Unset): Only auto top-up configs of this pricing plan
            schedule.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | AutoTopupConfigPage]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        pricing_plan_schedule_id=pricing_plan_schedule_id,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    pricing_plan_schedule_id: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | AutoTopupConfigPage | None:
    """List the auto top-up configs.

    Args:
        wallet_id (str): Only auto top-up configs of this wallet.
        pricing_plan_schedule_id (str | Unset): Only auto top-up configs of this pricing plan
            schedule.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | AutoTopupConfigPage
    """

    return (
        await asyncio_detailed(
            client=client,
            wallet_id=wallet_id,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            x_platform_id=x_platform_id,
        )
    ).parsed
