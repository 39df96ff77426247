"""The three providers as the fault suite drives them: one read, one write that carries a dedupe key
(retried with the same key) and one write that carries none (never sent twice), sync and async."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from payclients import AsyncSolvimon, Solvimon
from payclients.mindz import AsyncMindz, Mindz
from payclients.woovi import AsyncWoovi, Woovi
from tests.conftest import TEST_SECRETS

from .chaos import ChaosServer, Received

SOLVIMON_KEY, SOLVIMON_JWT, MINDZ_APP, MINDZ_KEY, WOOVI_APP = TEST_SECRETS
SOLVIMON_PLATFORM = "plat_payclients_secret_3b9f"
INVOICE = {"id": "inv_1", "object_type": "INVOICE", "status": "OPEN"}
CHARGE = {"charge": {"correlationID": "order-1", "value": 1500, "status": "ACTIVE"}}
MINDZ_INVOICE = {"id": 42, "status": 0, "amount": "150.00"}


def _header(name: str) -> Callable[[Received], str | None]:
    return lambda received: received.headers.get(name.lower())


def _body_field(name: str) -> Callable[[Received], str | None]:
    def read(received: Received) -> str | None:
        value = json.loads(received.body).get(name) if received.body else None
        return value if isinstance(value, str) else None

    return read


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[str, bool, dict[str, Any]], Any]
    read: Callable[[Any], Any]
    read_ok: Any
    keyed_write: Callable[[Any], Any] | None
    keyed_ok: Any
    key_of: Callable[[Received], str | None] | None
    unkeyed_write: Callable[[Any], Any] | None


CASES = [
    Case(
        "solvimon",
        lambda url, aio, o: (AsyncSolvimon if aio else Solvimon)(
            api_key=SOLVIMON_KEY, platform_id=SOLVIMON_PLATFORM, base_url=url, **o
        ),
        lambda c: c.get_invoice("inv_1"),
        INVOICE,
        lambda c: c.refresh_invoice("inv_1", types=["FULL"]),
        INVOICE,
        _header("Idempotency-Key"),
        None,  # every Solvimon write carries an Idempotency-Key
    ),
    Case(
        "woovi",
        lambda url, aio, o: (AsyncWoovi if aio else Woovi)(app_id=WOOVI_APP, base_url=url, **o),
        lambda c: c.get_charge("order-1"),
        CHARGE,
        lambda c: c.create_charge(value=1500, correlation_id="order-1"),
        CHARGE,
        _body_field("correlationID"),
        lambda c: c.create_customer(name="Ana", email="ana@example.com"),
    ),
    Case(
        "mindz",
        lambda url, aio, o: (AsyncMindz if aio else Mindz)(app_id=MINDZ_APP, api_key=MINDZ_KEY, base_url=url, **o),
        lambda c: c.get_invoice("conta", 42),
        MINDZ_INVOICE,
        None,  # Mindz documents no idempotency key: no write is ever repeated
        None,
        None,
        lambda c: c.create_invoice("conta", b"%PDF-1.4 fault suite", amount="150.00"),
    ),
]


@pytest.fixture(params=CASES, ids=[c.name for c in CASES])
def case(request: pytest.FixtureRequest) -> Case:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run(case: Case, mode: str, server: ChaosServer, action: Callable[[Any], Any], **options: Any) -> Any:
    """Build the client for `server`, make one call, close the client; the call's result or error."""
    client = case.make(server.url, mode == "async", options)
    if mode == "sync":
        with client:
            return action(client)

    async def main() -> Any:
        async with client:
            result = action(client)
            assert inspect.isawaitable(result)
            return await result

    return asyncio.run(main())
