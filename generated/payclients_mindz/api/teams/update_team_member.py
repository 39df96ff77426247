from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.mindz_error import MindzError
from ...models.team import Team
from ...models.team_request import TeamRequest
from ...types import Response


def _get_kwargs(
    user_id: int,
    *,
    body: TeamRequest,
) -> dict[str, Any]:
    """The request for `PUT /team/{user_id}/`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "put", "url": "/team/{user_id}/"}
    _kwargs["path_params"] = {
        "user_id": user_id,
    }
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MindzError | Team | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.Team.from_dict(_data)

    if response.status_code == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 429:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MindzError | Team]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TeamRequest,
) -> Response[MindzError | Team]:
    """Replace a team member

     Replaces every writable field of a team member (DRF `update`).

    The body fields come from the n8n node's Team Create and Partial Update pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        user_id (int): User id of the team member.
        body (TeamRequest): Team membership for create and full update. Inferred from the n8n
            node's Team Create / Partial Update inputs (the Create page is cut off, so more flags may
            exist); wire names proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | Team]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TeamRequest,
) -> MindzError | Team | None:
    """Replace a team member

     Replaces every writable field of a team member (DRF `update`).

    The body fields come from the n8n node's Team Create and Partial Update pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        user_id (int): User id of the team member.
        body (TeamRequest): Team membership for create and full update. Inferred from the n8n
            node's Team Create / Partial Update inputs (the Create page is cut off, so more flags may
            exist); wire names proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | Team
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TeamRequest,
) -> Response[MindzError | Team]:
    """Replace a team member

     Replaces every writable field of a team member (DRF `update`).

    The body fields come from the n8n node's Team Create and Partial Update pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        user_id (int): User id of the team member.
        body (TeamRequest): Team membership for create and full update. Inferred from the n8n
            node's Team Create / Partial Update inputs (the Create page is cut off, so more flags may
            exist); wire names proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | Team]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TeamRequest,
) -> MindzError | Team | None:
    """Replace a team member

     Replaces every writable field of a team member (DRF `update`).

    The body fields come from the n8n node's Team Create and Partial Update pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        user_id (int): User id of the team member.
        body (TeamRequest): Team membership for create and full update. Inferred from the n8n
            node's Team Create / Partial Update inputs (the Create page is cut off, so more flags may
            exist); wire names proposed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | Team
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
