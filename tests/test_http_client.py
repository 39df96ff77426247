"""Connection pools: a user's own httpx client (`http_client=`) or pool limits (`limits=`).

With a user's client our rules still hold: the provider's absolute URL, our credentials (https or
loopback only), our timeout, and never a redirect followed with credentials.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from payclients import (
    AsyncMindz,
    AsyncSolvimon,
    AsyncWoovi,
    ConfigurationError,
    Mindz,
    ResponseValidationError,
    Solvimon,
    Woovi,
)
from payclients._auth import _SECURE_ORIGINS, require_secure_origin
from tests.conftest import Script

KEY = "sk_test_payclients_1234567890"
INVOICE = {"id": "inv_1", "object_type": "INVOICE", "status": "OPEN"}


def ok(body: Any = INVOICE, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def test_a_user_client_sends_our_request_with_its_own_settings() -> None:
    script = Script(ok())
    hooked: list[str] = []
    user = httpx.Client(
        transport=script.transport(),
        base_url="https://elsewhere.example",
        headers={"X-Trace": "t1", "User-Agent": "theirs"},
        event_hooks={"request": [lambda request: hooked.append(str(request.url))]},
    )
    solvimon = Solvimon(api_key=KEY, http_client=user, timeout=7)
    assert solvimon.get_invoice("inv_1").id == "inv_1"
    sent = script.requests[0]
    assert str(sent.url) == "https://test.api.solvimon.com/v1/invoices/inv_1"
    assert hooked == ["https://test.api.solvimon.com/v1/invoices/inv_1"]
    assert sent.headers["X-API-KEY"] == KEY
    assert sent.headers["X-Trace"] == "t1"  # the user's default headers are kept
    assert sent.headers["User-Agent"].startswith("payclients/")  # ours win where they overlap
    assert 6 < sent.extensions["timeout"]["read"] <= 7  # our timeout (trimmed to the deadline), not theirs
    assert "X-API-KEY" not in user.headers  # credentials are attached per request, never stored


def test_a_user_client_that_follows_redirects_does_not_follow_ours() -> None:
    moved = httpx.Response(302, headers={"Location": "https://attacker.example/steal"})
    script = Script(moved, ok())
    user = httpx.Client(transport=script.transport(), follow_redirects=True)
    with pytest.raises(ResponseValidationError, match="302"):
        Solvimon(api_key=KEY, http_client=user, max_retries=0).get_invoice("inv_1")
    assert [r.url.host for r in script.requests] == ["test.api.solvimon.com"]


def test_a_user_client_never_sends_credentials_over_plain_http() -> None:
    script = Script(ok())
    user = httpx.Client(transport=script.transport())
    solvimon = Solvimon(api_key=KEY, http_client=user)
    request = solvimon._http.build_request("GET", "http://test.api.solvimon.com/v1/invoices/x")
    with pytest.raises(ConfigurationError, match="https"):
        solvimon._http.send(request, auth=solvimon._auth)
    assert script.requests == []


def test_close_leaves_a_user_client_open() -> None:
    user = httpx.Client(transport=Script(ok()).transport())
    with Solvimon(api_key=KEY, http_client=user) as solvimon:
        solvimon.get_invoice("inv_1")
    assert not user.is_closed
    user.close()


@pytest.mark.anyio
async def test_an_async_user_client() -> None:
    script = Script(ok())
    user = httpx.AsyncClient(transport=script.async_transport(), follow_redirects=True)
    async with AsyncSolvimon(api_key=KEY, http_client=user) as solvimon:
        assert (await solvimon.get_invoice("inv_1")).id == "inv_1"
    assert not user.is_closed
    assert script.requests[0].headers["X-API-KEY"] == KEY
    assert str(script.requests[0].url) == "https://test.api.solvimon.com/v1/invoices/inv_1"
    await user.aclose()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"http_client": httpx.AsyncClient()}, "must be an httpx.Client"),
        ({"http_client": httpx.Client(), "transport": httpx.MockTransport(ok)}, "either http_client"),
        ({"http_client": httpx.Client(), "limits": httpx.Limits(max_connections=5)}, "either http_client"),
        ({"limits": httpx.Limits(), "transport": httpx.MockTransport(ok)}, "configure the transport"),
        ({"limits": 10}, "must be an httpx.Limits"),
    ],
)
def test_pool_options_that_do_not_go_together_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Solvimon(api_key=KEY, **options)


def test_a_closed_user_client_is_refused() -> None:
    user = httpx.Client()
    user.close()
    with pytest.raises(ConfigurationError, match="closed"):
        Solvimon(api_key=KEY, http_client=user)


def _pool(client: Any) -> Any:
    return client._http._transport._pool


@pytest.mark.parametrize(
    "make",
    [
        lambda limits: Solvimon(api_key=KEY, limits=limits),
        lambda limits: AsyncSolvimon(api_key=KEY, limits=limits),
        lambda limits: Woovi(app_id="a", limits=limits),
        lambda limits: AsyncWoovi(app_id="a", limits=limits),
        lambda limits: Mindz(app_id="a", api_key="k", platform="demo", limits=limits),
        lambda limits: AsyncMindz(app_id="a", api_key="k", platform="demo", limits=limits),
    ],
)
def test_limits_size_the_default_pool(make: Any) -> None:
    client = make(httpx.Limits(max_connections=7, max_keepalive_connections=3))
    assert _pool(client)._max_connections == 7
    assert _pool(client)._max_keepalive_connections == 3
    assert _pool(make(None))._max_connections == 100


@pytest.mark.parametrize(
    "make",
    [
        lambda: Woovi(app_id="a", http_client=httpx.Client(transport=Script(ok({})).transport())),
        lambda: Mindz(app_id="a", api_key="k", platform="demo", http_client=httpx.Client()),
    ],
)
def test_every_provider_accepts_a_user_client(make: Any) -> None:
    client = make()
    assert client._owns_http is False


# -- the secure-origin check, remembered per origin ------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost.attacker.example/x",
        "http://127.0.0.1.nip.io/x",
        "http://localhost@attacker.example/x",
        "http://attacker.example/localhost",
        "http://[::2]/x",
        "http://127.0.0.1:8000@10.0.0.1/x",
    ],
)
def test_look_alike_hosts_are_refused_after_loopback_was_allowed(url: str) -> None:
    require_secure_origin(httpx.URL("http://localhost:8000/x"))
    require_secure_origin(httpx.URL("http://127.0.0.1/x"))
    for _ in range(2):  # and again: a refusal is never remembered as a pass
        with pytest.raises(ConfigurationError, match="https"):
            require_secure_origin(httpx.URL(url))


def test_only_passing_origins_are_remembered() -> None:
    _SECURE_ORIGINS.clear()
    require_secure_origin(httpx.URL("https://api.solvimon.com/v1/x"))
    require_secure_origin(httpx.URL("http://127.0.0.1:9/x"))
    with pytest.raises(ConfigurationError):
        require_secure_origin(httpx.URL("http://api.solvimon.com/v1/x"))
    assert {("https", "api.solvimon.com"), ("http", "127.0.0.1")} == _SECURE_ORIGINS
