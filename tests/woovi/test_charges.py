"""Woovi charges: create_charge (idempotent retries), get_charge and list_charges.

The cassettes (cassettes/test_charges/) hold the documented examples of the official spec; each names
its source at the top.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from payclients import AsyncWoovi, ParameterError, Woovi
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"
CHARGE_ID = "9134e286-6f71-427a-bf00-241681624586"
DAN = {"name": "Dan", "taxID": "31324227036", "email": "email0@example.com", "phone": "5511999999999"}
CREATED = {"charge": {"correlationID": "order-1", "value": 1500, "status": "ACTIVE", "brCode": "000201..."}}


@pytest.fixture
def woovi() -> Woovi:
    return Woovi(app_id=APP_ID)


def scripted(*replies: Any) -> tuple[Woovi, Script]:
    script = Script(*(replies or (httpx.Response(200, json=CREATED),)))
    return Woovi(app_id=APP_ID, transport=script.transport()), script


# -- against the documented examples ---------------------------------------------------------------------------------


@pytest.mark.vcr
def test_create_charge(woovi: Woovi) -> None:
    from payclients_woovi.models import Charge, ChargeStatus

    charge = woovi.create_charge(
        value=100,
        correlation_id=CHARGE_ID,
        comment="good",
        customer=DAN,
        additional_info={"Product": "Pencil", "Invoice": "18476", "Order": "302"},
    )
    assert isinstance(charge, Charge)
    assert charge.correlation_id == CHARGE_ID
    assert charge.value == 100
    assert charge.status is ChargeStatus.ACTIVE
    assert charge.br_code.startswith("000201")
    assert charge.qr_code_image.endswith(f"{CHARGE_ID}.png")
    assert charge.customer.tax_id.tax_id == "31324227036"
    assert charge.expires_date == dt.datetime(2021, 9, 1, 17, 28, 51, 882000, tzinfo=dt.UTC)
    assert [(i.key, i.value) for i in charge.additional_info] == [
        ("Product", "Pencil"),
        ("Invoice", "18476"),
        ("Order", "302"),
    ]


@pytest.mark.vcr
def test_get_charge(woovi: Woovi) -> None:
    charge = woovi.get_charge("fe7834b4060c488a9b0f89811be5f5cf")
    assert charge.global_id == "Q2hhcmdlOjcxOTFmMWIwMjA0NmJmNWY1M2RjZmEwYg=="
    assert charge.payment_methods.pix.fee == 50


@pytest.mark.vcr
def test_list_charges(woovi: Woovi) -> None:
    charges = list(woovi.list_charges(page_size=10))
    assert [c.correlation_id for c in charges] == [CHARGE_ID]


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_create_charge() -> None:
    async with AsyncWoovi(app_id=APP_ID) as woovi:
        charge = await woovi.create_charge(
            value=100,
            correlation_id=CHARGE_ID,
            comment="good",
            customer=DAN,
            additional_info={"Product": "Pencil", "Invoice": "18476", "Order": "302"},
        )
    assert charge.correlation_id == CHARGE_ID


# -- idempotent retries ------------------------------------------------------------------------------------------------


def test_create_charge_asks_for_the_existing_charge_on_a_repeat() -> None:
    woovi, script = scripted()
    woovi.create_charge(value=1500, correlation_id="order-1")
    request = script.requests[0]
    assert request.url.path == "/api/v1/charge"
    assert request.url.params["return_existing"] == "true"
    assert script.json_bodies() == [{"correlationID": "order-1", "value": 1500}]


def test_a_correlation_id_is_made_once_per_call() -> None:
    woovi, script = scripted()
    woovi.create_charge(value=1500)
    woovi.create_charge(value=1500)
    first, second = (body["correlationID"] for body in script.json_bodies())
    assert first != second and len(first) == 36


def test_retries_send_the_same_correlation_id_and_return_existing(sleeps: list[float]) -> None:
    woovi, script = scripted(
        httpx.Response(500, json={"error": "Internal server error"}),
        httpx.RemoteProtocolError("connection reset mid-response"),
        httpx.Response(200, json=CREATED),
    )
    charge = woovi.create_charge(value=1500)
    assert charge.value == 1500
    assert len(script.requests) == 3
    assert len({body["correlationID"] for body in script.json_bodies()}) == 1
    assert {r.url.params["return_existing"] for r in script.requests} == {"true"}
    assert len(sleeps) == 2


def test_the_callers_correlation_id_is_kept_on_retries(sleeps: list[float]) -> None:
    woovi, script = scripted(httpx.Response(503, json={"error": "unavailable"}), httpx.Response(200, json=CREATED))
    woovi.create_charge(value=1500, correlation_id="order-1")
    assert [body["correlationID"] for body in script.json_bodies()] == ["order-1", "order-1"]


# -- the request body --------------------------------------------------------------------------------------------------


def test_optional_fields_use_woovi_names() -> None:
    woovi, script = scripted()
    woovi.create_charge(
        value=1500,
        correlation_id="order-1",
        expires_in=3600,
        expires_date=dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC),
        customer={**DAN, "address": {"zipcode": "30421322", "street": "Street", "number": "100", "state": "MG"}},
    )
    body = script.json_bodies()[0]
    assert body["expiresIn"] == 3600
    assert body["expiresDate"] == "2026-09-01T12:00:00+00:00"
    assert body["customer"]["taxID"] == "31324227036"
    assert body["customer"]["address"]["zipcode"] == "30421322"


def test_the_generated_customer_model_is_accepted() -> None:
    from payclients_woovi.models import CustomerCreateRequest

    woovi, script = scripted()
    woovi.create_charge(
        value=1500, correlation_id="order-1", customer=CustomerCreateRequest(name="Dan", email="d@x.io")
    )
    assert script.json_bodies()[0]["customer"] == {"name": "Dan", "email": "d@x.io"}


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"value": 0}, "value"),
        ({"value": 15.5}, "value"),
        ({"value": "1500"}, "value"),
        ({"value": 1500, "correlation_id": ""}, "correlation_id"),
        ({"value": 1500, "comment": 7}, "comment"),
        ({"value": 1500, "expires_in": 0}, "expires_in"),
        ({"value": 1500, "expires_date": dt.datetime(2026, 9, 1)}, "expires_date"),
        ({"value": 1500, "customer": {"taxID": "31324227036"}}, "customer.name"),
        ({"value": 1500, "customer": {"name": "Dan"}}, "customer.taxID"),
        ({"value": 1500, "customer": {"name": "Dan", "cpf": "31324227036"}}, "customer.cpf"),
        ({"value": 1500, "customer": {"name": "Dan", "email": "dan"}}, "customer.email"),
        ({"value": 1500, "customer": {**DAN, "address": {"state": "Minas"}}}, "customer.address.state"),
        ({"value": 1500, "customer": "Dan"}, "customer"),
        ({"value": 1500, "additional_info": [("Order", "302")]}, "additional_info"),
        ({"value": 1500, "additional_info": {"Order": ""}}, "additional_info.Order"),
    ],
)
def test_bad_arguments_are_refused_before_sending(kwargs: dict[str, Any], param: str) -> None:
    woovi, script = scripted()
    with pytest.raises(ParameterError) as caught:
        woovi.create_charge(**kwargs)
    assert caught.value.param == param, str(caught.value)
    assert script.requests == []


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"status": "PAID"}, "status"),
        ({"start": "2026-02-01T00:00:00Z", "end": "2026-01-01T00:00:00Z"}, "end"),
        ({"start": dt.datetime(2026, 1, 1)}, "start"),
        ({"customer": ""}, "customer"),
        ({"page_size": 0}, "page_size"),
        ({"max_items": -1}, "max_items"),
    ],
)
def test_bad_list_filters_are_refused_before_sending(kwargs: dict[str, Any], param: str) -> None:
    woovi, script = scripted()
    with pytest.raises(ParameterError) as caught:
        woovi.list_charges(**kwargs)
    assert caught.value.param == param
    assert script.requests == []


def test_list_filters_are_sent() -> None:
    page = {"charges": [], "pageInfo": {"skip": 0, "limit": 50, "hasNextPage": False}}
    woovi, script = scripted(httpx.Response(200, json=page))
    list(
        woovi.list_charges(
            start=dt.date(2026, 1, 1),
            end="2026-01-31T23:59:59-03:00",
            status="COMPLETED",
            customer="customer-42",
            subscription="sub-7",
            page_size=50,
        )
    )
    params = script.requests[0].url.params
    assert params["start"] == "2026-01-01T00:00:00+00:00"
    assert params["end"] == "2026-01-31T23:59:59-03:00"
    assert params["status"] == "COMPLETED"
    assert params["customer"] == "customer-42"
    assert params["subscription"] == "sub-7"
    assert (params["skip"], params["limit"]) == ("0", "50")


@pytest.mark.anyio
async def test_async_get_and_list_charges() -> None:
    page = {"charges": [CREATED["charge"]], "pageInfo": {"skip": 0, "limit": 100, "hasNextPage": False}}
    script = Script(httpx.Response(200, json=CREATED), httpx.Response(200, json=page))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as woovi:
        charge = await woovi.get_charge("order-1")
        listed = await woovi.list_charges(status="ACTIVE").to_list()
    assert charge.correlation_id == "order-1"
    assert [c.correlation_id for c in listed] == ["order-1"]
