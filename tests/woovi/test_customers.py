"""Woovi customers: create_customer and list_customers (cassettes in cassettes/test_customers/)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from payclients import AsyncWoovi, InternalServerError, ParameterError, Woovi
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"
ADDRESS = {
    "zipcode": "30421322",
    "street": "Street",
    "number": "100",
    "neighborhood": "Neighborhood",
    "city": "Belo Horizonte",
    "state": "MG",
    "complement": "APTO",
    "country": "BR",
}
CREATED = {"customer": {"name": "Dan", "email": "email0@example.com"}}


@pytest.fixture
def woovi() -> Woovi:
    return Woovi(app_id=APP_ID)


@pytest.mark.vcr
def test_create_customer(woovi: Woovi) -> None:
    from payclients_woovi.models import Customer, TaxIdType

    customer = woovi.create_customer(
        name="Dan",
        tax_id="31324227036",
        email="email0@example.com",
        phone="5511999999999",
        correlation_id="9134e286-6f71-427a-bf00-241681624586",
        address=ADDRESS,
    )
    assert isinstance(customer, Customer)
    assert customer.name == "Dan"
    assert customer.tax_id.tax_id == "31324227036"
    assert customer.tax_id.type_ is TaxIdType.BR_CPF
    assert customer.address.city == "Belo Horizonte"


@pytest.mark.vcr
def test_list_customers(woovi: Woovi) -> None:
    customers = list(woovi.customers.list_customers(skip=0, limit=10))
    assert [(c.name, c.email) for c in customers] == [("Dan", "email0@example.com")]


def test_a_name_and_one_contact_are_enough() -> None:
    script = Script(httpx.Response(200, json=CREATED))
    Woovi(app_id=APP_ID, transport=script.transport()).create_customer(name="Dan", phone="5511999999999")
    assert script.json_bodies() == [{"name": "Dan", "phone": "5511999999999"}]


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"name": "", "email": "d@x.io"}, "name"),
        ({"name": "Dan"}, "tax_id"),
        ({"name": "Dan", "tax_id": "313.242.270-36"}, "tax_id"),
        ({"name": "Dan", "email": "nobody"}, "email"),
        ({"name": "Dan", "email": "d@x.io", "correlation_id": "  "}, "correlation_id"),
        ({"name": "Dan", "email": "d@x.io", "address": {"zip": "30421322"}}, "address.zip"),
        ({"name": "Dan", "email": "d@x.io", "address": {"number": 100}}, "address.number"),
    ],
)
def test_bad_arguments_are_refused_before_sending(kwargs: dict[str, Any], param: str) -> None:
    script = Script(httpx.Response(200, json=CREATED))
    with pytest.raises(ParameterError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport()).create_customer(**kwargs)
    assert caught.value.param == param, str(caught.value)
    assert script.requests == []


def test_create_customer_is_not_retried_after_a_server_error(sleeps: list[float]) -> None:
    # Woovi does not document what a repeated customer creation does: it is sent once.
    script = Script(httpx.Response(500, json={"error": "Internal server error"}), httpx.Response(200, json=CREATED))
    woovi = Woovi(app_id=APP_ID, transport=script.transport())
    with pytest.raises(InternalServerError):
        woovi.create_customer(name="Dan", email="d@x.io", correlation_id="customer-1")
    assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.anyio
async def test_async_create_and_list_customers() -> None:
    page = {"customers": [CREATED["customer"]], "pageInfo": {"skip": 0, "limit": 100, "hasNextPage": False}}
    script = Script(httpx.Response(200, json=CREATED), httpx.Response(200, json=page))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as woovi:
        created = await woovi.create_customer(name="Dan", email="email0@example.com")
        listed = [c.name async for c in woovi.customers.list_customers(skip=0, limit=20)]
    assert created.name == "Dan"
    assert listed == ["Dan"]
