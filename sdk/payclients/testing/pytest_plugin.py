"""pytest fixtures for payclients' fakes, registered as the `payclients` pytest plugin.

    def test_refresh(solvimon, fake_solvimon):
        invoice = solvimon.refresh_invoice(fake_solvimon.invoice_ids[0], types=["CUSTOMER"])

Each test gets a fresh fake (fresh state), and clients with credentials the fake accepts. Failures
injected with `fail_next` ask for no backoff (`Retry-After: 0`), so tests of retries stay fast.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from payclients import AsyncSolvimon, Solvimon
    from payclients.testing import FakeSolvimon

__all__ = ["async_solvimon", "fake_solvimon", "solvimon"]


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
