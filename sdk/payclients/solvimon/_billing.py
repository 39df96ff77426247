"""Argument checks and request bodies of the customer, subscription and payment conveniences.

Shared by `Solvimon` and `AsyncSolvimon`: each convenience checks its arguments here, before anything
is sent, and builds the generated request model; the clients only send it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._dates import DateLike, to_datetime
from .._exceptions import ParameterError

if TYPE_CHECKING:
    from payclients_solvimon.models import (
        ChangePricingPlanSubscriptionPlanRequest,
        CreateCustomerRequest,
        CreatePricingPlanSubscriptionRequest,
        InitPricingPlanSubscriptionRequest,
        UpdateCustomerRequest,
    )

__all__ = [
    "change_plan_body",
    "customer_body",
    "customer_changes",
    "init_body",
    "identifier",
    "page_params",
    "subscription_body",
]

CUSTOMER_TYPES = ("ORGANIZATION", "INDIVIDUAL")
PERIOD_TYPES = ("DAY", "WEEK", "MONTH", "YEAR")
_FIXED = frozenset({"id", "object_type", "created_at", "updated_at"})


def identifier(value: object, param: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParameterError(param, f"must be a non-empty string, not {value!r}")
    return value


def _email(value: object) -> str:
    if not isinstance(value, str) or "@" not in value.strip(" @") or any(c.isspace() for c in value.strip()):
        raise ParameterError("email", f"must be an e-mail address, not {value!r}")
    return value.strip()


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _model(cls: Any, body: Mapping[str, Any], param: str) -> Any:
    """The generated request model of `body`; a field of the wrong shape is the caller's mistake."""
    try:
        return cls.from_dict(dict(body))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        where = getattr(exc, "path", None)
        raise ParameterError(
            param if not where else f"{param}.{where}", f"does not fit Solvimon's shape ({exc})"
        ) from None


def _fields(fields: Mapping[str, Any] | None, param: str = "fields") -> dict[str, Any]:
    if fields is None:
        return {}
    if not isinstance(fields, Mapping):
        raise ParameterError(param, "must be a mapping of Solvimon field names to values")
    fixed = _FIXED & set(fields)
    if fixed:
        raise ParameterError(f"{param}.{sorted(fixed)[0]}", "is set by Solvimon, not by you")
    return dict(fields)


def customer_body(
    reference: object,
    *,
    customer_type: str,
    email: str | None,
    legal_name: str | None,
    first_name: str | None,
    last_name: str | None,
    country: str | None,
    fields: Mapping[str, Any] | None,
) -> CreateCustomerRequest:
    from payclients_solvimon.models import CreateCustomerRequest

    body: dict[str, Any] = {"reference": identifier(reference, "reference")}
    if customer_type not in CUSTOMER_TYPES:
        raise ParameterError("customer_type", f"must be 'ORGANIZATION' or 'INDIVIDUAL', not {customer_type!r}")
    body["type"] = customer_type
    if email is not None:
        body["email"] = _email(email)
    address = {"country": _country(country)} if country is not None else None
    if customer_type == "ORGANIZATION":
        if first_name is not None or last_name is not None:
            raise ParameterError("first_name", "is for INDIVIDUAL customers; give legal_name for an organization")
        if legal_name is not None:
            organization: dict[str, Any] = {"legal_name": identifier(legal_name, "legal_name")}
            if address:
                organization["registered_address"] = address
            body["organization"] = organization
    else:
        if legal_name is not None:
            raise ParameterError("legal_name", "is for ORGANIZATION customers; give first_name and last_name")
        name = {k: identifier(v, k) for k, v in (("first_name", first_name), ("last_name", last_name)) if v is not None}
        person: dict[str, Any] = {"name": name} if name else {}
        if address:
            person["residential_address"] = address
        if person:
            body["individual"] = person
    body.update(_fields(fields))
    model: CreateCustomerRequest = _model(CreateCustomerRequest, body, "fields")
    return model


def _country(value: object) -> str:
    if not isinstance(value, str) or len(value) != 2 or not value.isalpha():
        raise ParameterError("country", f"must be an ISO 3166 alpha-2 code such as 'NL', not {value!r}")
    return value.upper()


def customer_changes(changes: Mapping[str, Any]) -> UpdateCustomerRequest:
    """A PATCH body: only the given fields are sent."""
    from payclients_solvimon.models import UpdateCustomerRequest

    body = _fields(changes, "changes")
    if not body:
        raise ParameterError("changes", "give at least one field to change")
    if "email" in body:
        body["email"] = _email(body["email"])
    if "reference" in body:
        identifier(body["reference"], "reference")
    model: UpdateCustomerRequest = _model(UpdateCustomerRequest, body, "changes")
    return model


def _period(value: tuple[str, int] | Mapping[str, Any] | None, param: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        kind, count = value.get("type"), value.get("value")
    elif isinstance(value, tuple) and len(value) == 2:
        kind, count = value
    else:
        raise ParameterError(param, "must be a (type, count) pair such as ('MONTH', 1)")
    if kind not in PERIOD_TYPES:
        raise ParameterError(param, f"type must be one of {', '.join(PERIOD_TYPES)}, not {kind!r}")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ParameterError(param, f"count must be a whole number >= 1, not {count!r}")
    return {"type": kind, "value": count}


def _subscription_dict(
    *,
    customer_id: str | None,
    customer_reference: str | None,
    pricing_plan_id: object,
    reference: str | None,
    name: str | None,
    billing_currency: str | None,
    billing_period: tuple[str, int] | Mapping[str, Any] | None,
    start_at: DateLike | None,
    fields: Mapping[str, Any] | None,
) -> dict[str, Any]:
    if (customer_id is None) == (customer_reference is None):
        raise ParameterError("customer_id", "give exactly one of customer_id and customer_reference")
    body: dict[str, Any] = {}
    if customer_id is not None:
        body["customer_id"] = identifier(customer_id, "customer_id")
    else:
        body["customer_reference"] = identifier(customer_reference, "customer_reference")
    schedule: dict[str, Any] = {"pricing_plan_id": identifier(pricing_plan_id, "pricing_plan_id")}
    if start_at is not None:
        schedule["start_at"] = _utc(to_datetime(start_at, "start_at"))
    body["pricing_plan_schedule_infos"] = [schedule]
    if reference is not None:
        body["reference"] = identifier(reference, "reference")
    if name is not None:
        body["name"] = identifier(name, "name")
    if billing_currency is not None:
        if not isinstance(billing_currency, str) or len(billing_currency) != 3 or not billing_currency.isalpha():
            raise ParameterError(
                "billing_currency", f"must be an ISO 4217 code such as 'EUR', not {billing_currency!r}"
            )
        body["billing_currency"] = billing_currency.upper()
    period = _period(billing_period, "billing_period")
    if period is not None:
        body["billing_period"] = period
    body.update(_fields(fields))
    return body


def subscription_body(**kwargs: Any) -> CreatePricingPlanSubscriptionRequest:
    from payclients_solvimon.models import CreatePricingPlanSubscriptionRequest

    model: CreatePricingPlanSubscriptionRequest = _model(
        CreatePricingPlanSubscriptionRequest, _subscription_dict(**kwargs), "fields"
    )
    return model


def init_body(subscription: object, **kwargs: Any) -> InitPricingPlanSubscriptionRequest:
    """Init an existing subscription (by id or model), or create one from the arguments and init it."""
    from payclients_solvimon.models import InitPricingPlanSubscriptionRequest

    given = {k: v for k, v in kwargs.items() if v is not None}
    if subscription is not None:
        if given:
            raise ParameterError(
                "subscription", f"give a subscription or the arguments to create one, not both ({sorted(given)[0]})"
            )
        subscription_id = getattr(subscription, "id", subscription)
        wanted: dict[str, Any] = {"id": identifier(subscription_id, "subscription")}
    else:
        wanted = _subscription_dict(**kwargs)
    model: InitPricingPlanSubscriptionRequest = _model(
        InitPricingPlanSubscriptionRequest, {"pricing_plan_subscription": wanted}, "subscription"
    )
    return model


def change_plan_body(
    pricing_plan_id: object, start_at: DateLike | None, billing_period: tuple[str, int] | Mapping[str, Any] | None
) -> ChangePricingPlanSubscriptionPlanRequest:
    from payclients_solvimon.models import ChangePricingPlanSubscriptionPlanRequest

    body: dict[str, Any] = {"pricing_plan_id": identifier(pricing_plan_id, "pricing_plan_id")}
    if start_at is not None:
        body["start_at"] = _utc(to_datetime(start_at, "start_at"))
    period = _period(billing_period, "billing_period")
    if period is not None:
        body["billing_period"] = period
    model: ChangePricingPlanSubscriptionPlanRequest = _model(
        ChangePricingPlanSubscriptionPlanRequest, body, "pricing_plan_id"
    )
    return model


def page_params(page_size: object, order_direction: str | None = None, **filters: Any) -> dict[str, Any]:
    """Query parameters of a listing: the filters given, page 1, and `limit`."""
    from payclients_solvimon.models import OrderDirection

    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 1000:
        raise ParameterError("page_size", f"must be a whole number from 1 to 1000, not {page_size!r}")
    params: dict[str, Any] = {"page": 1, "limit": page_size}
    for name, value in filters.items():
        if value is None:
            continue
        if isinstance(value, Iterable) and not isinstance(value, str):
            value = [identifier(v, name) for v in value]
        else:
            value = identifier(value, name)
        params[name] = value
    if order_direction is not None:
        if not isinstance(order_direction, str) or order_direction.lower() not in ("asc", "desc"):
            raise ParameterError("order_direction", f"must be 'asc' or 'desc', not {order_direction!r}")
        params["order_direction"] = OrderDirection(order_direction.lower())
    return params
