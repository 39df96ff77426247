"""Mindz webhooks: HMAC-SHA256 over the raw body, configurable header and encoding, parsed events."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
from typing import Any

import pytest

from payclients import ParameterError, WebhookVerificationError
from payclients.mindz import webhooks
from tests.mindz.conftest import WEBHOOK_SECRET

# The payload shape is the spec's proposed MindzWebhookEvent (event names are not published).
BODY = json.dumps(
    {
        "id": "evt_01JD8Y6Q2W",
        "event": "mindzpay.invoice.updated",
        "created_at": "2026-11-21T09:30:00-03:00",
        "data": {"id": 42, "status": 2, "amount": "150.00", "client_name": "João Souza"},
        "account_key": "conta-principal",
    },
    ensure_ascii=False,
    separators=(",", ":"),
).encode()


def hex_signature(body: bytes = BODY, secret: str = WEBHOOK_SECRET) -> str:
    """Computed independently of the code under test."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def headers(signature: str, name: str = "X-Mindz-Signature") -> dict[str, str]:
    return {"Content-Type": "application/json", name: signature}


def test_the_defaults_are_the_spec_proposal() -> None:
    assert webhooks.SIGNATURE_HEADER == "X-Mindz-Signature"
    assert webhooks.ALGORITHM == "sha256"


def test_a_valid_delivery_is_parsed_into_an_event() -> None:
    from payclients_mindz.models import MindzWebhookEvent

    event = webhooks.construct_event(BODY, headers(hex_signature()), WEBHOOK_SECRET)
    assert isinstance(event, MindzWebhookEvent)
    assert event.id == "evt_01JD8Y6Q2W"
    assert event.event == "mindzpay.invoice.updated"
    assert event.created_at == dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert event.data["status"] == 2  # type: ignore[index]
    assert event.additional_properties == {"account_key": "conta-principal"}


def test_header_names_are_matched_in_any_case_and_str_bodies_work() -> None:
    event = webhooks.construct_event(BODY.decode(), {"x-mindz-signature": hex_signature().upper()}, WEBHOOK_SECRET)
    assert event.id == "evt_01JD8Y6Q2W"


def test_verify_returns_the_raw_body() -> None:
    assert webhooks.verify(memoryview(BODY), headers(hex_signature()), WEBHOOK_SECRET.encode()) == BODY


def test_a_tampered_body_is_refused() -> None:
    tampered = BODY.replace(b'"150.00"', b'"1.50"')
    with pytest.raises(WebhookVerificationError, match="does not match"):
        webhooks.construct_event(tampered, headers(hex_signature()), WEBHOOK_SECRET)


def test_a_reserialised_body_is_refused() -> None:
    reserialised = json.dumps(json.loads(BODY)).encode()  # ensure_ascii and spacing differ from what was signed
    assert reserialised != BODY
    with pytest.raises(WebhookVerificationError):
        webhooks.construct_event(reserialised, headers(hex_signature()), WEBHOOK_SECRET)


def test_the_wrong_secret_is_refused() -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        webhooks.construct_event(BODY, headers(hex_signature(secret="whsec_other")), WEBHOOK_SECRET)


@pytest.mark.parametrize("position", ["first", "middle", "last"])
def test_rotated_secrets_any_of_them_may_match(position: str) -> None:
    """The matching secret first, in the middle and last: a verifier that checks one end only fails."""
    old, new = "whsec_old_one", WEBHOOK_SECRET
    others = {"first": ([], [old, "whsec_x"]), "middle": ([old], ["whsec_x"]), "last": ([old, "whsec_x"], [])}
    before, after = others[position]
    rotation = [*before, new, *after]
    assert webhooks.construct_event(BODY, headers(hex_signature(secret=new)), rotation).id == "evt_01JD8Y6Q2W"
    assert webhooks.construct_event(BODY, headers(hex_signature(secret=new)), tuple(rotation)).id == "evt_01JD8Y6Q2W"
    with pytest.raises(WebhookVerificationError):
        webhooks.construct_event(BODY, headers(hex_signature(secret="whsec_retired")), rotation)


@pytest.mark.parametrize("secret", ["", [], None, [""]])
def test_no_secret_refuses_every_delivery(secret: Any) -> None:
    with pytest.raises(WebhookVerificationError, match="no webhook secret"):
        webhooks.construct_event(BODY, headers(hex_signature()), secret)


def test_another_header_name() -> None:
    delivery = headers(hex_signature(), name="X-Hub-Signature-256")
    event = webhooks.construct_event(BODY, delivery, WEBHOOK_SECRET, header="X-Hub-Signature-256")
    assert event.event == "mindzpay.invoice.updated"
    with pytest.raises(WebhookVerificationError, match="X-Mindz-Signature header is missing"):
        webhooks.construct_event(BODY, delivery, WEBHOOK_SECRET)


def test_base64_encoding_and_a_prefix() -> None:
    digest = hmac.new(WEBHOOK_SECRET.encode(), BODY, hashlib.sha256).digest()
    signature = "sha256=" + base64.b64encode(digest).decode()
    event = webhooks.construct_event(BODY, headers(signature), WEBHOOK_SECRET, encoding="base64", prefix="sha256=")
    assert event.id == "evt_01JD8Y6Q2W"
    with pytest.raises(WebhookVerificationError, match="not valid hex"):
        webhooks.construct_event(BODY, headers(signature), WEBHOOK_SECRET)  # hex expected by default


@pytest.mark.parametrize("signature", ["", "   ", "zz" * 32, hex_signature()[:-2]])
def test_missing_or_malformed_signatures_are_refused(signature: str) -> None:
    with pytest.raises(WebhookVerificationError):
        webhooks.construct_event(BODY, headers(signature), WEBHOOK_SECRET)


def test_no_signature_header_at_all() -> None:
    with pytest.raises(WebhookVerificationError, match="missing"):
        webhooks.construct_event(BODY, {"Content-Type": "application/json"}, WEBHOOK_SECRET)


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"{not json", "not JSON"),
        (b'["a", "list"]', "not a JSON object"),
        (b'{"data": "not an object"}', "shape of a Mindz event"),
    ],
)
def test_signed_but_malformed_bodies_are_refused(body: bytes, match: str) -> None:
    with pytest.raises(WebhookVerificationError, match=match):
        webhooks.construct_event(body, headers(hex_signature(body)), WEBHOOK_SECRET)


def test_sign_produces_what_verify_accepts() -> None:
    assert webhooks.sign(BODY, WEBHOOK_SECRET) == hex_signature()
    b64 = webhooks.sign(BODY, WEBHOOK_SECRET, encoding="base64", prefix="sha256=")
    webhooks.verify(BODY, headers(b64), WEBHOOK_SECRET, encoding="base64", prefix="sha256=")
    with pytest.raises(ParameterError, match="secret"):
        webhooks.sign(BODY, "")


@pytest.mark.parametrize(("kwargs", "param"), [({"encoding": "base32"}, "encoding"), ({"header": ""}, "header")])
def test_bad_options_are_parameter_errors(kwargs: dict[str, Any], param: str) -> None:
    with pytest.raises(ParameterError) as caught:
        webhooks.verify(BODY, headers(hex_signature()), WEBHOOK_SECRET, **kwargs)
    assert caught.value.param == param


def test_a_parsed_object_instead_of_the_raw_body_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        webhooks.verify(json.loads(BODY), headers(hex_signature()), WEBHOOK_SECRET)


def test_the_secret_never_appears_in_errors() -> None:
    failures = [
        lambda: webhooks.construct_event(BODY + b" ", headers(hex_signature()), WEBHOOK_SECRET),
        lambda: webhooks.construct_event(BODY, headers("zz"), WEBHOOK_SECRET),
        lambda: webhooks.construct_event(b"{not json", headers(hex_signature(b"{not json")), WEBHOOK_SECRET),
        lambda: webhooks.construct_event(BODY, {}, WEBHOOK_SECRET),
    ]
    for failure in failures:
        with pytest.raises(WebhookVerificationError) as caught:
            failure()
        assert WEBHOOK_SECRET not in str(caught.value)
        assert WEBHOOK_SECRET not in repr(caught.value)
