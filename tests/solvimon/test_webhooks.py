"""Solvimon webhooks: HMAC-SHA256 over "{timestamp}.{payload}", v1 pairs, a 5-minute window, several secrets."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json

import pytest

from payclients import ConfigurationError, ParameterError, WebhookVerificationError
from payclients.solvimon import webhooks

NEW = "whsec_new_payclients"
OLD = "whsec_old_payclients"
OTHER = "whsec_unrelated"
STAMP = "2026-11-21T09:30:00.000Z"
NOW = dt.datetime(2026, 11, 21, 9, 31, tzinfo=dt.UTC)

# The documented envelope {created_at, type, original_request_id?, environment, data}; invoice fields from the spec.
BODY = json.dumps(
    {
        "created_at": "2026-11-21T09:30:00Z",
        "type": "INVOICE.CREATED",
        "original_request_id": "reqr_HwDeRw0dFUrJrjCKk31w",
        "environment": "TEST",
        "data": {
            "id": "inv_1",
            "status": "DRAFT",
            "type": "STANDARD",
            "invoice_date": "2026-11-01T00:00:00Z",
            "invoice_number": "INV-0001",
        },
        "delivery_attempt": 1,
    },
    separators=(",", ":"),
).encode()


def signature(secret: str, body: bytes = BODY, stamp: str = STAMP, encoding: str = "hex") -> str:
    """Computed independently of the code under test."""
    digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).digest()
    return digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()


def headers(*signatures: str, stamp: str = STAMP) -> dict[str, str]:
    pairs = ",".join(f"v1={s}" for s in signatures)
    return {"X-PAYLOAD-SIGNATURE-TIMESTAMP": stamp, "X-PAYLOAD-SIGNATURE": pairs}


def test_a_valid_delivery_becomes_a_typed_event() -> None:
    from payclients_solvimon.models import Invoice

    event = webhooks.construct_event(BODY, headers(signature(NEW)), NEW, now=NOW)
    assert event.type == "INVOICE.CREATED"
    assert (event.resource, event.action) == ("INVOICE", "CREATED")
    assert isinstance(event.data, Invoice)
    assert event.data.id == "inv_1"
    assert event.is_known
    assert event.created_at == dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)
    assert event.environment == "TEST"
    assert event.original_request_id == "reqr_HwDeRw0dFUrJrjCKk31w"
    assert event.extra == {"delivery_attempt": 1}


@pytest.mark.parametrize("order", [[NEW, OLD, OTHER], [OTHER, OLD, NEW]], ids=["match-first", "match-last"])
def test_the_matching_secret_may_be_first_or_last(order: list[str]) -> None:
    assert webhooks.verify(BODY, headers(signature(NEW)), order, now=NOW) == BODY


@pytest.mark.parametrize("sent", [[NEW, OLD], [OLD, NEW], [OLD]], ids=["new-old", "old-new", "only-old"])
def test_after_a_roll_any_pair_may_match_any_secret(sent: list[str]) -> None:
    webhooks.verify(BODY, headers(*(signature(s) for s in sent)), [NEW, OLD], now=NOW)


def test_a_signature_under_another_secret_fails() -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        webhooks.verify(BODY, headers(signature(OTHER)), [NEW, OLD], now=NOW)


def test_a_tampered_body_fails() -> None:
    tampered = BODY.replace(b"inv_1", b"inv_2")
    with pytest.raises(WebhookVerificationError, match="does not match"):
        webhooks.verify(tampered, headers(signature(NEW)), NEW, now=NOW)


def test_a_changed_timestamp_fails_because_it_is_signed() -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        webhooks.verify(BODY, headers(signature(NEW), stamp="2026-11-21T09:30:30.000Z"), NEW, now=NOW)


def test_the_signature_of_the_body_alone_fails() -> None:
    body_only = hmac.new(NEW.encode(), BODY, hashlib.sha256).hexdigest()
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(BODY, headers(body_only), NEW, now=NOW)


@pytest.mark.parametrize("minutes", [-6, 6])
def test_a_stale_or_future_timestamp_fails(minutes: int) -> None:
    moment = NOW + dt.timedelta(minutes=minutes)
    stamp = moment.isoformat().replace("+00:00", "Z")
    with pytest.raises(WebhookVerificationError, match="300 s"):
        webhooks.verify(BODY, headers(signature(NEW, stamp=stamp), stamp=stamp), NEW, now=NOW)


def test_the_window_is_five_minutes_and_configurable() -> None:
    stamp = (NOW - dt.timedelta(minutes=4, seconds=59)).isoformat()
    webhooks.verify(BODY, headers(signature(NEW, stamp=stamp), stamp=stamp), NEW, now=NOW)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(BODY, headers(signature(NEW, stamp=stamp), stamp=stamp), NEW, now=NOW, tolerance=60)


def test_hex_is_the_default_encoding_and_refuses_base64() -> None:
    assert webhooks.DEFAULT_ENCODING == "hex"
    webhooks.verify(BODY, headers(signature(NEW)), NEW, now=NOW)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(BODY, headers(signature(NEW, encoding="base64")), NEW, now=NOW)


def test_base64_is_an_explicit_setting() -> None:
    webhooks.verify(BODY, headers(signature(NEW, encoding="base64")), NEW, now=NOW, encoding="base64")
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(BODY, headers(signature(NEW)), NEW, now=NOW, encoding="base64")


def test_an_unknown_encoding_is_a_parameter_error() -> None:
    with pytest.raises(ParameterError, match="encoding"):
        webhooks.verify(BODY, headers(signature(NEW)), NEW, now=NOW, encoding="base32")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [{}, {"X-PAYLOAD-SIGNATURE-TIMESTAMP": STAMP}, {"X-PAYLOAD-SIGNATURE": "v1=00"}],
    ids=["none", "no-signature", "no-timestamp"],
)
def test_missing_headers_fail(bad: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError, match="missing"):
        webhooks.verify(BODY, bad, NEW, now=NOW)


def test_pairs_of_other_schemes_are_ignored_and_v1_is_required() -> None:
    good = signature(NEW)
    sent = {"X-PAYLOAD-SIGNATURE-TIMESTAMP": STAMP, "X-PAYLOAD-SIGNATURE": f"v0={good}"}
    with pytest.raises(WebhookVerificationError, match="v1="):
        webhooks.verify(BODY, sent, NEW, now=NOW)
    sent["x-payload-signature"] = f"v0=abc, v1={good}"
    del sent["X-PAYLOAD-SIGNATURE"]
    webhooks.verify(BODY, sent, NEW, now=NOW)


def test_no_secret_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        webhooks.verify(BODY, headers(signature(NEW)), [], now=NOW)
    with pytest.raises(ConfigurationError):
        webhooks.verify(BODY, headers(signature(NEW)), [NEW, ""], now=NOW)


def test_sign_matches_the_independent_computation_and_verifies() -> None:
    at = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)
    for encoding in ("hex", "base64"):
        sent = webhooks.sign(BODY, [NEW, OLD], timestamp=at, encoding=encoding)  # type: ignore[arg-type]
        assert sent["X-PAYLOAD-SIGNATURE-TIMESTAMP"] == STAMP
        expected = f"v1={signature(NEW, encoding=encoding)},v1={signature(OLD, encoding=encoding)}"
        assert sent["X-PAYLOAD-SIGNATURE"] == expected
        webhooks.verify(BODY, sent, OLD, now=NOW, encoding=encoding)  # type: ignore[arg-type]


def test_an_unknown_resource_keeps_its_data_as_a_dict() -> None:
    body = json.dumps({"type": "METER.CREATED", "created_at": STAMP, "data": {"id": "met_1"}}).encode()
    event = webhooks.construct_event(body, webhooks.sign(body, NEW, timestamp=NOW), NEW, now=NOW)
    assert not event.is_known
    assert event.data == {"id": "met_1"}
    assert event.type == "METER.CREATED"


def test_a_body_that_is_not_an_event_fails() -> None:
    for body in (b"[1]", b"not json", json.dumps({"data": {}}).encode()):
        with pytest.raises(WebhookVerificationError):
            webhooks.construct_event(body, webhooks.sign(body, NEW, timestamp=NOW), NEW, now=NOW)


def test_the_secret_never_appears_in_an_error() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(BODY, headers(signature(OTHER)), [NEW, OLD], now=NOW)
    text = repr(caught.value) + str(caught.value) + repr(caught.value.__cause__) + repr(caught.value.__context__)
    assert NEW not in text and OLD not in text
