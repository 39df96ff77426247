from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.mindz_error import MindzError
from ...models.mindz_pay_payment_page import MindzPayPaymentPage
from ...types import Response


def _get_kwargs(
    account_key: str,
    *,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /mindzpay/accounts/{account_key}/payments/`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if ordering is not None:
        params["ordering"] = ordering
    if search is not None:
        params["search"] = search

    _kwargs: dict[str, Any] = {"method": "get", "url": "/mindzpay/accounts/{account_key}/payments/"}
    _kwargs["path_params"] = {
        "account_key": account_key,
    }
    _kwargs["params"] = params
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
) -> MindzError | MindzPayPaymentPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzPayPaymentPage.from_dict(_data)

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
) -> Response[MindzError | MindzPayPaymentPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_key: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> Response[MindzError | MindzPayPaymentPage]:
    """List MindzPay payments

     Returns one page of the payments of a MindzPay account.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        limit (int | Unset): Maximum number of results in the page (DRF limit/offset pagination).
            The n8n node requires at least 1 and uses 50 when the user does not choose.
        offset (int | Unset): Number of results to skip before the page starts; 0 is the first
            result.
        ordering (str | Unset): Field to sort by; prefix with `-` for descending order (DRF
            `OrderingFilter` style, proposed: the node exposes a Sort By field and a Sort Direction).
            Fields known from the node's sort options: emails: `created_at`, `id`, `email`,
            `updated_at`; MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For
            other resources the sortable fields are not known (`id` is a safe guess).
        search (str | Unset): Free-text filter applied by the server (DRF `SearchFilter` style);
            searched fields are not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | MindzPayPaymentPage]
    """

    kwargs = _get_kwargs(
        account_key=account_key,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    account_key: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> MindzError | MindzPayPaymentPage | None:
    """List MindzPay payments

     Returns one page of the payments of a MindzPay account.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        limit (int | Unset): Maximum number of results in the page (DRF limit/offset pagination).
            The n8n node requires at least 1 and uses 50 when the user does not choose.
        offset (int | Unset): Number of results to skip before the page starts; 0 is the first
            result.
        ordering (str | Unset): Field to sort by; prefix with `-` for descending order (DRF
            `OrderingFilter` style, proposed: the node exposes a Sort By field and a Sort Direction).
            Fields known from the node's sort options: emails: `created_at`, `id`, `email`,
            `updated_at`; MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For
            other resources the sortable fields are not known (`id` is a safe guess).
        search (str | Unset): Free-text filter applied by the server (DRF `SearchFilter` style);
            searched fields are not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | MindzPayPaymentPage
    """

    return sync_detailed(
        account_key=account_key,
        client=client,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
    ).parsed


async def asyncio_detailed(
    account_key: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> Response[MindzError | MindzPayPaymentPage]:
    """List MindzPay payments

     Returns one page of the payments of a MindzPay account.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        limit (int | Unset): Maximum number of results in the page (DRF limit/offset pagination).
            The n8n node requires at least 1 and uses 50 when the user does not choose.
        offset (int | Unset): Number of results to skip before the page starts; 0 is the first
            result.
        ordering (str | Unset): Field to sort by; prefix with `-` for descending order (DRF
            `OrderingFilter` style, proposed: the node exposes a Sort By field and a Sort Direction).
            Fields known from the node's sort options: emails: `created_at`, `id`, `email`,
            `updated_at`; MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For
            other resources the sortable fields are not known (`id` is a safe guess).
        search (str | Unset): Free-text filter applied by the server (DRF `SearchFilter` style);
            searched fields are not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MindzError | MindzPayPaymentPage]
    """

    kwargs = _get_kwargs(
        account_key=account_key,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    account_key: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> MindzError | MindzPayPaymentPage | None:
    """List MindzPay payments

     Returns one page of the payments of a MindzPay account.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        account_key (str): Key of the MindzPay account (the node's "Account Key"). Its format
            (slug, UUID or number) is unknown, so it is sent as a string.
        limit (int | Unset): Maximum number of results in the page (DRF limit/offset pagination).
            The n8n node requires at least 1 and uses 50 when the user does not choose.
        offset (int | Unset): Number of results to skip before the page starts; 0 is the first
            result.
        ordering (str | Unset): Field to sort by; prefix with `-` for descending order (DRF
            `OrderingFilter` style, proposed: the node exposes a Sort By field and a Sort Direction).
            Fields known from the node's sort options: emails: `created_at`, `id`, `email`,
            `updated_at`; MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For
            other resources the sortable fields are not known (`id` is a safe guess).
        search (str | Unset): Free-text filter applied by the server (DRF `SearchFilter` style);
            searched fields are not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MindzError | MindzPayPaymentPage
    """

    return (
        await asyncio_detailed(
            account_key=account_key,
            client=client,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
    ).parsed
