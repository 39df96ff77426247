"""Shared fixtures: no network, no real sleeping, no settings leaking in from the environment."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

PROVIDER_VARIABLES = (
    "SOLVIMON_API_KEY",
    "SOLVIMON_BEARER_TOKEN",
    "SOLVIMON_CLIENT_ID",
    "SOLVIMON_CLIENT_SECRET",
    "SOLVIMON_PLATFORM_ID",
    "SOLVIMON_ENVIRONMENT",
    "SOLVIMON_BASE_URL",
    "MINDZ_APP_ID",
    "MINDZ_API_KEY",
    "MINDZ_PLATFORM",
    "MINDZ_BASE_URL",
    "WOOVI_APP_ID",
    "WOOVI_ENVIRONMENT",
    "WOOVI_BASE_URL",
    "PAYCLIENTS_LOG",
)

# Credentials used by tests. test_cassettes.py checks that none of them was ever written to a cassette.
TEST_SECRETS = (
    "sk_test_payclients_1234567890",
    "jwt.payclients.test-token",
    "mindz_app_payclients_4f2a9c",
    "mindz_key_payclients_8d1e7b",
    "woovi_appid_payclients_7c3e51",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROVIDER_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff waits are recorded instead of slept, so retry tests are instant and can check delays."""
    recorded: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr("payclients._base_client._sleep", recorded.append)
    monkeypatch.setattr("payclients._base_client._async_sleep", fake_async_sleep)
    return recorded


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": [
            ("authorization", "REDACTED"),
            ("x-api-key", "REDACTED"),
            ("x-platform-id", "REDACTED"),
            ("app-id", "REDACTED"),
            ("api-key", "REDACTED"),
            ("cookie", None),
        ],
        "before_record_request": _fixed_boundary,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "record_on_exception": False,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
    }


CASSETTE_BOUNDARY = "+++"


def _fixed_boundary(request: Any) -> Any:
    """Multipart boundaries are random per request; cassettes keep (and match on) one fixed token."""
    content_type = request.headers.get("Content-Type") or request.headers.get("content-type") or ""
    if "boundary=" not in content_type:
        return request
    boundary = content_type.split("boundary=", 1)[1].split(";")[0].strip()
    if boundary != CASSETTE_BOUNDARY and isinstance(request.body, bytes):
        request.body = request.body.replace(boundary.encode(), CASSETTE_BOUNDARY.encode())
        fixed = content_type.replace(boundary, CASSETTE_BOUNDARY)
        for name in ("Content-Type", "content-type"):
            if name in request.headers:
                request.headers[name] = fixed
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"].pop("set-cookie", None)
    response["headers"].pop("Set-Cookie", None)
    return response


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of the request as it is at send time. The runtime sends one `Request` object on every
    attempt, so keeping the object itself would make "the same key on every retry" compare a request
    with itself."""
    extensions = {k: dict(v) if isinstance(v, dict) else v for k, v in request.extensions.items()}
    return httpx.Request(
        request.method, request.url, headers=request.headers.copy(), content=request.content, extensions=extensions
    )


class Script:
    """A transport that answers from a script and remembers every request it saw."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(snapshot(request))
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return reply

    def json_bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            return self(request)

        return httpx.MockTransport(handler)


@pytest.fixture
def script() -> Iterator[Callable[..., Script]]:
    yield Script
