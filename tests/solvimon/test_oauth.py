"""OAuth tokens: fetched with client credentials, renewed before expiry and once after a 401, one renewal
at a time across threads and tasks, never shown."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import threading
import time
from typing import Any

import httpx
import pytest

from payclients import AsyncSolvimon, AuthenticationError, ConfigurationError, Solvimon
from payclients._oauth import AccessToken, TokenAuth

CLIENT_ID = "client_payclients_oauth"
SECRET = "secret_payclients_oauth_9f3e"
INVOICE = {"id": "inv_1", "status": "OPEN", "type": "STANDARD", "invoice_date": "2026-01-01T00:00:00Z"}


class TokenServer:
    """Solvimon's token endpoints and one invoice, counting what it hands out (thread-safe)."""

    def __init__(self, lifetime: int = 3600, *, slow: float = 0.0) -> None:
        self.lifetime = lifetime
        self.slow = slow
        self.lock = threading.Lock()
        self.issued: list[str] = []
        self.logins: list[dict[str, Any]] = []
        self.refreshes: list[str] = []
        self.calls: list[str] = []  # the bearer of each API call
        self.refuse: set[str] = set()  # tokens the API answers 401 to
        self.refuse_refresh = False

    def _issue(self) -> httpx.Response:
        with self.lock:
            token = f"jwt.issued.{len(self.issued) + 1}"
            self.issued.append(token)
        body = {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime, "issued_at": "x"}
        return httpx.Response(200, json=body)

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if request.url.path == "/v1/oauth/token":
            if self.slow:
                time.sleep(self.slow)  # widens the race window; nothing is timed
            self.logins.append(json.loads(request.content))
            return self._issue()
        if request.url.path == "/v1/oauth/refresh-token":
            self.refreshes.append(bearer)
            if self.refuse_refresh or bearer not in self.issued:
                return httpx.Response(401, json={"type": "API_ERROR", "code": "UNAUTHORISED", "message": "no"})
            return self._issue()
        with self.lock:
            self.calls.append(bearer)
        if bearer not in self.issued or bearer in self.refuse:
            return httpx.Response(401, json={"type": "API_ERROR", "code": "UNAUTHORISED", "message": "expired"})
        return httpx.Response(200, json=INVOICE, headers={"X-REQUEST-ID": "reqr_1"})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            if self.slow and request.url.path == "/v1/oauth/token":
                await asyncio.sleep(self.slow)
                self.slow, slow = 0.0, self.slow
                try:
                    return self.handle(request)
                finally:
                    self.slow = slow
            return self.handle(request)

        return httpx.MockTransport(handler)


def client(server: TokenServer, **kwargs: Any) -> Solvimon:
    return Solvimon(client_id=CLIENT_ID, client_secret=SECRET, transport=server.transport(), **kwargs)


def test_client_credentials_get_a_token_that_is_sent_as_bearer() -> None:
    server = TokenServer()
    with client(server, platform_id="plat_1") as solvimon:
        assert solvimon.get_invoice("inv_1").id == "inv_1"
        solvimon.get_invoice("inv_1")
    assert server.logins == [{"username": CLIENT_ID, "password": SECRET}]
    assert server.calls == ["jwt.issued.1", "jwt.issued.1"]


def test_the_token_request_carries_the_platform_and_goes_to_the_identity_path() -> None:
    seen: list[httpx.Request] = []
    server = TokenServer()

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return server.handle(request)

    Solvimon(
        client_id=CLIENT_ID, client_secret=SECRET, platform_id="plat_1", transport=httpx.MockTransport(spy)
    ).get_invoice("inv_1")
    login = seen[0]
    assert (login.method, login.url.path) == ("POST", "/v1/oauth/token")
    assert login.url.host == "test.api.solvimon.com"
    assert login.headers["x-platform-id"] == "plat_1"
    assert "authorization" not in login.headers


def test_a_token_close_to_expiry_is_refreshed_with_the_refresh_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    server = TokenServer(lifetime=600)
    solvimon = client(server)
    solvimon.get_invoice("inv_1")
    now = time.monotonic()
    monkeypatch.setattr("payclients._oauth.time.monotonic", lambda: now + 600 - 30)  # leeway is 60 s
    solvimon.get_invoice("inv_1")
    assert server.refreshes == ["jwt.issued.1"]
    assert len(server.logins) == 1
    assert server.calls == ["jwt.issued.1", "jwt.issued.2"]


def test_a_refused_refresh_falls_back_to_the_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    server = TokenServer(lifetime=600)
    server.refuse_refresh = True
    solvimon = client(server)
    solvimon.get_invoice("inv_1")
    now = time.monotonic()
    monkeypatch.setattr("payclients._oauth.time.monotonic", lambda: now + 10_000)
    solvimon.get_invoice("inv_1")
    assert len(server.refreshes) == 1
    assert len(server.logins) == 2
    assert server.calls[-1] == "jwt.issued.2"


def test_a_401_renews_the_token_once_and_repeats_the_request() -> None:
    server = TokenServer()
    solvimon = client(server)
    solvimon.get_invoice("inv_1")
    server.refuse.add("jwt.issued.1")  # revoked on Solvimon's side
    assert solvimon.get_invoice("inv_1").id == "inv_1"
    assert server.calls == ["jwt.issued.1", "jwt.issued.1", "jwt.issued.2"]
    assert len(server.logins) == 2


def test_a_second_401_is_an_authentication_error_not_a_loop() -> None:
    server = TokenServer()
    solvimon = client(server, max_retries=0)
    solvimon.get_invoice("inv_1")
    server.refuse.update({"jwt.issued.1", "jwt.issued.2", "jwt.issued.3"})
    with pytest.raises(AuthenticationError):
        solvimon.get_invoice("inv_1")
    assert server.calls == ["jwt.issued.1", "jwt.issued.1", "jwt.issued.2"]


def test_refused_credentials_are_an_authentication_error_without_secrets() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"type": "API_ERROR", "code": "UNAUTHORISED", "message": "bad login"})

    solvimon = Solvimon(client_id=CLIENT_ID, client_secret=SECRET, transport=httpx.MockTransport(handler))
    with pytest.raises(AuthenticationError) as caught:
        solvimon.get_invoice("inv_1")
    error = caught.value
    assert error.status_code == 401
    dumped = str(error) + repr(error) + repr(vars(error)) + repr(pickle.dumps(error))
    assert SECRET not in dumped and CLIENT_ID not in dumped


def test_a_token_answer_without_a_token_is_an_error_that_does_not_keep_the_body() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"token": "jwt.leaky"})

    with pytest.raises(AuthenticationError, match="without a token") as caught:
        Solvimon(client_id=CLIENT_ID, client_secret=SECRET, transport=httpx.MockTransport(handler)).get_invoice("i")
    assert b"jwt.leaky" not in (caught.value.body or b"")


def test_sixteen_threads_share_one_token_fetch() -> None:
    server = TokenServer(slow=0.05)
    solvimon = client(server)
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            solvimon.get_invoice("inv_1")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(server.logins) == 1
    assert server.calls == ["jwt.issued.1"] * 16


def test_sixteen_threads_after_a_revocation_renew_once() -> None:
    server = TokenServer(slow=0.05)
    solvimon = client(server)
    solvimon.get_invoice("inv_1")
    server.refuse.add("jwt.issued.1")
    barrier = threading.Barrier(16)

    def call() -> None:
        barrier.wait()
        solvimon.get_invoice("inv_1")

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(server.logins) == 2
    assert server.issued == ["jwt.issued.1", "jwt.issued.2"]


@pytest.mark.anyio
async def test_a_hundred_tasks_share_one_token_fetch() -> None:
    server = TokenServer(slow=0.01)
    async with AsyncSolvimon(client_id=CLIENT_ID, client_secret=SECRET, transport=server.async_transport()) as c:
        results = await asyncio.gather(*(c.get_invoice("inv_1") for _ in range(100)))
        assert len(results) == 100
        server.refuse.add("jwt.issued.1")
        await asyncio.gather(*(c.get_invoice("inv_1") for _ in range(100)))
    assert len(server.logins) == 2  # the first token, and one renewal after the revocation
    assert server.issued == ["jwt.issued.1", "jwt.issued.2"]


def test_a_token_provider_is_called_once_and_again_after_a_401() -> None:
    server = TokenServer()
    server.issued.extend(["jwt.mine.1", "jwt.mine.2"])
    handed: list[str] = []

    def provider() -> AccessToken:
        handed.append(f"jwt.mine.{len(handed) + 1}")
        return AccessToken.lasting(handed[-1], 3600)

    solvimon = Solvimon(token_provider=provider, transport=server.transport())
    solvimon.get_invoice("inv_1")
    solvimon.get_invoice("inv_1")
    server.refuse.add("jwt.mine.1")
    solvimon.get_invoice("inv_1")
    assert handed == ["jwt.mine.1", "jwt.mine.2"]
    assert server.calls == ["jwt.mine.1", "jwt.mine.1", "jwt.mine.1", "jwt.mine.2"]
    assert server.logins == []


@pytest.mark.anyio
async def test_an_async_token_provider_serves_a_hundred_tasks_once() -> None:
    server = TokenServer()
    server.issued.append("jwt.async.1")
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        return "jwt.async.1"

    async with AsyncSolvimon(token_provider=provider, transport=server.async_transport()) as c:
        await asyncio.gather(*(c.get_invoice("inv_1") for _ in range(100)))
    assert calls == 1


def test_an_async_token_provider_on_the_sync_client_is_a_configuration_error() -> None:
    async def provider() -> str:
        return "jwt"

    with pytest.raises(ConfigurationError, match="async"):
        Solvimon(token_provider=provider, transport=TokenServer().transport()).get_invoice("inv_1")


def test_environment_variables_give_the_client_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("SOLVIMON_CLIENT_SECRET", SECRET)
    server = TokenServer()
    Solvimon(transport=server.transport()).get_invoice("inv_1")
    assert server.logins == [{"username": CLIENT_ID, "password": SECRET}]


def test_an_api_key_variable_wins_over_client_credential_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_API_KEY", "sk_test_payclients_1234567890")
    monkeypatch.setenv("SOLVIMON_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("SOLVIMON_CLIENT_SECRET", SECRET)
    assert not isinstance(Solvimon()._auth, TokenAuth)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"client_id": CLIENT_ID},
        {"client_secret": SECRET},
        {"client_id": " ", "client_secret": SECRET},
        {"client_id": CLIENT_ID, "client_secret": SECRET, "api_key": "k"},
        {"token_provider": lambda: "t", "bearer_token": "b"},
        {"token_provider": "not callable"},
    ],
)
def test_incomplete_or_mixed_credentials_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        Solvimon(**kwargs)


def test_no_token_or_secret_in_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    server = TokenServer()
    solvimon = client(server)
    with caplog.at_level(logging.DEBUG):
        solvimon.get_invoice("inv_1")
    auth = solvimon._auth
    assert isinstance(auth, TokenAuth)
    shown = repr(solvimon) + repr(auth) + repr(auth._token) + repr(auth._endpoints) + caplog.text
    for secret in (SECRET, "jwt.issued.1"):
        assert secret not in shown
    assert "redacted" in repr(auth._token)


def test_tokens_go_over_https_or_loopback_only() -> None:
    with pytest.raises(ConfigurationError, match="https"):
        Solvimon(client_id=CLIENT_ID, client_secret=SECRET, base_url="http://example.com")
