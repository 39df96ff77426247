from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.order_direction import OrderDirection
from ...models.pricing_plan_subscription_page import PricingPlanSubscriptionPage
from ...types import Response


def _get_kwargs(
    *,
    expand: list[str] | None = None,
    customer_id: str | None = None,
    pricing_plan_subscription_group_id: str | None = None,
    reference: str | None = None,
    type_: str | None = None,
    variant: str | None = None,
    status: str | None = None,
    statuses: list[str] | None = None,
    custom_field: str | None = None,
    start_at: str | None = None,
    created_at: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/pricing-plan-subscriptions`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if expand is not None:
        params["expand[]"] = _t.query_value(expand, "expand[]")
    if customer_id is not None:
        params["customer_id"] = customer_id
    if pricing_plan_subscription_group_id is not None:
        params["pricing_plan_subscription_group_id"] = pricing_plan_subscription_group_id
    if reference is not None:
        params["reference"] = reference
    if type_ is not None:
        params["type"] = type_
    if variant is not None:
        params["variant"] = variant
    if status is not None:
        params["status"] = status
    if statuses is not None:
        params["statuses[]"] = _t.query_value(statuses, "statuses[]")
    if custom_field is not None:
        params["custom_field"] = custom_field
    if start_at is not None:
        params["start_at"] = start_at
    if created_at is not None:
        params["created_at"] = created_at
    if page is not None:
        params["page"] = page
    if limit is not None:
        params["limit"] = limit
    if order_by is not None:
        params["order_by"] = order_by
    if order_direction is not None:
        params["order_direction"] = _t.query_value(order_direction, "order_direction")

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/pricing-plan-subscriptions"}
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
) -> ApiError | PricingPlanSubscriptionPage | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.PricingPlanSubscriptionPage.from_dict(_data)

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
) -> Response[ApiError | PricingPlanSubscriptionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | None = None,
    customer_id: str | None = None,
    pricing_plan_subscription_group_id: str | None = None,
    reference: str | None = None,
    type_: str | None = None,
    variant: str | None = None,
    status: str | None = None,
    statuses: list[str] | None = None,
    custom_field: str | None = None,
    start_at: str | None = None,
    created_at: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | PricingPlanSubscriptionPage]:
    """List the pricing plan subscriptions.

    Args:
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        customer_id (str | Unset): Only pricing plan subscriptions of this customer.
        pricing_plan_subscription_group_id (str | Unset): Only pricing plan subscriptions of this
            pricing plan subscription group.
        reference (str | Unset): Only pricing plan subscriptions with this reference.
        type_ (str | Unset): Only pricing plan subscriptions of this type.
        variant (str | Unset): Only pricing plan subscriptions of this variant.
        status (str | Unset): Only pricing plan subscriptions with this status.
        statuses (list[str] | Unset): Only pricing plan subscriptions with one of these statuses.
        custom_field (str | Unset): Only pricing plan subscriptions whose custom field has this
            value.
        start_at (str | Unset): Only pricing plan subscriptions starting in this range (ISO-8601).
        created_at (str | Unset): Only pricing plan subscriptions created in this range
            (ISO-8601).
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PricingPlanSubscriptionPage]
    """

    kwargs = _get_kwargs(
        expand=expand,
        customer_id=customer_id,
        pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
        reference=reference,
        type_=type_,
        variant=variant,
        status=status,
        statuses=statuses,
        custom_field=custom_field,
        start_at=start_at,
        created_at=created_at,
        page=page,
        limit=limit,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | None = None,
    customer_id: str | None = None,
    pricing_plan_subscription_group_id: str | None = None,
    reference: str | None = None,
    type_: str | None = None,
    variant: str | None = None,
    status: str | None = None,
    statuses: list[str] | None = None,
    custom_field: str | None = None,
    start_at: str | None = None,
    created_at: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> ApiError | PricingPlanSubscriptionPage | None:
    """List the pricing plan subscriptions.

    Args:
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        customer_id (str | Unset): Only pricing plan subscriptions of this customer.
        pricing_plan_subscription_group_id (str | Unset): Only pricing plan subscriptions of this
            pricing plan subscription group.
        reference (str | Unset): Only pricing plan subscriptions with this reference.
        type_ (str | Unset): Only pricing plan subscriptions of this type.
        variant (str | Unset): Only pricing plan subscriptions of this variant.
        status (str | Unset): Only pricing plan subscriptions with this status.
        statuses (list[str] | Unset): Only pricing plan subscriptions with one of these statuses.
        custom_field (str | Unset): Only pricing plan subscriptions whose custom field has this
            value.
        start_at (str | Unset): Only pricing plan subscriptions starting in this range (ISO-8601).
        created_at (str | Unset): Only pricing plan subscriptions created in this range
            (ISO-8601).
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PricingPlanSubscriptionPage
    """

    return sync_detailed(
        client=client,
        expand=expand,
        customer_id=customer_id,
        pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
        reference=reference,
        type_=type_,
        variant=variant,
        status=status,
        statuses=statuses,
        custom_field=custom_field,
        start_at=start_at,
        created_at=created_at,
        page=page,
        limit=limit,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | None = None,
    customer_id: str | None = None,
    pricing_plan_subscription_group_id: str | None = None,
    reference: str | None = None,
    type_: str | None = None,
    variant: str | None = None,
    status: str | None = None,
    statuses: list[str] | None = None,
    custom_field: str | None = None,
    start_at: str | None = None,
    created_at: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> Response[ApiError | PricingPlanSubscriptionPage]:
    """List the pricing plan subscriptions.

    Args:
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        customer_id (str | Unset): Only pricing plan subscriptions of this customer.
        pricing_plan_subscription_group_id (str | Unset): Only pricing plan subscriptions of this
            pricing plan subscription group.
        reference (str | Unset): Only pricing plan subscriptions with this reference.
        type_ (str | Unset): Only pricing plan subscriptions of this type.
        variant (str | Unset): Only pricing plan subscriptions of this variant.
        status (str | Unset): Only pricing plan subscriptions with this status.
        statuses (list[str] | Unset): Only pricing plan subscriptions with one of these statuses.
        custom_field (str | Unset): Only pricing plan subscriptions whose custom field has this
            value.
        start_at (str | Unset): Only pricing plan subscriptions starting in this range (ISO-8601).
        created_at (str | Unset): Only pricing plan subscriptions created in this range
            (ISO-8601).
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PricingPlanSubscriptionPage]
    """

    kwargs = _get_kwargs(
        expand=expand,
        customer_id=customer_id,
        pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
        reference=reference,
        type_=type_,
        variant=variant,
        status=status,
        statuses=statuses,
        custom_field=custom_field,
        start_at=start_at,
        created_at=created_at,
        page=page,
        limit=limit,
        order_by=order_by,
        order_direction=order_direction,
        x_platform_id=x_platform_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | None = None,
    customer_id: str | None = None,
    pricing_plan_subscription_group_id: str | None = None,
    reference: str | None = None,
    type_: str | None = None,
    variant: str | None = None,
    status: str | None = None,
    statuses: list[str] | None = None,
    custom_field: str | None = None,
    start_at: str | None = None,
    created_at: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    x_platform_id: str | None = None,
) -> ApiError | PricingPlanSubscriptionPage | None:
    """List the pricing plan subscriptions.

    Args:
        expand (list[str] | Unset): Id fields whose referenced objects to embed in full in the
            answer.
        customer_id (str | Unset): Only pricing plan subscriptions of this customer.
        pricing_plan_subscription_group_id (str | Unset): Only pricing plan subscriptions of this
            pricing plan subscription group.
        reference (str | Unset): Only pricing plan subscriptions with this reference.
        type_ (str | Unset): Only pricing plan subscriptions of this type.
        variant (str | Unset): Only pricing plan subscriptions of this variant.
        status (str | Unset): Only pricing plan subscriptions with this status.
        statuses (list[str] | Unset): Only pricing plan subscriptions with one of these statuses.
        custom_field (str | Unset): Only pricing plan subscriptions whose custom field has this
            value.
        start_at (str | Unset): Only pricing plan subscriptions starting in this range (ISO-8601).
        created_at (str | Unset): Only pricing plan subscriptions created in this range
            (ISO-8601).
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size.
        order_by (str | Unset): Field to sort on.
        order_direction (OrderDirection | Unset): Sort direction of a list.
        x_platform_id (str | Unset): Platform to act on, for credentials that reach more than one
            platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PricingPlanSubscriptionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            expand=expand,
            customer_id=customer_id,
            pricing_plan_subscription_group_id=pricing_plan_subscription_group_id,
            reference=reference,
            type_=type_,
            variant=variant,
            status=status,
            statuses=statuses,
            custom_field=custom_field,
            start_at=start_at,
            created_at=created_at,
            page=page,
            limit=limit,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
    ).parsed
