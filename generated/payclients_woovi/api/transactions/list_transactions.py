import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.transaction_page import TransactionPage
from ...models.transaction_type import TransactionType
from ...models.woovi_error import WooviError
from ...types import Response


def _get_kwargs(
    *,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    charge: str | None = None,
    pix_qr_code: str | None = None,
    withdrawal: str | None = None,
    has_webhook: bool | None = None,
    type_: TransactionType | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """The request for `GET /api/v1/transaction`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if start is not None:
        params["start"] = _t.query_value(start, "start")
    if end is not None:
        params["end"] = _t.query_value(end, "end")
    if charge is not None:
        params["charge"] = charge
    if pix_qr_code is not None:
        params["pixQrCode"] = pix_qr_code
    if withdrawal is not None:
        params["withdrawal"] = withdrawal
    if has_webhook is not None:
        params["hasWebhook"] = has_webhook
    if type_ is not None:
        params["type"] = _t.query_value(type_, "type")
    if skip is not None:
        params["skip"] = skip
    if limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {"method": "get", "url": "/api/v1/transaction"}
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
) -> TransactionPage | WooviError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.TransactionPage.from_dict(_data)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransactionPage | WooviError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    charge: str | None = None,
    pix_qr_code: str | None = None,
    withdrawal: str | None = None,
    has_webhook: bool | None = None,
    type_: TransactionType | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> Response[TransactionPage | WooviError]:
    """List transactions

     Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

    Args:
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        charge (str | Unset): Only transactions of this charge (globalID).
        pix_qr_code (str | Unset): Only transactions of this static QR code (globalID).
        withdrawal (str | Unset): Only transactions of this withdrawal (globalID).
        has_webhook (bool | Unset): Only transactions that did (true) or did not (false) trigger a
            webhook.
        type_ (TransactionType | Unset):
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransactionPage | WooviError]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        charge=charge,
        pix_qr_code=pix_qr_code,
        withdrawal=withdrawal,
        has_webhook=has_webhook,
        type_=type_,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    charge: str | None = None,
    pix_qr_code: str | None = None,
    withdrawal: str | None = None,
    has_webhook: bool | None = None,
    type_: TransactionType | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> TransactionPage | WooviError | None:
    """List transactions

     Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

    Args:
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        charge (str | Unset): Only transactions of this charge (globalID).
        pix_qr_code (str | Unset): Only transactions of this static QR code (globalID).
        withdrawal (str | Unset): Only transactions of this withdrawal (globalID).
        has_webhook (bool | Unset): Only transactions that did (true) or did not (false) trigger a
            webhook.
        type_ (TransactionType | Unset):
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransactionPage | WooviError
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        charge=charge,
        pix_qr_code=pix_qr_code,
        withdrawal=withdrawal,
        has_webhook=has_webhook,
        type_=type_,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    charge: str | None = None,
    pix_qr_code: str | None = None,
    withdrawal: str | None = None,
    has_webhook: bool | None = None,
    type_: TransactionType | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> Response[TransactionPage | WooviError]:
    """List transactions

     Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

    Args:
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        charge (str | Unset): Only transactions of this charge (globalID).
        pix_qr_code (str | Unset): Only transactions of this static QR code (globalID).
        withdrawal (str | Unset): Only transactions of this withdrawal (globalID).
        has_webhook (bool | Unset): Only transactions that did (true) or did not (false) trigger a
            webhook.
        type_ (TransactionType | Unset):
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransactionPage | WooviError]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        charge=charge,
        pix_qr_code=pix_qr_code,
        withdrawal=withdrawal,
        has_webhook=has_webhook,
        type_=type_,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
    charge: str | None = None,
    pix_qr_code: str | None = None,
    withdrawal: str | None = None,
    has_webhook: bool | None = None,
    type_: TransactionType | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> TransactionPage | WooviError | None:
    """List transactions

     Lists Pix transactions, filtered by period, charge, static QR code, withdrawal or type.

    Args:
        start (datetime.datetime | Unset): Start of the period (inclusive), as an RFC 3339 date-
            time.
        end (datetime.datetime | Unset): End of the period (inclusive), as an RFC 3339 date-time.
        charge (str | Unset): Only transactions of this charge (globalID).
        pix_qr_code (str | Unset): Only transactions of this static QR code (globalID).
        withdrawal (str | Unset): Only transactions of this withdrawal (globalID).
        has_webhook (bool | Unset): Only transactions that did (true) or did not (false) trigger a
            webhook.
        type_ (TransactionType | Unset):
        skip (int | Unset): Offset: how many items to leave out before the page starts (Woovi
            starts at 0).
        limit (int | Unset): Maximum number of items in the page. Woovi uses 100 when it is
            omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransactionPage | WooviError
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            charge=charge,
            pix_qr_code=pix_qr_code,
            withdrawal=withdrawal,
            has_webhook=has_webhook,
            type_=type_,
            skip=skip,
            limit=limit,
        )
    ).parsed
