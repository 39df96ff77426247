"""pytest fixtures for payclients' fakes, registered as the `payclients` pytest plugin.

    def test_refresh(solvimon, fake_solvimon):
        invoice = solvimon.refresh_invoice(fake_solvimon.invoice_ids[0], types=["CUSTOMER"])

Per provider: `fake_<provider>` (the fake), `<provider>` (a sync client on it) and `async_<provider>`,
for solvimon, woovi and mindz.

Each test gets a fresh fake (fresh state), and clients with credentials the fake accepts. Failures
injected with `fail_next` ask for no backoff (`Retry-After: 0`), so tests of retries stay fast.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from payclients import AsyncMindz, AsyncSolvimon, AsyncWoovi, Mindz, Solvimon, Woovi
    from payclients.testing import FakeMindz, FakeSolvimon, FakeWoovi

__all__ = [
    "async_mindz",
    "async_solvimon",
    "async_woovi",
    "fake_mindz",
    "fake_solvimon",
    "fake_woovi",
    "mindz",
    "solvimon",
    "woovi",
]


@pytest.fixture
def fake_solvimon() -> FakeSolvimon:
    """A fresh in-memory Solvimon, seeded with a customer and three invoices; accepts api key "test"."""
    from payclients.testing import FakeSolvimon

    return FakeSolvimon()


@pytest.fixture
def solvimon(fake_solvimon: FakeSolvimon) -> Iterator[Solvimon]:
    """A `Solvimon` client talking to `fake_solvimon`."""
    from payclients import Solvimon

    with Solvimon(api_key="test", transport=fake_solvimon) as client:
        yield client


@pytest.fixture
async def async_solvimon(fake_solvimon: FakeSolvimon) -> AsyncIterator[AsyncSolvimon]:
    """An `AsyncSolvimon` client talking to `fake_solvimon` (use with an async test runner)."""
    from payclients import AsyncSolvimon

    async with AsyncSolvimon(api_key="test", transport=fake_solvimon) as client:
        yield client


@pytest.fixture
def fake_woovi() -> FakeWoovi:
    """A fresh in-memory Woovi, seeded with two customers and a paid charge; accepts the AppID "test"."""
    from payclients.testing import FakeWoovi

    return FakeWoovi()


@pytest.fixture
def woovi(fake_woovi: FakeWoovi) -> Iterator[Woovi]:
    """A `Woovi` client talking to `fake_woovi`."""
    from payclients import Woovi

    with Woovi(app_id="test", transport=fake_woovi) as client:
        yield client


@pytest.fixture
async def async_woovi(fake_woovi: FakeWoovi) -> AsyncIterator[AsyncWoovi]:
    """An `AsyncWoovi` client talking to `fake_woovi`."""
    from payclients import AsyncWoovi

    async with AsyncWoovi(app_id="test", transport=fake_woovi) as client:
        yield client


@pytest.fixture
def fake_mindz() -> FakeMindz:
    """A fresh in-memory Mindz tenant: MindzPay account "acct_demo" with three invoices; accepts the
    app id "test-app" with the api key "test-key"."""
    from payclients.testing import FakeMindz

    return FakeMindz()


@pytest.fixture
def mindz(fake_mindz: FakeMindz) -> Iterator[Mindz]:
    """A `Mindz` client (tenant "demo") talking to `fake_mindz`."""
    from payclients import Mindz

    with Mindz(app_id="test-app", api_key="test-key", platform="demo", transport=fake_mindz) as client:
        yield client


@pytest.fixture
async def async_mindz(fake_mindz: FakeMindz) -> AsyncIterator[AsyncMindz]:
    """An `AsyncMindz` client (tenant "demo") talking to `fake_mindz`."""
    from payclients import AsyncMindz

    async with AsyncMindz(app_id="test-app", api_key="test-key", platform="demo", transport=fake_mindz) as client:
        yield client
