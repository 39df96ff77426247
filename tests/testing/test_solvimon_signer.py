"""payclients.testing.webhooks.SolvimonSigner: deliveries Solvimon's verifier accepts, checked independently."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

import pytest

from payclients import ConfigurationError, ParameterError, WebhookVerificationError
from payclients.solvimon import webhooks
from payclients.testing.webhooks import SolvimonSigner

EVENT = {"type": "METER.CREATED", "data": {"id": "met_1"}}  # no model: data stays a dict
AT = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)


def test_the_delivery_is_signed_over_timestamp_dot_raw_body() -> None:
    body, headers = SolvimonSigner("whsec_a").delivery(EVENT, timestamp=AT)
    assert body == json.dumps(EVENT, separators=(",", ":")).encode()
    stamp = headers["X-PAYLOAD-SIGNATURE-TIMESTAMP"]
    assert stamp == "2026-11-21T09:30:00.000Z"
    expected = hmac.new(b"whsec_a", stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    assert headers["X-PAYLOAD-SIGNATURE"] == f"v1={expected}"
    assert headers["content-type"] == "application/json"


def test_several_secrets_give_one_pair_each_and_each_verifies_alone() -> None:
    body, headers = SolvimonSigner(["whsec_new", "whsec_old"]).delivery(EVENT)
    assert headers["X-PAYLOAD-SIGNATURE"].count("v1=") == 2
    for secret in ("whsec_new", "whsec_old"):
        assert webhooks.verify(body, headers, secret) == body
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, headers, "whsec_other")


def test_base64_and_a_stale_timestamp() -> None:
    body, headers = SolvimonSigner("whsec_a", encoding="base64").delivery(EVENT)
    assert webhooks.construct_event(body, headers, "whsec_a", encoding="base64").data == {"id": "met_1"}
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, headers, "whsec_a")  # hex expected: refused
    old = SolvimonSigner("whsec_a").delivery(EVENT, timestamp=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6))
    with pytest.raises(WebhookVerificationError, match="timestamp"):
        webhooks.verify(*old, "whsec_a")


def test_a_bad_secret_or_encoding_fails_when_the_signer_is_made_and_repr_hides_the_secret() -> None:
    with pytest.raises(ConfigurationError):
        SolvimonSigner("")
    with pytest.raises(ParameterError):
        SolvimonSigner("whsec_a", encoding="hexx")  # type: ignore[arg-type]
    assert "whsec_secret" not in repr(SolvimonSigner("whsec_secret"))
