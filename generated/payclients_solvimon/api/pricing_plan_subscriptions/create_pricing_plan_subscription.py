from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_pricing_plan_subscription_request import CreatePricingPlanSubscriptionRequest
from ...models.pricing_plan_subscription import PricingPlanSubscription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreatePricingPlanSubscriptionRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `POST /v1/pricing-plan-subscriptions`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if not isinstance(x_platform_id, Unset):
        headers["x-platform-id"] = x_platform_id

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {"method": "post", "url": "/v1/pricing-plan-subscriptions"}

    if not isinstance(body, Unset):
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
) -> ApiError | PricingPlanSubscription | None:
    if response.status_code == 201:
        response_201 = PricingPlanSubscription.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | PricingPlanSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePricingPlanSubscriptionRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | PricingPlanSubscription]:
    """Create a pricing plan subscription.

    Args:
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePricingPlanSubscriptionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PricingPlanSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePricingPlanSubscriptionRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | PricingPlanSubscription | None:
    """Create a pricing plan subscription.

    Args:
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePricingPlanSubscriptionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PricingPlanSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePricingPlanSubscriptionRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | PricingPlanSubscription]:
    """Create a pricing plan subscription.

    Args:
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePricingPlanSubscriptionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PricingPlanSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        x_platform_id=x_platform_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePricingPlanSubscriptionRequest | Unset = UNSET,
    x_platform_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | PricingPlanSubscription | None:
    """Create a pricing plan subscription.

    Args:
        x_platform_id (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePricingPlanSubscriptionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PricingPlanSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
