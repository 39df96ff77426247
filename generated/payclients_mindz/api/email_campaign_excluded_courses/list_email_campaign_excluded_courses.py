from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.email_campaign_excluded_course_page import EmailCampaignExcludedCoursePage
from ...models.mindz_error import MindzError
from ...types import Response


def _get_kwargs(
    campaign_id: int,
    *,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /email-campaigns/{campaign_id}/excluded-courses/`: path template, path values, query, headers, body."""

    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if ordering is not None:
        params["ordering"] = ordering
    if search is not None:
        params["search"] = search

    _kwargs: dict[str, Any] = {"method": "get", "url": "/email-campaigns/{campaign_id}/excluded-courses/"}
    _kwargs["path_params"] = {
        "campaign_id": campaign_id,
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
) -> EmailCampaignExcludedCoursePage | MindzError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.EmailCampaignExcludedCoursePage.from_dict(_data)

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
) -> Response[EmailCampaignExcludedCoursePage | MindzError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> Response[EmailCampaignExcludedCoursePage | MindzError]:
    """List the courses a campaign excludes

     Returns one page of link records, each a course excluded from a campaign.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        campaign_id (int): Id of the e-mail campaign.
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
        Response[EmailCampaignExcludedCoursePage | MindzError]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> EmailCampaignExcludedCoursePage | MindzError | None:
    """List the courses a campaign excludes

     Returns one page of link records, each a course excluded from a campaign.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        campaign_id (int): Id of the e-mail campaign.
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
        EmailCampaignExcludedCoursePage | MindzError
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> Response[EmailCampaignExcludedCoursePage | MindzError]:
    """List the courses a campaign excludes

     Returns one page of link records, each a course excluded from a campaign.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        campaign_id (int): Id of the e-mail campaign.
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
        Response[EmailCampaignExcludedCoursePage | MindzError]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
    ordering: str | None = None,
    search: str | None = None,
) -> EmailCampaignExcludedCoursePage | MindzError | None:
    """List the courses a campaign excludes

     Returns one page of link records, each a course excluded from a campaign.

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        campaign_id (int): Id of the e-mail campaign.
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
        EmailCampaignExcludedCoursePage | MindzError
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
    ).parsed
