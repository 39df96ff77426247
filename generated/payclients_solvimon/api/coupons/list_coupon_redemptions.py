from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.coupon_redemption_page import CouponRedemptionPage
from ...models.order_direction import OrderDirection


def _get_kwargs(
    resource_id_or_reference: str,
    *,
    customer_id: str | None = None,
    pricing_plan_subscription_id: str | None = None,
    limit: int | None = None,
    page: int | None = None,
    order_by: str | None = None,
    order_direction: OrderDirection | None = None,
    expand: list[str] | None = None,
    x_platform_id: str | None = None,
) -> dict[str, Any]:
    """The request for `GET /v1/coupons/{resource_id_or_reference}/redemptions`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id

    params: dict[str, Any] = {}
    if customer_id is not None:
        params["customer_id"] = customer_id
    if pricing_plan_subscription_id is not None:
        params["pricing_plan_subscription_id"] = pricing_plan_subscription_id
    if limit is not None:
        params["limit"] = limit
    if page is not None:
        params["page"] = page
    if order_by is not None:
        params["order_by"] = order_by
    if order_direction is not None:
        params["order_direction"] = _t.query_value(order_direction, "order_direction")
    if expand is not None:
        params["expand[]"] = _t.query_value(expand, "expand[]")

    _kwargs: dict[str, Any] = {"method": "get", "url": "/v1/coupons/{resource_id_or_reference}/redemptions"}
    _kwargs["path_params"] = {
        "resource_id_or_reference": resource_id_or_reference,
    }
    _kwargs["params"] = params
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CouponRedemptionPage | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.CouponRedemptionPage.from_dict(_data)

    if status == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if status == 500:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.ApiError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None
