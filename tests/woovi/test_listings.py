"""Woovi subscriptions, transactions and statements listings (cassettes in cassettes/test_listings/)."""

from __future__ import annotations

import datetime as dt

import pytest

from payclients import AsyncWoovi, Woovi

APP_ID = "woovi_appid_payclients_7c3e51"


@pytest.fixture
def woovi() -> Woovi:
    return Woovi(app_id=APP_ID)


@pytest.mark.vcr
def test_list_subscriptions(woovi: Woovi) -> None:
    from payclients_woovi.models import Subscription

    subscriptions = list(woovi.subscriptions.list_subscriptions(skip=0, limit=10))
    assert len(subscriptions) == 1
    subscription = subscriptions[0]
    assert isinstance(subscription, Subscription)
    assert subscription.correlation_id == "My-UniqueID"
    assert subscription.day_generate_charge == 25
    assert subscription.pix_recurring.status == "CREATED"


@pytest.mark.vcr
def test_list_transactions(woovi: Woovi) -> None:
    transactions = list(woovi.list_transactions(start="2021-03-01T00:00:00Z", end="2021-03-31T23:59:59Z", page_size=10))
    assert [(t.end_to_end_id, t.value, t.type_) for t in transactions] == [
        ("E18236120202012032010s0133872GZA", 100, "PAYMENT")
    ]
    assert transactions[0].charge.correlation_id == "9134e286-6f71-427a-bf00-241681624586"


@pytest.mark.vcr
def test_list_statement(woovi: Woovi) -> None:
    entries = list(woovi.list_statement(page_size=20))
    assert [(e.id, e.value, e.balance, e.type_) for e in entries] == [("507f1f77bcf86cd799439011", 100, 1500, "CREDIT")]
    assert entries[0].time == dt.datetime(2023, 12, 1, 10, 30, tzinfo=dt.UTC)


@pytest.mark.vcr
def test_list_subaccount_statement(woovi: Woovi) -> None:
    entries = list(
        woovi.list_subaccount_statement(
            "subaccount@test.com", start="2023-01-01T00:00:00Z", end="2023-12-31T23:59:59.999Z", page_size=20
        )
    )
    assert [(e.operation_type, e.value) for e in entries] == [("CREDIT", 100)]


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_list_subscriptions() -> None:
    async with AsyncWoovi(app_id=APP_ID) as woovi:
        ids = [s.correlation_id async for s in woovi.subscriptions.list_subscriptions(skip=0, limit=10)]
    assert ids == ["My-UniqueID"]
