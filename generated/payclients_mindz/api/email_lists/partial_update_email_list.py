from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.email_list import EmailList
from ...models.mindz_error import MindzError
from ...models.patched_email_list_request import PatchedEmailListRequest
from ...types import Response


def _get_kwargs(
    email_list_id: int,
    *,
    body: PatchedEmailListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/email-lists/{email_list_id}/".format(
            email_list_id=quote(str(email_list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailList | MindzError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.EmailList.from_dict(_data)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailList | MindzError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email_list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailListRequest,
) -> Response[EmailList | MindzError]:
    """Partially update an e-mail list

     Changes only the fields sent (DRF `partial_update`).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int):
        body (PatchedEmailListRequest): E-mail list fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailList | MindzError]
    """

    kwargs = _get_kwargs(
        email_list_id=email_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailListRequest,
) -> EmailList | MindzError | None:
    """Partially update an e-mail list

     Changes only the fields sent (DRF `partial_update`).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int):
        body (PatchedEmailListRequest): E-mail list fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailList | MindzError
    """

    return sync_detailed(
        email_list_id=email_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    email_list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailListRequest,
) -> Response[EmailList | MindzError]:
    """Partially update an e-mail list

     Changes only the fields sent (DRF `partial_update`).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int):
        body (PatchedEmailListRequest): E-mail list fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailList | MindzError]
    """

    kwargs = _get_kwargs(
        email_list_id=email_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedEmailListRequest,
) -> EmailList | MindzError | None:
    """Partially update an e-mail list

     Changes only the fields sent (DRF `partial_update`).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        email_list_id (int):
        body (PatchedEmailListRequest): E-mail list fields for a partial update (proposed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailList | MindzError
    """

    return (
        await asyncio_detailed(
            email_list_id=email_list_id,
            client=client,
            body=body,
        )
    ).parsed
