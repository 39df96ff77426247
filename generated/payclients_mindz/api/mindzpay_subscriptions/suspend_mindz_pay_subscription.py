from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.mindz_error import MindzError
from ...models.mindz_pay_subscription import MindzPaySubscription
from ...types import Response


def _get_kwargs(
    account_id: str,
    subscription_id: int,
) -> dict[str, Any]:
    """The request for `POST /mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mindzpay/accounts/{account_id}/subscriptions/{subscription_id}/suspend/",
    }
    _kwargs["path_params"] = {
        "account_id": account_id,
        "subscription_id": subscription_id,
    }
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
) -> MindzError | MindzPaySubscription | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzPaySubscription.from_dict(_data)

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
) -> Response[MindzError | MindzPaySubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    subscription_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MindzError | MindzPaySubscription]:
    """Suspend a MindzPay subscription

     Pauses the recurring billing of a subscription; returns it. No request body.

    The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_id (str): Id of the MindzPay account (the node's "Account ID"; probably the same
            account as `account_key` elsewhere, which is not confirmed). Sent as a string because its
            format is unknown.
        subscription_id (int): Id of the MindzPay subscription (a customer's recurring billing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | MindzPaySubscription]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        subscription_id=subscription_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    subscription_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MindzError | MindzPaySubscription | None:
    """Suspend a MindzPay subscription

     Pauses the recurring billing of a subscription; returns it. No request body.

    The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_id (str): Id of the MindzPay account (the node's "Account ID"; probably the same
            account as `account_key` elsewhere, which is not confirmed). Sent as a string because its
            format is unknown.
        subscription_id (int): Id of the MindzPay subscription (a customer's recurring billing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | MindzPaySubscription
    """

    return sync_detailed(
        account_id=account_id,
        subscription_id=subscription_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    subscription_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MindzError | MindzPaySubscription]:
    """Suspend a MindzPay subscription

     Pauses the recurring billing of a subscription; returns it. No request body.

    The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_id (str): Id of the MindzPay account (the node's "Account ID"; probably the same
            account as `account_key` elsewhere, which is not confirmed). Sent as a string because its
            format is unknown.
        subscription_id (int): Id of the MindzPay subscription (a customer's recurring billing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | MindzPaySubscription]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        subscription_id=subscription_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    subscription_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MindzError | MindzPaySubscription | None:
    """Suspend a MindzPay subscription

     Pauses the recurring billing of a subscription; returns it. No request body.

    The inputs (account id, subscription id) come from the n8n node's MindzPay Subscription pages.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_id (str): Id of the MindzPay account (the node's "Account ID"; probably the same
            account as `account_key` elsewhere, which is not confirmed). Sent as a string because its
            format is unknown.
        subscription_id (int): Id of the MindzPay subscription (a customer's recurring billing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | MindzPaySubscription
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            subscription_id=subscription_id,
            client=client,
        )
    ).parsed
