"""Customer, subscription, payment and ingestion conveniences against cassettes (cassettes/test_billing/).

The cassettes are assembled from the documented shapes (the Customer, PricingPlanSubscription,
PricingPlanSubscriptionInit, PricingPlanSchedule, Payment, MeterData(s) and page schemas of Solvimon's
Configuration, Transaction and Event APIs; they have no examples) and replay with the network blocked.
Argument checks are tested without any cassette: nothing may be sent.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from payclients import AsyncSolvimon, ParameterError, Solvimon

KEY = "sk_test_payclients_1234567890"
EVENTS = [
    {
        "reference": f"globex-2026-12-01-{i}",
        "customer_reference": "globex-nl",
        "meter_reference": "api_calls",
        "timestamp": "2026-12-01T10:00:00Z",
        "meter_values": [{"reference": "calls", "number": "120"}],
    }
    for i in range(3)
]


@pytest.fixture
def solvimon() -> Solvimon:
    return Solvimon(api_key=KEY, environment="test")


# -- customers --------------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_create_customer(solvimon: Solvimon) -> None:
    from payclients_solvimon.models import Customer, CustomerType

    customer = solvimon.create_customer("globex-nl", email="ap@globex.example", legal_name="Globex B.V.", country="nl")
    assert isinstance(customer, Customer)
    assert customer.id == "cust_9Vb3Tn6Yh2Lk"
    assert customer.type_ is CustomerType.ORGANIZATION
    assert customer.organization.registered_address.country == "NL"


@pytest.mark.vcr
def test_get_customer_by_reference(solvimon: Solvimon) -> None:
    customer = solvimon.get_customer("globex-nl")
    assert customer.id == "cust_9Vb3Tn6Yh2Lk"
    assert customer.email == "ap@globex.example"


@pytest.mark.vcr
def test_update_customer_sends_only_the_changes(solvimon: Solvimon) -> None:
    customer = solvimon.update_customer("globex-nl", email="accounts-payable@globex.example")
    assert customer.email == "accounts-payable@globex.example"


@pytest.mark.vcr
def test_list_customers_walks_every_page(solvimon: Solvimon) -> None:
    assert [c.reference for c in solvimon.list_customers(page_size=1)] == ["acme-bv", "globex-nl"]


# -- subscriptions -----------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_create_subscription(solvimon: Solvimon) -> None:
    subscription = solvimon.create_subscription(
        customer_id="cust_9Vb3Tn6Yh2Lk",
        pricing_plan_id="ppla_2Zx4Cv6Bn8Mq",
        reference="globex-usage",
        billing_currency="eur",
        billing_period=("MONTH", 1),
        start_at=dt.datetime(2026, 12, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    )
    assert subscription.id == "ppsu_4Rt7Yu1Io3Pa"
    assert subscription.status == "DRAFT"
    assert subscription.pricing_plan_schedule_infos[0].pricing_plan_id == "ppla_2Zx4Cv6Bn8Mq"


@pytest.mark.vcr
def test_init_subscription_makes_the_first_invoice(solvimon: Solvimon) -> None:
    started = solvimon.init_subscription("ppsu_4Rt7Yu1Io3Pa")
    assert started.pricing_plan_subscription.status == "ACTIVE"
    assert started.invoice.id == "invo_6Yh8Uj0Ik2Ol"
    assert started.invoice.pricing_plan_subscription_ids == ["ppsu_4Rt7Yu1Io3Pa"]


@pytest.mark.vcr
def test_list_subscriptions_of_a_customer(solvimon: Solvimon) -> None:
    found = solvimon.list_subscriptions(customer_id="cust_9Vb3Tn6Yh2Lk", statuses=["ACTIVE"]).to_list()
    assert [s.id for s in found] == ["ppsu_4Rt7Yu1Io3Pa"]


@pytest.mark.vcr
def test_change_plan(solvimon: Solvimon) -> None:
    schedule = solvimon.change_plan("ppsu_4Rt7Yu1Io3Pa", "ppla_7Lk5Jh3Gf1Ds", start_at="2027-01-01T00:00:00Z")
    assert schedule.pricing_plan_id == "ppla_7Lk5Jh3Gf1Ds"
    assert schedule.pricing_plan_subscription_id == "ppsu_4Rt7Yu1Io3Pa"


# -- payments and events -------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_list_payments_of_an_invoice(solvimon: Solvimon) -> None:
    payments = solvimon.list_payments(invoice_id="invo_6Yh8Uj0Ik2Ol").to_list()
    assert [p.id for p in payments] == ["paym_1Qa3Ws5Ed7Rf"]
    assert payments[0].amount.quantity == Decimal("59.29")


@pytest.mark.vcr
def test_ingest_events(solvimon: Solvimon) -> None:
    result = solvimon.ingest_events(EVENTS)
    assert result.ok and result.accepted_count == 3
    assert result.duplicates == 1  # the third was already counted, Solvimon says
    assert [r.reference for r in result.accepted] == [e["reference"] for e in EVENTS]


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_conveniences() -> None:
    async with AsyncSolvimon(api_key=KEY, environment="test") as solvimon:
        customer = await solvimon.get_customer("globex-nl")
        names = [c.reference async for c in solvimon.list_customers(page_size=1)]
    assert customer.id == "cust_9Vb3Tn6Yh2Lk"
    assert names == ["acme-bv", "globex-nl"]


# -- checked before sending ----------------------------------------------------------------------------------


def nothing_sent() -> tuple[Solvimon, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return Solvimon(api_key=KEY, transport=httpx.MockTransport(handler), max_retries=0), sent


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda c: c.create_customer(""), "reference"),
        (lambda c: c.create_customer("r", email="not-an-email"), "email"),
        (lambda c: c.create_customer("r", customer_type="COMPANY"), "customer_type"),
        (lambda c: c.create_customer("r", first_name="Ada"), "first_name"),
        (lambda c: c.create_customer("r", customer_type="INDIVIDUAL", legal_name="X"), "legal_name"),
        (lambda c: c.create_customer("r", country="Netherlands"), "country"),
        (lambda c: c.create_customer("r", fields={"id": "cust_x"}), "fields.id"),
        (lambda c: c.get_customer(" "), "customer"),
        (lambda c: c.update_customer("globex-nl"), "changes"),
        (lambda c: c.update_customer("globex-nl", email="nope"), "email"),
        (lambda c: c.list_customers(page_size=0), "page_size"),
        (lambda c: c.list_customers(order_direction="up"), "order_direction"),
        (lambda c: c.create_subscription(pricing_plan_id="p"), "customer_id"),
        (lambda c: c.create_subscription(pricing_plan_id="p", customer_id="a", customer_reference="b"), "customer_id"),
        (lambda c: c.create_subscription(pricing_plan_id="", customer_id="a"), "pricing_plan_id"),
        (
            lambda c: c.create_subscription(pricing_plan_id="p", customer_id="a", billing_currency="euro"),
            "billing_currency",
        ),
        (
            lambda c: c.create_subscription(pricing_plan_id="p", customer_id="a", billing_period=("MONTHLY", 1)),
            "billing_period",
        ),
        (
            lambda c: c.create_subscription(pricing_plan_id="p", customer_id="a", start_at=dt.datetime(2026, 1, 1)),
            "start_at",
        ),
        (lambda c: c.init_subscription(), "pricing_plan_id"),
        (lambda c: c.init_subscription("ppsu_1", customer_id="cust_1"), "subscription"),
        (lambda c: c.change_plan("", "p"), "subscription"),
        (lambda c: c.change_plan("ppsu_1", "p", billing_period=("MONTH", 0)), "billing_period"),
        (lambda c: c.list_subscriptions(customer_id=""), "customer_id"),
        (lambda c: c.list_payments(page_size=5000), "page_size"),
    ],
)
def test_bad_arguments_are_refused_before_sending(call: Any, param: str) -> None:
    client, sent = nothing_sent()
    with pytest.raises(ParameterError) as caught:
        result = call(client)
        if hasattr(result, "to_list"):
            result.to_list()
    assert caught.value.param == param  # type: ignore[attr-defined]
    assert sent == []


def test_what_create_customer_sends() -> None:
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json={"id": "cust_1", "type": "INDIVIDUAL"})

    client = Solvimon(api_key=KEY, transport=httpx.MockTransport(handler))
    client.create_customer(
        "ada",
        customer_type="INDIVIDUAL",
        first_name="Ada",
        last_name="Lovelace",
        country="gb",
        fields={"locale": "en-GB"},
    )
    assert sent == [
        {
            "reference": "ada",
            "type": "INDIVIDUAL",
            "individual": {
                "name": {"first_name": "Ada", "last_name": "Lovelace"},
                "residential_address": {"country": "GB"},
            },
            "locale": "en-GB",
        }
    ]
