from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.mindz_error import MindzError
from ...models.mindz_pay_payment import MindzPayPayment
from ...types import Response


def _get_kwargs(
    account_key: str,
    payment_id: int,
) -> dict[str, Any]:
    """The request for `GET /mindzpay/accounts/{account_key}/payments/{payment_id}/`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get", "url": "/mindzpay/accounts/{account_key}/payments/{payment_id}/"}
    _kwargs["path_params"] = {
        "account_key": account_key,
        "payment_id": payment_id,
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
) -> MindzError | MindzPayPayment | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzPayPayment.from_dict(_data)

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
) -> Response[MindzError | MindzPayPayment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_key: str,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MindzError | MindzPayPayment]:
    """Get a MindzPay payment

     Returns one payment.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        payment_id (int): Id of the MindzPay payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | MindzPayPayment]
    """

    kwargs = _get_kwargs(
        account_key=account_key,
        payment_id=payment_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    account_key: str,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MindzError | MindzPayPayment | None:
    """Get a MindzPay payment

     Returns one payment.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        payment_id (int): Id of the MindzPay payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | MindzPayPayment
    """

    return sync_detailed(
        account_key=account_key,
        payment_id=payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_key: str,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MindzError | MindzPayPayment]:
    """Get a MindzPay payment

     Returns one payment.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        payment_id (int): Id of the MindzPay payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | MindzPayPayment]
    """

    kwargs = _get_kwargs(
        account_key=account_key,
        payment_id=payment_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    account_key: str,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MindzError | MindzPayPayment | None:
    """Get a MindzPay payment

     Returns one payment.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        payment_id (int): Id of the MindzPay payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | MindzPayPayment
    """

    return (
        await asyncio_detailed(
            account_key=account_key,
            payment_id=payment_id,
            client=client,
        )
    ).parsed
