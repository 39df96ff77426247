from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.meter_data_list import MeterDataList
from ...models.meter_data_list_request import MeterDataListRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MeterDataListRequest | None = None,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `POST /v1/ingest/meter-datas`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if cost_prediction is not None:
        params["cost_prediction"] = cost_prediction
    if meter_validation is not None:
        params["meter_validation"] = meter_validation

    _kwargs: dict[str, Any] = {"method": "post", "url": "/v1/ingest/meter-datas"}
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MeterDataList | None:
    if response.status_code == 201:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MeterDataList.from_dict(_data)

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

    if response.status_code == 409:
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
) -> Response[ApiError | MeterDataList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MeterDataListRequest | None = None,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | MeterDataList]:
    """Ingest a list of usage events (meter data).

    Args:
        cost_prediction (bool | Unset): Also return the predicted cost.
        meter_validation (str | Unset): How strictly the meter is checked: STATIC (default) needs
            the meter and its values and properties to exist; DYNAMIC creates what is missing.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        body (MeterDataListRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MeterDataList]
    """

    kwargs = _get_kwargs(
        body=body,
        cost_prediction=cost_prediction,
        meter_validation=meter_validation,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MeterDataListRequest | None = None,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | MeterDataList | None:
    """Ingest a list of usage events (meter data).

    Args:
        cost_prediction (bool | Unset): Also return the predicted cost.
        meter_validation (str | Unset): How strictly the meter is checked: STATIC (default) needs
            the meter and its values and properties to exist; DYNAMIC creates what is missing.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        body (MeterDataListRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MeterDataList
    """

    return sync_detailed(
        client=client,
        body=body,
        cost_prediction=cost_prediction,
        meter_validation=meter_validation,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MeterDataListRequest | None = None,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | MeterDataList]:
    """Ingest a list of usage events (meter data).

    Args:
        cost_prediction (bool | Unset): Also return the predicted cost.
        meter_validation (str | Unset): How strictly the meter is checked: STATIC (default) needs
            the meter and its values and properties to exist; DYNAMIC creates what is missing.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        body (MeterDataListRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MeterDataList]
    """

    kwargs = _get_kwargs(
        body=body,
        cost_prediction=cost_prediction,
        meter_validation=meter_validation,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MeterDataListRequest | None = None,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
    x_platform_id: str | None = None,
) -> ApiError | MeterDataList | None:
    """Ingest a list of usage events (meter data).

    Args:
        cost_prediction (bool | Unset): Also return the predicted cost.
        meter_validation (str | Unset): How strictly the meter is checked: STATIC (default) needs
            the meter and its values and properties to exist; DYNAMIC creates what is missing.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.
        body (MeterDataListRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MeterDataList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            cost_prediction=cost_prediction,
            meter_validation=meter_validation,
            x_platform_id=x_platform_id,
        )
    ).parsed
