"""Woovi webhooks, the edges (issue 9, mutation wave): the default cache and refresh timings, sync and
async alike, and what each verifier says about itself.

Deliveries are signed with test keys; the bundled key is swapped for one whose private half we hold.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from payclients import ConfigurationError, ParameterError, WebhookVerificationError
from payclients.woovi import _webhook_keys
from payclients.woovi.webhooks import AsyncWebhookVerifier, WebhookChargePayload, WebhookRouter, WebhookVerifier

BODY = b'{"event":"OPENPIX:CHARGE_COMPLETED","charge":{"value":1,"status":"COMPLETED","correlationID":"c-1"}}'


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def keys() -> dict[str, rsa.RSAPrivateKey]:
    return {"bundled": _key(), "rotated": _key(), "stranger": _key()}


def pem(key: rsa.RSAPrivateKey) -> str:
    public = key.public_key()
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def signed(key: rsa.RSAPrivateKey, body: bytes = BODY) -> dict[str, str]:
    signature = base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()
    return {"x-webhook-signature": signature}


def key_list(*listed: rsa.RSAPrivateKey) -> dict[str, Any]:
    return {"public_keys": [{"key": pem(k)} for k in listed]}


@pytest.fixture(autouse=True)
def bundled(monkeypatch: pytest.MonkeyPatch, keys: dict[str, rsa.RSAPrivateKey]) -> rsa.RSAPrivateKey:
    test_key = _webhook_keys.load_public_key(pem(keys["bundled"]), source="bundled")
    monkeypatch.setattr(_webhook_keys, "bundled_keys", lambda: (test_key,))
    return keys["bundled"]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Fetcher:
    """Answers each fetch with the next key list (the last one again once the script runs out)."""

    def __init__(self, *answers: Any) -> None:
        self.answers, self.calls = list(answers), 0

    def __call__(self) -> Any:
        self.calls += 1
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Verifier:
    """One face for both verifiers: `check` runs `verify_signature`, `event` runs `construct_event`."""

    def __init__(self, mode: str, **options: Any) -> None:
        self.mode = mode
        self.inner: Any = (WebhookVerifier if mode == "sync" else AsyncWebhookVerifier)(**options)

    def check(self, body: bytes, headers: dict[str, str]) -> None:
        if self.mode == "sync":
            self.inner.verify_signature(body, headers)
        else:
            asyncio.run(self.inner.verify_signature(body, headers))

    def event(self, body: bytes, headers: dict[str, str]) -> Any:
        if self.mode == "sync":
            return self.inner.construct_event(body, headers)
        return asyncio.run(self.inner.construct_event(body, headers))


# -- default timings ------------------------------------------------------------------------------------


def test_the_key_list_is_fetched_again_after_exactly_an_hour_by_default(mode: str, bundled: rsa.RSAPrivateKey) -> None:
    clock, fetch = Clock(), Fetcher(key_list(bundled))
    verifier = Verifier(mode, fetch_public_keys=fetch, clock=clock)
    verifier.check(BODY, signed(bundled))
    assert fetch.calls == 1
    clock.now += 3599.5
    verifier.check(BODY, signed(bundled))
    assert fetch.calls == 1
    clock.now += 0.5  # 3600 s after the fetch
    verifier.check(BODY, signed(bundled))
    assert fetch.calls == 2


def test_an_unknown_signature_refetches_after_exactly_a_minute_by_default(
    mode: str, keys: dict[str, rsa.RSAPrivateKey], bundled: rsa.RSAPrivateKey
) -> None:
    clock, fetch = Clock(), Fetcher(key_list(bundled))
    verifier = Verifier(mode, fetch_public_keys=fetch, clock=clock)
    verifier.check(BODY, signed(bundled))
    clock.now += 59.5
    with pytest.raises(WebhookVerificationError):
        verifier.check(BODY, signed(keys["stranger"]))
    assert fetch.calls == 1
    clock.now += 0.5  # 60 s after the last fetch
    with pytest.raises(WebhookVerificationError, match="under any known Woovi public key"):
        verifier.check(BODY, signed(keys["stranger"]))
    assert fetch.calls == 2


# -- what a verifier says about itself ------------------------------------------------------------------


def test_a_verifiers_repr_says_how_it_verifies(mode: str) -> None:
    name = "WebhookVerifier" if mode == "sync" else "AsyncWebhookVerifier"
    plain = Verifier(mode).inner
    assert repr(plain).startswith(f"{name}(keys=[")
    assert repr(plain).endswith("fetches_keys=False, cache_ttl=3600.0, legacy_hmac=False)")
    busy = Verifier(mode, fetch_public_keys=list, legacy_hmac_secret="s3cr3t-legacy", cache_ttl=5).inner
    assert repr(busy).endswith("fetches_keys=True, cache_ttl=5, legacy_hmac=True)")
    assert "s3cr3t-legacy" not in repr(busy)


# -- configuration and failures ----------------------------------------------------------------------------


def test_a_client_and_a_fetcher_together_are_a_configuration_error(mode: str) -> None:
    client = SimpleNamespace(webhooks=SimpleNamespace(get_webhook_public_keys=list))
    with pytest.raises(ConfigurationError, match="either client or fetch_public_keys, not both"):
        Verifier(mode, client=client, fetch_public_keys=list)


def test_the_client_fetches_the_keys(mode: str, keys: dict[str, rsa.RSAPrivateKey]) -> None:
    fetch = Fetcher(key_list(keys["rotated"]))
    verifier = Verifier(mode, client=SimpleNamespace(webhooks=SimpleNamespace(get_webhook_public_keys=fetch)))
    assert isinstance(verifier.event(BODY, signed(keys["rotated"])), WebhookChargePayload)
    assert fetch.calls == 1


def test_a_fetcher_that_raises_is_logged_by_its_type_and_the_bundled_key_still_works(
    mode: str, bundled: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Any:
        raise RuntimeError("token=s3cr3t-in-a-message")

    verifier = Verifier(mode, fetch_public_keys=broken)
    with caplog.at_level(logging.WARNING, logger="payclients"):
        verifier.check(BODY, signed(bundled))
    assert len(caplog.messages) == 1
    assert caplog.messages[0].startswith("could not fetch Woovi's webhook public keys (RuntimeError); verifying with")
    assert "s3cr3t" not in caplog.text


# -- the router ------------------------------------------------------------------------------------------------


def test_the_router_is_strict_by_default() -> None:
    with pytest.raises(ParameterError, match="did you mean 'OPENPIX:CHARGE_COMPLETED'"):
        WebhookRouter[None]().on("OPENPIX:CHARGE_COMPLETE")
    WebhookRouter[None](strict=False).on("OPENPIX:CHARGE_COMPLETE")
