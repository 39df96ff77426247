from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.ingest_data_page import IngestDataPage
from ...types import Response


def _get_kwargs(
    *,
    customer_id: str | None = None,
    reference: str | None = None,
    meter_id: str | None = None,
    deleted: bool | None = None,
    processed_details_type: str | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/ingest/meter-data`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if customer_id is not None:
        params["customer_id"] = customer_id
    if reference is not None:
        params["reference"] = reference
    if meter_id is not None:
        params["meter_id"] = meter_id
    if deleted is not None:
        params["deleted"] = deleted
    if processed_details_type is not None:
        params["processed_details_type"] = processed_details_type
    if expand is not None:
        params["expand[]"] = _t.query_value(expand, "expand[]")
    if limit is not None:
        params["limit"] = limit
    if page is not None:
        params["page"] = page

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/ingest/meter-data"}
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
) -> ApiError | IngestDataPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.IngestDataPage.from_dict(_data)

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
) -> Response[ApiError | IngestDataPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | None = None,
    reference: str | None = None,
    meter_id: str | None = None,
    deleted: bool | None = None,
    processed_details_type: str | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | IngestDataPage]:
    """List the meter data.

    Args:
        customer_id (str | Unset): Only meter data records of this customer.
        reference (str | Unset): Only meter data records with this reference.
        meter_id (str | Unset): Only meter data records of this meter.
        deleted (bool | Unset): Only deleted (true) or not deleted (false) meter data records.
        processed_details_type (str | Unset): Only meter data records whose processing details
            have this type (NOT_MATCHED, DUPLICATE, ...).
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | IngestDataPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        reference=reference,
        meter_id=meter_id,
        deleted=deleted,
        processed_details_type=processed_details_type,
        expand=expand,
        limit=limit,
        page=page,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | None = None,
    reference: str | None = None,
    meter_id: str | None = None,
    deleted: bool | None = None,
    processed_details_type: str | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    x_platform_id: str | None = None,
) -> ApiError | IngestDataPage | None:
    """List the meter data.

    Args:
        customer_id (str | Unset): Only meter data records of this customer.
        reference (str | Unset): Only meter data records with this reference.
        meter_id (str | Unset): Only meter data records of this meter.
        deleted (bool | Unset): Only deleted (true) or not deleted (false) meter data records.
        processed_details_type (str | Unset): Only meter data records whose processing details
            have this type (NOT_MATCHED, DUPLICATE, ...).
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | IngestDataPage
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        reference=reference,
        meter_id=meter_id,
        deleted=deleted,
        processed_details_type=processed_details_type,
        expand=expand,
        limit=limit,
        page=page,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | None = None,
    reference: str | None = None,
    meter_id: str | None = None,
    deleted: bool | None = None,
    processed_details_type: str | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | IngestDataPage]:
    """List the meter data.

    Args:
        customer_id (str | Unset): Only meter data records of this customer.
        reference (str | Unset): Only meter data records with this reference.
        meter_id (str | Unset): Only meter data records of this meter.
        deleted (bool | Unset): Only deleted (true) or not deleted (false) meter data records.
        processed_details_type (str | Unset): Only meter data records whose processing details
            have this type (NOT_MATCHED, DUPLICATE, ...).
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | IngestDataPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        reference=reference,
        meter_id=meter_id,
        deleted=deleted,
        processed_details_type=processed_details_type,
        expand=expand,
        limit=limit,
        page=page,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | None = None,
    reference: str | None = None,
    meter_id: str | None = None,
    deleted: bool | None = None,
    processed_details_type: str | None = None,
    expand: list[str] | None = None,
    limit: int | None = None,
    page: int | None = None,
    x_platform_id: str | None = None,
) -> ApiError | IngestDataPage | None:
    """List the meter data.

    Args:
        customer_id (str | Unset): Only meter data records of this customer.
        reference (str | Unset): Only meter data records with this reference.
        meter_id (str | Unset): Only meter data records of this meter.
        deleted (bool | Unset): Only deleted (true) or not deleted (false) meter data records.
        processed_details_type (str | Unset): Only meter data records whose processing details
            have this type (NOT_MATCHED, DUPLICATE, ...).
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        limit (int | Unset): Page size.
        page (int | Unset): Page number, from 1.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | IngestDataPage
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            reference=reference,
            meter_id=meter_id,
            deleted=deleted,
            processed_details_type=processed_details_type,
            expand=expand,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
    ).parsed
