from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.email import Email
from ...models.mindz_error import MindzError
from ...models.patched_email_request import PatchedEmailRequest
from ...types import Response


def _get_kwargs(
    email_list_id: int,
    email_id: int,
    *,
    body: PatchedEmailRequest,
) -> dict[str, Any]:
    """The request for `PATCH /email-lists/{email_list_id}/emails/{email_id}/`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "patch", "url": "/email-lists/{email_list_id}/emails/{email_id}/"}
    _kwargs["path_params"] = {
        "email_list_id": email_list_id,
        "email_id": email_id,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Email | MindzError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.Email.from_dict(_data)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Email | MindzError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email_list_id: int,
    email_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailRequest,
) -> Response[Email | MindzError]:
    """Partially update a contact

     Changes only the fields sent (DRF `partial_update`).

    The n8n node's Email List page (list id, limit, offset, sort, search) backs the list inputs.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int): Id of the e-mail list.
        email_id (int): Id of the e-mail contact inside the list.
        body (PatchedEmailRequest): Contact fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Email | MindzError]
    """

    kwargs = _get_kwargs(
        email_list_id=email_list_id,
        email_id=email_id,
        body=body,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    email_list_id: int,
    email_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailRequest,
) -> Email | MindzError | None:
    """Partially update a contact

     Changes only the fields sent (DRF `partial_update`).

    The n8n node's Email List page (list id, limit, offset, sort, search) backs the list inputs.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int): Id of the e-mail list.
        email_id (int): Id of the e-mail contact inside the list.
        body (PatchedEmailRequest): Contact fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Email | MindzError
    """

    return sync_detailed(
        email_list_id=email_list_id,
        email_id=email_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    email_list_id: int,
    email_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailRequest,
) -> Response[Email | MindzError]:
    """Partially update a contact

     Changes only the fields sent (DRF `partial_update`).

    The n8n node's Email List page (list id, limit, offset, sort, search) backs the list inputs.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int): Id of the e-mail list.
        email_id (int): Id of the e-mail contact inside the list.
        body (PatchedEmailRequest): Contact fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Email | MindzError]
    """

    kwargs = _get_kwargs(
        email_list_id=email_list_id,
        email_id=email_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    email_list_id: int,
    email_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailRequest,
) -> Email | MindzError | None:
    """Partially update a contact

     Changes only the fields sent (DRF `partial_update`).

    The n8n node's Email List page (list id, limit, offset, sort, search) backs the list inputs.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int): Id of the e-mail list.
        email_id (int): Id of the e-mail contact inside the list.
        body (PatchedEmailRequest): Contact fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Email | MindzError
    """

    return (
        await asyncio_detailed(
            email_list_id=email_list_id,
            email_id=email_id,
            client=client,
            body=body,
        )
    ).parsed
