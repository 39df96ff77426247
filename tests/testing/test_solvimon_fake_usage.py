"""FakeSolvimon beyond invoices: customers, subscriptions, usage events, OAuth tokens, signed webhooks.

Every request and answer here is checked against the spec (the fake's default).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from payclients import AsyncSolvimon, AuthenticationError, Solvimon
from payclients.solvimon import webhooks
from payclients.testing import FakeSolvimon

START = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


def usage(customer: str, calls: int, reference: str | None = None) -> dict[str, object]:
    event: dict[str, object] = {
        "customer_reference": customer,
        "meter_reference": "api_calls",
        "meter_values": [{"reference": "calls", "number": str(calls)}],
    }
    if reference:
        event["reference"] = reference
    return event


def test_customers_are_created_found_by_reference_updated_and_listed() -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    created = client.create_customer("globex", email="ap@globex.example", legal_name="Globex", country="NL")
    assert client.get_customer("globex").id == created.id == client.get_customer(created.id).id
    assert client.update_customer("globex", email="new@globex.example").email == "new@globex.example"
    assert fake.customers[created.id]["email"] == "new@globex.example"
    assert [c.reference for c in client.list_customers(page_size=1)] == ["acme-bv", "globex"]


def test_init_makes_the_first_invoice_and_change_plan_moves_the_subscription() -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    customer = client.create_customer("globex", email="ap@globex.example", legal_name="Globex")
    subscription = client.create_subscription(customer_id=customer.id, pricing_plan_id="pp_fake0001")
    assert subscription.status == "DRAFT"
    started = client.init_subscription(subscription)
    assert started.pricing_plan_subscription.status == "ACTIVE"
    invoice = started.invoice
    assert invoice.id in fake.invoices
    assert invoice.customer_id == customer.id
    assert Decimal(invoice.invoice_amount_including_tax.quantity) == Decimal("59.29")  # 49.00 + 21 % VAT
    schedule = client.change_plan(subscription, "pp_fake0002")
    assert schedule.pricing_plan_id == "pp_fake0002"
    assert [s.name for s in client.list_subscriptions(customer_id=customer.id)] == ["Usage Pro"]
    fake.add_payment(invoice.id)
    assert [p.invoice_id for p in client.list_payments(customer_id=customer.id)] == [invoice.id]


def test_events_count_once_per_reference_and_refused_ones_come_back_with_their_error() -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    result = client.ingest_events([usage("acme-bv", 100, "r-1"), usage("nobody", 5), usage("acme-bv", 50, "r-1")])
    assert result.accepted_count == 2 and result.duplicates == 1
    assert [f.position for f in result.failed] == [1]
    assert "nobody" in result.failed[0].error.message
    assert len(fake.events) == 1
    again = client.ingest_events([usage("acme-bv", 100, "r-1")])
    assert again.duplicates == 1 and len(fake.events) == 1
    assert client.events.get_event(next(iter(fake.events))).reference == "r-1"


def test_a_full_refresh_bills_the_usage() -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    invoice_id = fake.invoice_ids[1]
    before = Decimal(client.get_invoice(invoice_id).invoice_amount_including_tax.quantity)
    client.ingest_events([usage("acme-bv", 1000), usage("acme-bv", 1500)])
    unchanged = client.refresh_invoice(invoice_id, types=["CUSTOMER"])
    assert Decimal(unchanged.invoice_amount_including_tax.quantity) == before
    after = client.refresh_invoice(invoice_id, types=["FULL"])
    assert Decimal(after.invoice_amount_including_tax.quantity) - before == Decimal("30.25")  # 2500 x 0.01 + VAT


def test_a_reset_batch_is_sent_again_and_counted_once() -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    fake.reset_next()
    result = client.ingest_events([usage("acme-bv", 1), usage("acme-bv", 2)])
    assert result.ok and len(fake.events) == 2
    assert fake.requests[0].content == fake.requests[1].content


def test_oauth_tokens_expire_on_the_fakes_clock_and_are_renewed() -> None:
    clock = Clock()
    fake = FakeSolvimon(clock=clock, token_lifetime=600)
    client = Solvimon(client_id="client_test", client_secret="secret_test", transport=fake)
    client.get_invoice(fake.invoice_ids[0])
    assert fake.tokens_issued == 1
    clock.now += dt.timedelta(minutes=30)  # the token expired on Solvimon's side; the client still thinks not
    client.get_invoice(fake.invoice_ids[0])  # 401, one renewal, sent again
    assert fake.tokens_issued == 2
    paths = [r.url.path for r in fake.requests]
    assert paths.count("/v1/oauth/token") == 2


def test_wrong_client_credentials_are_refused() -> None:
    client = Solvimon(client_id="client_test", client_secret="wrong", transport=FakeSolvimon())
    with pytest.raises(AuthenticationError):
        client.get_invoice("invo_fake0001")


@pytest.mark.anyio
async def test_the_async_client_gets_one_token_for_many_tasks() -> None:
    import asyncio

    fake = FakeSolvimon()
    async with AsyncSolvimon(client_id="client_test", client_secret="secret_test", transport=fake) as client:
        await asyncio.gather(*(client.get_invoice(fake.invoice_ids[0]) for _ in range(20)))
    assert fake.tokens_issued == 1


def test_webhook_deliveries_are_signed_and_verify() -> None:
    clock = Clock()
    fake = FakeSolvimon(clock=clock, webhook_secret="whsec_test_handler")
    client = Solvimon(api_key="test", transport=fake)
    customer = client.create_customer("globex", email="ap@globex.example", legal_name="Globex")
    client.init_subscription(customer_id=customer.id, pricing_plan_id="pp_fake0001")
    kinds = []
    for body, headers in fake.webhook_deliveries:
        event = webhooks.construct_event(body, headers, "whsec_test_handler", now=clock.now)
        kinds.append(event.type)
    assert kinds == ["CUSTOMER.CREATED", "INVOICE.CREATED"]
    invoice = {"id": "invo_1", "status": "FINAL", "type": "STANDARD", "invoice_date": "2026-11-01T00:00:00Z"}
    body, headers = fake.signed_delivery("INVOICE.PAID", invoice, encoding="base64")
    event = webhooks.construct_event(body, headers, "whsec_test_handler", now=clock.now, encoding="base64")
    assert event.data.id == "invo_1"
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.construct_event(body, headers, "another_secret", now=clock.now, encoding="base64")
