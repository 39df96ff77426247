"""Woovi webhooks: RSA signatures, the public-key cache and rotation, the legacy HMAC, typed events.

Keys are generated here and deliveries signed with them; the bundled key is swapped for a test key
where a test needs a delivery "signed by Woovi".
"""

from __future__ import annotations

import base64
import builtins
import hashlib
import hmac
import json
import logging
import pathlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import yaml
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

import payclients
from payclients import ConfigurationError, WebhookVerificationError
from payclients.woovi import _webhook_keys
from payclients.woovi.webhooks import (
    EVENT_MODELS,
    LEGACY_SIGNATURE_HEADER,
    SIGNATURE_HEADER,
    AsyncWebhookVerifier,
    WebhookVerifier,
    construct_event,
    parse_event,
    verify_signature,
)
from payclients_woovi.models import (
    WebhookChargePayload,
    WebhookEvent,
    WebhookMovementPayload,
    WebhookPayload,
    WebhookPixAutomaticCobrPayload,
    WebhookPixRefundPayload,
    WebhookPublicKey,
    WebhookPublicKeyList,
    WebhookTedPayload,
    WebhookTransactionPayload,
)
from tests.conftest import Script

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP_ID = "Q2xpZW50X0lkX3Rlc3Q6Q2xpZW50X1NlY3JldF90ZXN0"  # a made-up AppID
LEGACY_SECRET = "openpix_legacy_s3cret_value"
KEYS_URL = "https://api.woovi.com/api/v1/webhook/public-keys"

BODY = json.dumps(
    {
        "event": "OPENPIX:CHARGE_COMPLETED",
        "charge": {"value": 1500, "status": "COMPLETED", "correlationID": "order-42"},
        "pix": {"value": 1500, "endToEndId": "E1234", "time": "2026-11-21T12:00:00.000Z"},
        "company": {"id": "co_1", "name": "Loja"},
        "account": {},
    },
    separators=(",", ":"),
).encode()


# -- keys and signing --------------------------------------------------------------------------------


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def woovi_key() -> rsa.RSAPrivateKey:
    """Stands in for the key Woovi signs with today (the bundled one)."""
    return new_key()


@pytest.fixture(scope="module")
def rotated_key() -> rsa.RSAPrivateKey:
    """A key Woovi rotates to, which only the public-keys endpoint knows."""
    return new_key()


@pytest.fixture(scope="module")
def stranger_key() -> rsa.RSAPrivateKey:
    """A key Woovi never published: a forger's."""
    return new_key()


def pem(key: rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def key_id(key: rsa.RSAPrivateKey) -> str:
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def sign(key: rsa.RSAPrivateKey, body: bytes = BODY) -> str:
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


def signed(key: rsa.RSAPrivateKey, body: bytes = BODY) -> dict[str, str]:
    return {"Content-Type": "application/json", "X-Webhook-Signature": sign(key, body)}


def legacy_signature(secret: str = LEGACY_SECRET, body: bytes = BODY) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha1).digest()).decode()


def key_list(*keys: rsa.RSAPrivateKey) -> dict[str, Any]:
    """The body of GET /api/v1/webhook/public-keys."""
    return {
        "public_keys": [{"key_identifier": key_id(k), "key": pem(k), "is_current": i == 0} for i, k in enumerate(keys)]
    }


@pytest.fixture(autouse=True)
def bundled(monkeypatch: pytest.MonkeyPatch, woovi_key: rsa.RSAPrivateKey) -> rsa.RSAPrivateKey:
    """The bundled key, swapped for a test key whose private half we hold."""
    test_key = _webhook_keys.load_public_key(pem(woovi_key), source="bundled")
    monkeypatch.setattr(_webhook_keys, "bundled_keys", lambda: (test_key,))
    return woovi_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Fetcher:
    """A key fetcher that answers from a script (a key list, or an exception) and counts its calls."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self) -> Any:
        self.calls += 1
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


# -- clients -----------------------------------------------------------------------------------------


def woovi(script: Script) -> payclients.Woovi:
    return payclients.Woovi(app_id=APP_ID, transport=script.transport(), max_retries=0)


def async_woovi(script: Script) -> payclients.AsyncWoovi:
    return payclients.AsyncWoovi(app_id=APP_ID, transport=script.async_transport(), max_retries=0)


# -- the bundled key ---------------------------------------------------------------------------------


def test_bundled_key_file_is_woovis_published_rsa_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real bundled key, read from the package data
    (key,) = _webhook_keys.bundled_keys()
    assert isinstance(key.key, rsa.RSAPublicKey)
    assert key.key.key_size == 1024
    assert key.identifier == _webhook_keys.BUNDLED_KEY_IDENTIFIER
    assert key.source == "bundled"
    text = (ROOT / "sdk/payclients/woovi" / _webhook_keys.BUNDLED_KEY_FILE).read_text()
    assert text.startswith("-----BEGIN PUBLIC KEY-----\n")
    assert WebhookVerifier().public_keys == (key,)


def test_bundled_key_rejects_a_signature_by_any_other_key(
    monkeypatch: pytest.MonkeyPatch, stranger_key: rsa.RSAPrivateKey
) -> None:
    monkeypatch.undo()
    with pytest.raises(WebhookVerificationError, match="does not match"):
        construct_event(BODY, signed(stranger_key))


# -- verification ------------------------------------------------------------------------------------


def test_valid_signature_with_the_bundled_key(bundled: rsa.RSAPrivateKey) -> None:
    event = construct_event(BODY, signed(bundled))
    assert isinstance(event, WebhookChargePayload)
    assert event.event is WebhookEvent.OPENPIX_CHARGE_COMPLETED
    verify_signature(BODY, signed(bundled))
    WebhookVerifier().verify_signature(BODY, signed(bundled))


def test_payload_as_bytearray_memoryview_or_str(bundled: rsa.RSAPrivateKey) -> None:
    verifier = WebhookVerifier()
    for payload in (bytearray(BODY), memoryview(BODY), BODY.decode()):
        verifier.verify_signature(payload, signed(bundled))


def test_header_name_is_case_insensitive(bundled: rsa.RSAPrivateKey) -> None:
    verify_signature(BODY, {"x-webhook-signature": sign(bundled)})
    verify_signature(BODY, {"X-WEBHOOK-SIGNATURE": sign(bundled)})


@pytest.mark.parametrize(
    "body",
    [
        BODY.replace(b"1500", b"9500"),  # a changed amount
        BODY + b" ",  # even whitespace: the raw bytes are what is signed
        json.dumps(json.loads(BODY)).encode(),  # re-serialised JSON
    ],
)
def test_tampered_body_fails(bundled: rsa.RSAPrivateKey, body: bytes) -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        construct_event(body, signed(bundled, BODY))


def test_signature_by_a_wrong_key_fails(stranger_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        WebhookVerifier().construct_event(BODY, signed(stranger_key))


@pytest.mark.parametrize("signature", ["not base64!", "abc", "c2lnbmF0dXJl" + "%%"])
def test_malformed_signature_fails(signature: str) -> None:
    with pytest.raises(WebhookVerificationError, match="base64"):
        verify_signature(BODY, {SIGNATURE_HEADER: signature})


def test_truncated_signature_fails(bundled: rsa.RSAPrivateKey) -> None:
    raw = base64.b64decode(sign(bundled))
    with pytest.raises(WebhookVerificationError):
        verify_signature(BODY, {SIGNATURE_HEADER: base64.b64encode(raw[:-1]).decode()})
    with pytest.raises(WebhookVerificationError):
        verify_signature(BODY, {SIGNATURE_HEADER: ""})


def test_missing_header_is_named() -> None:
    with pytest.raises(WebhookVerificationError, match="x-webhook-signature header is missing"):
        construct_event(BODY, {"Content-Type": "application/json"})


def test_extra_public_keys_are_accepted(stranger_key: rsa.RSAPrivateKey, bundled: rsa.RSAPrivateKey) -> None:
    verifier = WebhookVerifier(public_keys=[pem(stranger_key)])
    verifier.verify_signature(BODY, signed(stranger_key))
    verifier.verify_signature(BODY, signed(bundled))  # the bundled key still counts
    # bytes, and the base64-wrapped PEM Woovi's docs show, work too
    verify_signature(BODY, signed(stranger_key), public_keys=[pem(stranger_key).encode()])
    wrapped = base64.b64encode(pem(stranger_key).encode()).decode()
    verify_signature(BODY, signed(stranger_key), public_keys=[wrapped])


def test_a_bad_configured_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="public_keys"):
        WebhookVerifier(public_keys=["-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"])
    ec_key = ec.generate_private_key(ec.SECP256R1()).public_key()
    ec_pem = ec_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(ConfigurationError, match="RSA"):
        WebhookVerifier(public_keys=[ec_pem])


def test_bad_configuration() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        WebhookVerifier(object(), fetch_public_keys=list)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="negative"):
        WebhookVerifier(cache_ttl=-1)
    with pytest.raises(ConfigurationError, match="legacy_hmac_secret"):
        WebhookVerifier(legacy_hmac_secret="")

    async def fetch() -> list[str]:
        return []

    with pytest.raises(ConfigurationError, match="AsyncWebhookVerifier"):
        WebhookVerifier(fetch_public_keys=fetch)


# -- fetching, caching, rotation ---------------------------------------------------------------------


def test_keys_fetched_with_the_client_are_accepted(rotated_key: rsa.RSAPrivateKey, bundled: rsa.RSAPrivateKey) -> None:
    script = Script(httpx.Response(200, json=key_list(rotated_key, bundled)))
    verifier = WebhookVerifier(woovi(script))
    event = verifier.construct_event(BODY, signed(rotated_key))
    assert isinstance(event, WebhookChargePayload)
    assert [str(r.url) for r in script.requests] == [KEYS_URL]
    assert [k.source for k in verifier.public_keys] == ["fetched", "fetched"]
    assert verifier.public_keys[0].identifier == key_id(rotated_key)
    verifier.verify_signature(BODY, signed(bundled))
    assert len(script.requests) == 1


def test_a_client_with_quick_options_works_too(rotated_key: rsa.RSAPrivateKey) -> None:
    script = Script(httpx.Response(200, json=key_list(rotated_key)))
    verifier = WebhookVerifier(woovi(script).with_options(timeout=5, max_retries=0))
    verifier.verify_signature(BODY, signed(rotated_key))
    assert [str(r.url) for r in script.requests] == [KEYS_URL]


def test_fetcher_may_return_the_model_the_json_or_pems(rotated_key: rsa.RSAPrivateKey) -> None:
    answers: list[Any] = [
        WebhookPublicKeyList.from_dict(key_list(rotated_key)),
        WebhookPublicKeyList(public_keys=[WebhookPublicKey(key=pem(rotated_key))]),
        key_list(rotated_key),
        [pem(rotated_key)],
        pem(rotated_key),
    ]
    for answer in answers:
        WebhookVerifier(fetch_public_keys=Fetcher(answer)).verify_signature(BODY, signed(rotated_key))


def test_cache_is_used_within_the_ttl_and_refreshed_after(bundled: rsa.RSAPrivateKey) -> None:
    clock = Clock()
    fetch = Fetcher(key_list(bundled))
    verifier = WebhookVerifier(fetch_public_keys=fetch, cache_ttl=3600, clock=clock)
    verifier.verify_signature(BODY, signed(bundled))
    assert fetch.calls == 1
    clock.advance(3599)
    verifier.verify_signature(BODY, signed(bundled))
    assert fetch.calls == 1
    clock.advance(1)
    verifier.verify_signature(BODY, signed(bundled))
    assert fetch.calls == 2
    clock.advance(10)
    verifier.verify_signature(BODY, signed(bundled))
    assert fetch.calls == 2
    verifier.expire_public_keys()
    verifier.verify_signature(BODY, signed(bundled))
    assert fetch.calls == 3


def test_rotated_key_triggers_one_refresh_even_with_a_fresh_cache(
    bundled: rsa.RSAPrivateKey, rotated_key: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    fetch = Fetcher(key_list(bundled), key_list(rotated_key, bundled))
    verifier = WebhookVerifier(fetch_public_keys=fetch, clock=clock)
    verifier.verify_signature(BODY, signed(bundled))  # old key list cached
    assert fetch.calls == 1
    clock.advance(120)  # well within the hour: the cache is fresh
    with caplog.at_level(logging.INFO, logger="payclients"):
        event = verifier.construct_event(BODY, signed(rotated_key))
    assert isinstance(event, WebhookChargePayload)
    assert fetch.calls == 2
    assert "fetching the key list again" in caplog.text
    assert key_id(rotated_key) in [k.identifier for k in verifier.public_keys]
    verifier.verify_signature(BODY, signed(rotated_key))  # now known: no more fetches
    assert fetch.calls == 2


def test_unknown_signatures_refresh_at_most_once_per_interval(
    bundled: rsa.RSAPrivateKey, stranger_key: rsa.RSAPrivateKey
) -> None:
    clock = Clock()
    fetch = Fetcher(key_list(bundled))
    verifier = WebhookVerifier(fetch_public_keys=fetch, clock=clock, refresh_interval=60)
    verifier.verify_signature(BODY, signed(bundled))
    assert fetch.calls == 1
    # right after the scheduled fetch, a forged signature does not fetch again
    with pytest.raises(WebhookVerificationError):
        verifier.verify_signature(BODY, signed(stranger_key))
    assert fetch.calls == 1
    clock.advance(60)
    for _ in range(20):  # a burst of forgeries costs one request
        with pytest.raises(WebhookVerificationError):
            verifier.verify_signature(BODY, signed(stranger_key))
    assert fetch.calls == 2
    clock.advance(59)
    with pytest.raises(WebhookVerificationError):
        verifier.verify_signature(BODY, signed(stranger_key))
    assert fetch.calls == 2
    clock.advance(1)
    with pytest.raises(WebhookVerificationError):
        verifier.verify_signature(BODY, signed(stranger_key))
    assert fetch.calls == 3


def test_rotation_through_the_client(bundled: rsa.RSAPrivateKey, rotated_key: rsa.RSAPrivateKey) -> None:
    script = Script(httpx.Response(200, json=key_list(bundled)), httpx.Response(200, json=key_list(rotated_key)))
    clock = Clock()
    verifier = WebhookVerifier(woovi(script), clock=clock)
    verifier.verify_signature(BODY, signed(bundled))
    clock.advance(61)
    verifier.verify_signature(BODY, signed(rotated_key))
    assert len(script.requests) == 2
    verifier.verify_signature(BODY, signed(bundled))  # dropped from the list, but bundled: still accepted


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("connection refused"),
        RuntimeError(f"boom {APP_ID} {LEGACY_SECRET}"),  # a user fetcher's message is never logged
        ValueError("bad"),
    ],
)
def test_fetch_failure_falls_back_to_the_bundled_key(
    bundled: rsa.RSAPrivateKey, failure: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    fetch = Fetcher(failure)
    verifier = WebhookVerifier(fetch_public_keys=fetch, legacy_hmac_secret=LEGACY_SECRET)
    with caplog.at_level(logging.WARNING, logger="payclients"):
        event = verifier.construct_event(BODY, signed(bundled))
    assert isinstance(event, WebhookChargePayload)
    assert fetch.calls == 1
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert record.name == "payclients.woovi.webhooks"
    assert "could not fetch Woovi's webhook public keys" in record.getMessage()
    assert type(failure).__name__ in record.getMessage()
    assert APP_ID not in caplog.text
    assert LEGACY_SECRET not in caplog.text


@pytest.mark.parametrize(
    "answer",
    [
        {"unexpected": True},
        {"public_keys": []},
        {"public_keys": [{"key": "not a key"}]},
        42,
        None,
    ],
)
def test_unusable_fetch_response_falls_back_to_the_bundled_key(
    bundled: rsa.RSAPrivateKey, answer: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="payclients"):
        WebhookVerifier(fetch_public_keys=lambda: answer).verify_signature(BODY, signed(bundled))
    assert "could not fetch" in caplog.text


def test_fetch_failure_through_the_client_is_logged_without_secrets(
    bundled: rsa.RSAPrivateKey, stranger_key: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(httpx.Response(503, json={"error": "Service unavailable"}))
    verifier = WebhookVerifier(woovi(script), legacy_hmac_secret=LEGACY_SECRET)
    with caplog.at_level(logging.DEBUG, logger="payclients"):
        verifier.verify_signature(BODY, signed(bundled))
        with pytest.raises(WebhookVerificationError):
            verifier.verify_signature(BODY, signed(stranger_key))
    assert "could not fetch Woovi's webhook public keys (InternalServerError" in caplog.text
    assert APP_ID not in caplog.text
    assert LEGACY_SECRET not in caplog.text


def test_fetch_failure_keeps_the_last_good_keys_and_backs_off(
    bundled: rsa.RSAPrivateKey, rotated_key: rsa.RSAPrivateKey
) -> None:
    clock = Clock()
    fetch = Fetcher(key_list(rotated_key), httpx.ConnectError("down"))
    verifier = WebhookVerifier(fetch_public_keys=fetch, clock=clock)
    verifier.verify_signature(BODY, signed(rotated_key))
    clock.advance(3600)  # expired: the next delivery fetches, which fails
    verifier.verify_signature(BODY, signed(rotated_key))  # the last good keys still work
    verifier.verify_signature(BODY, signed(bundled))
    assert fetch.calls == 2
    clock.advance(30)  # a failing endpoint is not asked again on every delivery
    verifier.verify_signature(BODY, signed(rotated_key))
    assert fetch.calls == 2
    clock.advance(30)
    verifier.verify_signature(BODY, signed(rotated_key))
    assert fetch.calls == 3


def test_a_sync_fetcher_returning_an_awaitable_is_a_fetch_failure(
    bundled: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    async def keys() -> list[str]:
        return []

    with caplog.at_level(logging.WARNING, logger="payclients"):
        WebhookVerifier(fetch_public_keys=lambda: keys()).verify_signature(BODY, signed(bundled))
    assert "AsyncWebhookVerifier" in caplog.text


# -- legacy HMAC-SHA1 --------------------------------------------------------------------------------


def test_legacy_header_is_refused_by_default() -> None:
    with pytest.raises(WebhookVerificationError, match="legacy_hmac_secret") as caught:
        construct_event(BODY, {LEGACY_SIGNATURE_HEADER: legacy_signature()})
    assert "x-webhook-signature" in str(caught.value)


def test_legacy_header_is_ignored_by_default_next_to_a_valid_rsa_signature(bundled: rsa.RSAPrivateKey) -> None:
    headers = {**signed(bundled), LEGACY_SIGNATURE_HEADER: "garbage"}
    verify_signature(BODY, headers)


def test_legacy_hmac_when_asked_for() -> None:
    verifier = WebhookVerifier(legacy_hmac_secret=LEGACY_SECRET)
    event = verifier.construct_event(BODY, {"x-openpix-signature": legacy_signature()})
    assert isinstance(event, WebhookChargePayload)
    for rotation in (["old", LEGACY_SECRET], [LEGACY_SECRET, "old"], ["old", LEGACY_SECRET, "older"]):
        verify_signature(BODY, {LEGACY_SIGNATURE_HEADER: legacy_signature()}, legacy_hmac_secret=rotation)
    with pytest.raises(WebhookVerificationError) as caught:
        verifier.verify_signature(BODY, {LEGACY_SIGNATURE_HEADER: legacy_signature("wrong secret")})
    assert LEGACY_SECRET not in str(caught.value)
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verifier.verify_signature(BODY + b"x", {LEGACY_SIGNATURE_HEADER: legacy_signature()})
    with pytest.raises(WebhookVerificationError, match="base64"):
        verifier.verify_signature(BODY, {LEGACY_SIGNATURE_HEADER: "@@@"})


def test_either_signature_may_carry_the_delivery(bundled: rsa.RSAPrivateKey, stranger_key: rsa.RSAPrivateKey) -> None:
    verifier = WebhookVerifier(legacy_hmac_secret=LEGACY_SECRET)
    verifier.verify_signature(BODY, {**signed(bundled), LEGACY_SIGNATURE_HEADER: legacy_signature("wrong")})
    verifier.verify_signature(BODY, {**signed(stranger_key), LEGACY_SIGNATURE_HEADER: legacy_signature()})
    with pytest.raises(WebhookVerificationError, match="X-OpenPix-Signature") as caught:
        verifier.verify_signature(BODY, {**signed(stranger_key), LEGACY_SIGNATURE_HEADER: legacy_signature("wrong")})
    assert "x-webhook-signature" in str(caught.value)


def test_secrets_never_show_in_reprs() -> None:
    verifier = WebhookVerifier(legacy_hmac_secret=LEGACY_SECRET, fetch_public_keys=list)
    text = repr(verifier)
    assert LEGACY_SECRET not in text
    assert "legacy_hmac=True" in text
    assert "fetches_keys=True" in text
    assert LEGACY_SECRET not in repr(vars(verifier).get("_cache"))


# -- typed events ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "model"),
    [
        (
            {"event": "OPENPIX:CHARGE_CREATED", "charge": {"value": 100, "correlationID": "c-1", "status": "ACTIVE"}},
            WebhookChargePayload,
        ),
        ({"event": "OPENPIX:TRANSACTION_RECEIVED", "pix": {"value": 100}, "charge": None}, WebhookTransactionPayload),
        ({"event": "PIX_TRANSACTION_REFUND_SENT_REJECTED", "error": "no funds"}, WebhookPixRefundPayload),
        ({"event": "OPENPIX:MOVEMENT_FAILED", "error": {"code": "X", "description": "d"}}, WebhookMovementPayload),
        ({"event": "PIX_AUTOMATIC_COBR_COMPLETED", "value": 990}, WebhookPixAutomaticCobrPayload),
        ({"event": "TED_IN_CONFIRMED", "ted": {"amount": 10}}, WebhookTedPayload),
    ],
)
def test_known_events_parse_into_their_model(
    body: dict[str, Any], model: type[Any], bundled: rsa.RSAPrivateKey
) -> None:
    raw = json.dumps(body).encode()
    event = construct_event(raw, signed(bundled, raw))
    assert type(event) is model
    assert isinstance(event.event, WebhookEvent)
    assert event.event == body["event"]
    assert event.event.is_known


def test_charge_event_fields_are_typed(bundled: rsa.RSAPrivateKey) -> None:
    event = construct_event(BODY, signed(bundled))
    assert isinstance(event, WebhookChargePayload)
    assert event.charge.value == 1500  # type: ignore[union-attr]
    assert event.charge.correlation_id == "order-42"  # type: ignore[union-attr]


def test_unknown_event_parses_into_the_generic_payload(bundled: rsa.RSAPrivateKey) -> None:
    raw = b'{"event":"OPENPIX:SOMETHING_NEW","thing":{"id":1}}'
    event = construct_event(raw, signed(bundled, raw))
    assert type(event) is WebhookPayload
    assert event.event == "OPENPIX:SOMETHING_NEW"
    assert event["thing"] == {"id": 1}


def test_dashboard_test_delivery_and_bodies_without_an_event() -> None:
    event = parse_event({"evento": "teste_webhook", "data_criacao": "2026-11-21T12:00:00Z"})
    assert isinstance(event, WebhookPayload)
    assert event.evento == "teste_webhook"
    with pytest.raises(WebhookVerificationError, match="not a Woovi webhook payload"):
        parse_event(b'{"event": 7}')  # `event` is a string in every payload


def test_a_known_event_with_an_odd_shape_is_refused_by_both_models(caplog: pytest.LogCaptureFixture) -> None:
    # The event's own model is tried first, then the generic payload; a body that fits neither is refused.
    with (
        caplog.at_level(logging.WARNING, logger="payclients"),
        pytest.raises(WebhookVerificationError, match="not a Woovi webhook payload"),
    ):
        parse_event({"event": "OPENPIX:CHARGE_COMPLETED", "charge": "not an object"})
    assert "does not match WebhookChargePayload" in caplog.text


def test_bodies_that_are_not_payloads_fail(bundled: rsa.RSAPrivateKey) -> None:
    for raw in (b"<html>", b"[1, 2]"):
        with pytest.raises(WebhookVerificationError, match="JSON"):
            construct_event(raw, signed(bundled, raw))
    with pytest.raises(WebhookVerificationError, match="not a Woovi webhook payload"):
        parse_event({"event": "X", "refunds": 5})


def test_event_models_follow_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "specs/woovi.yaml").read_text())
    expected = {
        event: operation["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for event, operation in spec["webhooks"].items()
    }
    assert {event: model.__name__ for event, model in EVENT_MODELS.items()} == expected
    assert set(EVENT_MODELS) == {member.value for member in WebhookEvent}
    fallback = spec["x-payclients-webhooks"]["fallbackPayload"].rsplit("/", 1)[-1]
    assert fallback == WebhookPayload.__name__
    assert spec["x-payclients-webhooks"]["signatureHeader"] == SIGNATURE_HEADER
    assert spec["x-payclients-webhooks"]["legacySignatureHeader"] == LEGACY_SIGNATURE_HEADER


# -- async -------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_verifier_with_an_async_fetcher(
    bundled: rsa.RSAPrivateKey, rotated_key: rsa.RSAPrivateKey, stranger_key: rsa.RSAPrivateKey
) -> None:
    clock = Clock()
    calls: list[int] = []

    async def fetch() -> dict[str, Any]:
        calls.append(1)
        return key_list(bundled) if len(calls) == 1 else key_list(rotated_key)

    verifier = AsyncWebhookVerifier(fetch_public_keys=fetch, clock=clock)
    event = await verifier.construct_event(BODY, signed(bundled))
    assert isinstance(event, WebhookChargePayload)
    clock.advance(61)
    await verifier.verify_signature(BODY, signed(rotated_key))  # rotation: refreshed on the miss
    assert len(calls) == 2
    with pytest.raises(WebhookVerificationError):
        await verifier.verify_signature(BODY, signed(stranger_key))
    assert len(calls) == 2


@pytest.mark.anyio
async def test_async_verifier_with_an_async_client(
    bundled: rsa.RSAPrivateKey, rotated_key: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(httpx.Response(200, json=key_list(rotated_key)))
    verifier = AsyncWebhookVerifier(async_woovi(script))
    await verifier.verify_signature(BODY, signed(rotated_key))
    await verifier.verify_signature(BODY, signed(bundled))
    assert [str(r.url) for r in script.requests] == [KEYS_URL]

    failing = AsyncWebhookVerifier(async_woovi(Script(httpx.ConnectError("down"))))
    with caplog.at_level(logging.WARNING, logger="payclients"):
        event = await failing.construct_event(BODY, signed(bundled))
    assert isinstance(event, WebhookChargePayload)
    assert "could not fetch" in caplog.text
    assert APP_ID not in caplog.text


@pytest.mark.anyio
async def test_async_verifier_takes_a_plain_fetcher_and_legacy_hmac(bundled: rsa.RSAPrivateKey) -> None:
    verifier = AsyncWebhookVerifier(fetch_public_keys=lambda: key_list(bundled), legacy_hmac_secret=LEGACY_SECRET)
    await verifier.verify_signature(BODY, signed(bundled))
    await verifier.verify_signature(BODY, {LEGACY_SIGNATURE_HEADER: legacy_signature()})
    with pytest.raises(WebhookVerificationError, match="x-webhook-signature header is missing"):
        await verifier.verify_signature(BODY, {})


# -- without cryptography ----------------------------------------------------------------------------


@pytest.fixture
def no_cryptography(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real_import: Callable[..., Any] = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "cryptography" or name.startswith("cryptography."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.undo()  # the real bundled_keys, which must load the key
    monkeypatch.setattr(builtins, "__import__", fake_import)
    yield


def test_missing_cryptography_says_what_to_install(no_cryptography: None) -> None:
    with pytest.raises(ImportError, match=r"payclients\[webhooks\]"):
        WebhookVerifier()
    with pytest.raises(ImportError, match=r"payclients\[webhooks\]"):  # at start-up, not at a delivery
        AsyncWebhookVerifier()
    assert isinstance(parse_event(BODY), WebhookChargePayload)  # parsing alone needs nothing more


# -- public surface ----------------------------------------------------------------------------------


def test_all_lists_exactly_the_public_names() -> None:
    from payclients.woovi import webhooks

    public = {
        name
        for name, value in vars(webhooks).items()
        if not name.startswith("_")
        and getattr(value, "__module__", webhooks.__name__).startswith("payclients")
        and not isinstance(value, type(webhooks))
    }
    assert set(webhooks.__all__) >= public
    for name in webhooks.__all__:
        assert hasattr(webhooks, name), name
    assert webhooks.WebhookVerificationError is WebhookVerificationError
    assert webhooks.WebhookChargePayload is WebhookChargePayload


# -- the README's handler ----------------------------------------------------------------------------


def test_readme_handler_runs(
    monkeypatch: pytest.MonkeyPatch,
    bundled: rsa.RSAPrivateKey,
    stranger_key: rsa.RSAPrivateKey,
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (ROOT / "README.md").read_text()
    code = readme.split("### Verifying Woovi webhooks", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # the network is blocked: the key fetch fails
    handle = namespace["handle_woovi_webhook"]
    assert handle(BODY, signed(bundled)) == 200
    assert "paid: order-42" in capsys.readouterr().out
    assert handle(BODY, signed(stranger_key)) == 400
    assert handle(BODY, {}) == 400
