"""Redirects are never followed: a real 3xx answer ends the call, and nothing goes to its Location."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from payclients import AsyncSolvimon, ResponseValidationError, Solvimon
from payclients.mindz import AsyncMindz, Mindz
from payclients.woovi import AsyncWoovi, Woovi
from tests.conftest import TEST_SECRETS, Script

SOLVIMON_KEY, _, MINDZ_APP, MINDZ_KEY, WOOVI_APP = TEST_SECRETS
CLIENTS: list[tuple[str, Any, Any, Any]] = [
    ("solvimon", Solvimon, AsyncSolvimon, lambda c: c.get_invoice("inv_1")),
    ("woovi", Woovi, AsyncWoovi, lambda c: c.get_charge("order-1")),
    ("mindz", Mindz, AsyncMindz, lambda c: c.get_invoice("conta", 42)),
]
SETTINGS = {
    "solvimon": {"api_key": SOLVIMON_KEY},
    "woovi": {"app_id": WOOVI_APP},
    "mindz": {"app_id": MINDZ_APP, "api_key": MINDZ_KEY, "platform": "escola"},
}


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("location", ["http://evil.example/steal", "https://evil.example/steal", "/other/path"])
@pytest.mark.parametrize(("name", "sync_cls", "async_cls", "call"), CLIENTS, ids=[c[0] for c in CLIENTS])
def test_a_redirect_is_not_followed(
    name: str, sync_cls: Any, async_cls: Any, call: Any, status: int, location: str
) -> None:
    script = Script(lambda request: httpx.Response(status, headers={"Location": location}))
    with pytest.raises(ResponseValidationError) as caught:
        call(sync_cls(**SETTINGS[name], transport=script.transport()))
    assert caught.value.status_code == status

    async def main() -> None:
        async with async_cls(**SETTINGS[name], transport=script.async_transport()) as client:
            with pytest.raises(ResponseValidationError):
                await call(client)

    asyncio.run(main())
    assert len(script.requests) == 2  # one per client: the Location was never asked for
    assert all("evil" not in str(r.url) and "/other/path" not in str(r.url) for r in script.requests)
