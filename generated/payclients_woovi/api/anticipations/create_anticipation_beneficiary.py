from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.anticipation_beneficiary_create_request import AnticipationBeneficiaryCreateRequest
from ...models.anticipation_beneficiary_response import AnticipationBeneficiaryResponse
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    body: AnticipationBeneficiaryCreateRequest,
    return_existing: bool | None = None,
) -> dict[str, Any]:
    """The request for `POST /api/v1/anticipation/beneficiary`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    if return_existing is not None:
        params["return_existing"] = return_existing

    _kwargs: dict[str, Any] = {"method": "post", "url": "/api/v1/anticipation/beneficiary"}
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnticipationBeneficiaryResponse | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.AnticipationBeneficiaryResponse.from_dict(_data)

    if response.status_code == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if response.status_code == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if response.status_code == 409:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.WooviError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnticipationBeneficiaryResponse | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnticipationBeneficiaryCreateRequest,
    return_existing: bool | None = None,
) -> Response[AnticipationBeneficiaryResponse | WooviError]:
    """Add an anticipation beneficiary

     Registers a person or company that may request anticipations. A duplicate taxID yields 409 unless
    return_existing is true, in which case the existing beneficiary is returned.

    Args:
        return_existing (bool | Unset): When true, a repeated key returns the existing resource
            instead of an error.
        body (AnticipationBeneficiaryCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnticipationBeneficiaryResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
        return_existing=return_existing,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnticipationBeneficiaryCreateRequest,
    return_existing: bool | None = None,
) -> AnticipationBeneficiaryResponse | WooviError | None:
    """Add an anticipation beneficiary

     Registers a person or company that may request anticipations. A duplicate taxID yields 409 unless
    return_existing is true, in which case the existing beneficiary is returned.

    Args:
        return_existing (bool | Unset): When true, a repeated key returns the existing resource
            instead of an error.
        body (AnticipationBeneficiaryCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnticipationBeneficiaryResponse | WooviError
    """

    return sync_detailed(
        client=client,
        body=body,
        return_existing=return_existing,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnticipationBeneficiaryCreateRequest,
    return_existing: bool | None = None,
) -> Response[AnticipationBeneficiaryResponse | WooviError]:
    """Add an anticipation beneficiary

     Registers a person or company that may request anticipations. A duplicate taxID yields 409 unless
    return_existing is true, in which case the existing beneficiary is returned.

    Args:
        return_existing (bool | Unset): When true, a repeated key returns the existing resource
            instead of an error.
        body (AnticipationBeneficiaryCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnticipationBeneficiaryResponse | WooviError]
    """

    kwargs = _get_kwargs(
        body=body,
        return_existing=return_existing,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnticipationBeneficiaryCreateRequest,
    return_existing: bool | None = None,
) -> AnticipationBeneficiaryResponse | WooviError | None:
    """Add an anticipation beneficiary

     Registers a person or company that may request anticipations. A duplicate taxID yields 409 unless
    return_existing is true, in which case the existing beneficiary is returned.

    Args:
        return_existing (bool | Unset): When true, a repeated key returns the existing resource
            instead of an error.
        body (AnticipationBeneficiaryCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnticipationBeneficiaryResponse | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            return_existing=return_existing,
        )
    ).parsed
