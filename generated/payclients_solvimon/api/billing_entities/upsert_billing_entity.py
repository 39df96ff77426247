from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.billing_entity import BillingEntity
from ...models.create_billing_entity_request import CreateBillingEntityRequest
from ...models.upsert_billing_entity_field_actions import UpsertBillingEntityFieldActions


def _get_kwargs(
    *,
    body: CreateBillingEntityRequest | None = None,
    identifier_field: str | None = None,
    custom_field_reference: str | None = None,
    field_actions: UpsertBillingEntityFieldActions | None = None,
    x_platform_id: str | None = None,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """The request for `PUT /v1/billing-entities`: path template, path values, query, headers, body."""
    headers: dict[str, Any] = {}
    if x_platform_id is not None:
        headers["x-platform-id"] = x_platform_id
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}
    if identifier_field is not None:
        params["identifier_field"] = identifier_field
    if custom_field_reference is not None:
        params["custom_field_reference"] = custom_field_reference
    if field_actions is not None:
        params.update(field_actions.to_dict())

    _kwargs: dict[str, Any] = {"method": "put", "url": "/v1/billing-entities"}
    _kwargs["params"] = params
    if body is not None:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BillingEntity | None:
    """The body of a status the spec documents, as its type; another status is None, or an error when
    the options ask for one. The application's invoker calls this for success statuses only."""
    status = response.status_code
    if status == 201:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.BillingEntity.from_dict(_data)

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
