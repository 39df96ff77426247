"""Credentials as `httpx.Auth`: attached at send time, only to https or loopback origins (every time,
whatever was sent before), defaults only when the call set none, and never shown in a repr."""

from __future__ import annotations

import httpx
import pytest

from payclients import ConfigurationError
from payclients._auth import CredentialHeaders
from tests.conftest import Script

KEY = "sk_test_payclients_1234567890"


def client(auth: CredentialHeaders, script: Script) -> httpx.Client:
    return httpx.Client(auth=auth, transport=script.transport())


def test_credentials_and_defaults_are_added_at_send_time() -> None:
    script = Script(httpx.Response(200))
    auth = CredentialHeaders({"X-API-KEY": KEY}, defaults={"x-platform-id": "plat_1"})
    with client(auth, script) as http:
        http.get("https://api.example.com/a")
        http.get("https://api.example.com/b", headers={"x-platform-id": "plat_call", "X-API-KEY": "forged"})
    first, second = script.requests
    assert (first.headers["X-API-KEY"], first.headers["x-platform-id"]) == (KEY, "plat_1")
    assert (second.headers["X-API-KEY"], second.headers["x-platform-id"]) == (KEY, "plat_call")


@pytest.mark.parametrize("url", ["http://api.example.com/x", "http://localhost.evil.example/x", "ftp://127.0.0.1/x"])
def test_an_insecure_origin_never_gets_the_credential(url: str) -> None:
    script = Script(httpx.Response(200))
    with client(CredentialHeaders({"X-API-KEY": KEY}), script) as http, pytest.raises(ConfigurationError):
        http.get(url)
    assert script.requests == []


def test_an_origin_that_passed_does_not_vouch_for_its_plain_http_twin() -> None:
    script = Script(httpx.Response(200))
    with client(CredentialHeaders({"X-API-KEY": KEY}), script) as http:
        http.get("https://api.example.com/x")
        for _ in range(2):  # refused every time, not only the first
            with pytest.raises(ConfigurationError, match=r"^refusing to send credentials to http://api\.example\.com:"):
                http.get("http://api.example.com/x")
    assert [str(r.url) for r in script.requests] == ["https://api.example.com/x"]


def test_many_origins_are_each_checked() -> None:
    script = Script(httpx.Response(200))
    with client(CredentialHeaders({"X-API-KEY": KEY}), script) as http:
        for number in range(70):  # beyond what is remembered
            http.get(f"https://api{number}.example.com/")
        with pytest.raises(ConfigurationError):
            http.get("http://api69.example.com/")
    assert len(script.requests) == 70


@pytest.mark.parametrize(
    ("headers", "defaults", "message"),
    [
        ({"X-API-KEY": "k\n"}, None, "the credential for X-API-KEY contains a line break or another control character"),
        ({"X-API-KEY": KEY}, {"x-platform-id": " p"}, "the credential for x-platform-id has leading or trailing"),
        ({"X API KEY": KEY}, None, "a credential header name must be an HTTP header name, not 'X API KEY'"),
        ({"X-API-KEY": KEY}, {"x platform": "p"}, "a credential header name must be an HTTP header name"),
    ],
)
def test_credentials_and_defaults_are_checked_when_built(
    headers: dict[str, str], defaults: dict[str, str] | None, message: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        CredentialHeaders(headers, defaults=defaults)
    assert str(caught.value).startswith(message)
    assert KEY not in str(caught.value)


def test_the_repr_names_the_headers_but_not_the_values() -> None:
    auth = CredentialHeaders({"X-API-KEY": KEY}, defaults={"x-platform-id": "plat_secret"})
    assert repr(auth) == "CredentialHeaders(X-API-KEY, x-platform-id: [redacted])"
    assert auth.header_names == ("X-API-KEY", "x-platform-id")
