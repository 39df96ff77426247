"""pytest fixtures for payclients' fakes, registered as the `payclients` pytest plugin.

    def test_refresh(solvimon, fake_solvimon):
        invoice = solvimon.refresh_invoice(fake_solvimon.invoice_ids[0], types=["CUSTOMER"])

Per provider: `fake_<provider>` (the fake), `<provider>` (a sync client on it) and `async_<provider>`,
for solvimon, woovi and mindz.

Each test gets a fresh fake (fresh state), and clients with credentials the fake accepts. Failures
injected with `fail_next` ask for no backoff (`Retry-After: 0`), so tests of retries stay fast.

The async clients are made by plain (sync) fixtures: an async client needs no event loop until its
first call, so `async_solvimon` works in a test run by pytest-asyncio (strict or auto mode), anyio, or
any other runner, without a plugin having to handle an async fixture. At teardown it is closed on a
loop of its own (a fake holds no connection, so that closing only marks it closed).

`signed_webhook` makes signed deliveries for a handler test in one line (see `payclients.testing.webhooks`).

Without the `testing` extra the fakes run unchecked, with a `SpecChecksUnavailable` warning naming
`pip install "payclients[testing]"` (an error in a suite that turns warnings into errors).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

import pytest

if TYPE_CHECKING:
    from payclients import AsyncMindz, AsyncSolvimon, AsyncWoovi, Mindz, Solvimon, Woovi
    from payclients.testing import FakeMindz, FakeSolvimon, FakeWoovi
    from payclients.testing.webhooks import SignedWebhooks

__all__ = [
    "async_mindz",
    "async_solvimon",
    "async_woovi",
    "fake_mindz",
    "fake_solvimon",
    "fake_woovi",
    "mindz",
    "signed_webhook",
    "solvimon",
    "woovi",
]


class _AsyncClosable(Protocol):
    async def aclose(self) -> None: ...


def _close(client: _AsyncClosable) -> None:
    """Close an async client from sync teardown code (no loop runs there), on a short-lived loop."""
    asyncio.run(client.aclose())


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
def async_solvimon(fake_solvimon: FakeSolvimon) -> Iterator[AsyncSolvimon]:
    """An `AsyncSolvimon` client talking to `fake_solvimon` (under pytest-asyncio, anyio or any runner)."""
    from payclients import AsyncSolvimon

    client = AsyncSolvimon(api_key="test", transport=fake_solvimon)
    yield client
    _close(client)


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
def async_woovi(fake_woovi: FakeWoovi) -> Iterator[AsyncWoovi]:
    """An `AsyncWoovi` client talking to `fake_woovi`."""
    from payclients import AsyncWoovi

    client = AsyncWoovi(app_id="test", transport=fake_woovi)
    yield client
    _close(client)


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
def async_mindz(fake_mindz: FakeMindz) -> Iterator[AsyncMindz]:
    """An `AsyncMindz` client (tenant "demo") talking to `fake_mindz`."""
    from payclients import AsyncMindz

    client = AsyncMindz(app_id="test-app", api_key="test-key", platform="demo", transport=fake_mindz)
    yield client
    _close(client)


@pytest.fixture
def signed_webhook() -> Iterator[SignedWebhooks]:
    """Signed deliveries per provider: `signed_webhook.woovi(payload)` (its key trusted by Woovi's
    verifiers during the test), `signed_webhook.mindz(payload, secret=...)` and
    `signed_webhook.solvimon(payload, secret=..., timestamp=...)`, each a `Delivery`
    (body, headers); `.tampered()` gives one a handler must refuse."""
    from payclients.testing.webhooks import SignedWebhooks

    with SignedWebhooks() as deliveries:
        yield deliveries
