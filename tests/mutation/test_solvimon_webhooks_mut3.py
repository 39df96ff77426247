"""Solvimon webhooks, the edges (issue 9, mutation wave): blank headers, timestamp forms, the default
window, secrets of every shape, envelopes that are odd, and the event object's own promises."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import json
from typing import Any

import pytest

from payclients import ConfigurationError, ParameterError, WebhookVerificationError
from payclients.solvimon import webhooks

SECRET = "whsec_mutation_payclients"
NOW = dt.datetime(2026, 11, 21, 9, 31, tzinfo=dt.UTC)
BODY = b'{"type":"METER.CREATED","data":{"id":"met_1"}}'


def headers(stamp: str, body: bytes = BODY, secret: str = SECRET) -> dict[str, str]:
    """Signed independently of the code under test."""
    digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return {"X-PAYLOAD-SIGNATURE-TIMESTAMP": stamp, "X-PAYLOAD-SIGNATURE": f"v1={digest}"}


def iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


# -- headers -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["X-PAYLOAD-SIGNATURE-TIMESTAMP", "X-PAYLOAD-SIGNATURE"])
def test_a_blank_header_is_a_missing_header(header: str) -> None:
    sent = {**headers(iso(NOW)), header: "  "}
    with pytest.raises(WebhookVerificationError, match=f"the {header} header is missing"):
        webhooks.verify(BODY, sent, SECRET, now=NOW)


@pytest.mark.parametrize(
    "value", ["v1", "v1=", "V2=abcd", ""], ids=["no-equals", "empty-value", "other-scheme", "none"]
)
def test_a_header_without_a_v1_signature_says_so(value: str) -> None:
    sent = {**headers(iso(NOW)), "X-PAYLOAD-SIGNATURE": f"{value} , t=1"}
    with pytest.raises(WebhookVerificationError, match=r"has no v1=\.\.\. signature"):
        webhooks.verify(BODY, sent, SECRET, now=NOW)


def test_the_scheme_is_read_in_any_case_and_pairs_split_on_spaces() -> None:
    sent = headers(iso(NOW))
    sent["X-PAYLOAD-SIGNATURE"] = "t=1  " + sent["X-PAYLOAD-SIGNATURE"].replace("v1=", "V1=")
    assert webhooks.verify(BODY, sent, SECRET, now=NOW) == BODY


# -- timestamps ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        str(int((NOW - dt.timedelta(seconds=30)).timestamp())),  # epoch seconds
        "2026-11-21T09:30:00",  # no zone: UTC
        "2026-11-21T11:30:00+02:00",  # another zone: 09:30 UTC
        "2026-11-21T09:30:00Z",
    ],
    ids=["epoch", "naive", "offset", "zulu"],
)
def test_every_timestamp_form_names_the_same_moment(stamp: str) -> None:
    assert webhooks.verify(BODY, headers(stamp), SECRET, now=NOW) == BODY


@pytest.mark.parametrize("stamp", ["2026-11-21T07:30:00", "2026-11-21T09:30:00+02:00", str(int(NOW.timestamp()) - 900)])
def test_a_timestamp_is_not_moved_by_its_form(stamp: str) -> None:
    with pytest.raises(WebhookVerificationError, match="away from now"):
        webhooks.verify(BODY, headers(stamp), SECRET, now=NOW)


@pytest.mark.parametrize("stamp", ["yesterday", "99999999999999999999", "2026-13-01T00:00:00"])
def test_a_signed_timestamp_that_is_not_a_moment_is_refused(stamp: str) -> None:
    with pytest.raises(WebhookVerificationError, match="X-PAYLOAD-SIGNATURE-TIMESTAMP header is not a moment"):
        webhooks.verify(BODY, headers(stamp), SECRET, now=NOW)


def test_the_default_window_is_exactly_five_minutes() -> None:
    assert webhooks.TOLERANCE == 300
    webhooks.verify(BODY, headers(iso(NOW - dt.timedelta(seconds=300))), SECRET, now=NOW)
    with pytest.raises(WebhookVerificationError, match="more than 300 s"):
        webhooks.verify(BODY, headers(iso(NOW - dt.timedelta(seconds=300, milliseconds=500))), SECRET, now=NOW)


def test_without_now_the_clock_decides() -> None:
    fresh = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=10)
    assert webhooks.verify(BODY, headers(iso(fresh)), SECRET) == BODY
    with pytest.raises(WebhookVerificationError, match="away from now"):
        webhooks.verify(BODY, headers(iso(NOW)), SECRET)


# -- secrets ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("secret", [SECRET, SECRET.encode(), [b"other", SECRET], (s for s in ["x", SECRET])])
def test_a_secret_may_be_text_bytes_or_several(secret: Any) -> None:
    assert webhooks.verify(BODY, headers(iso(NOW)), secret, now=NOW) == BODY


@pytest.mark.parametrize("secret", [None, "", b"", [], [SECRET, 5], [SECRET, None]])
def test_a_missing_or_bad_secret_is_a_configuration_error(secret: Any) -> None:
    with pytest.raises(ConfigurationError, match="secret_key"):
        webhooks.verify(BODY, headers(iso(NOW)), secret, now=NOW)
    with pytest.raises(ConfigurationError, match="secret_key"):
        webhooks.sign(BODY, secret, timestamp=NOW)


# -- sign --------------------------------------------------------------------------------------------------------


def test_sign_without_a_timestamp_signs_now() -> None:
    sent = webhooks.sign(BODY, SECRET)
    assert webhooks.verify(BODY, sent, SECRET) == BODY
    stamp = dt.datetime.fromisoformat(sent["X-PAYLOAD-SIGNATURE-TIMESTAMP"])
    assert abs((dt.datetime.now(dt.UTC) - stamp).total_seconds()) < 300


def test_sign_writes_utc_with_milliseconds() -> None:
    at = dt.datetime(2026, 11, 21, 11, 30, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    sent = webhooks.sign(BODY, SECRET, timestamp=at)
    assert sent["X-PAYLOAD-SIGNATURE-TIMESTAMP"] == "2026-11-21T09:30:00.123Z"
    assert sent == headers("2026-11-21T09:30:00.123Z")


def test_sign_refuses_a_naive_timestamp_and_an_unknown_encoding() -> None:
    with pytest.raises(ParameterError, match="naive datetime"):
        webhooks.sign(BODY, SECRET, timestamp=dt.datetime(2026, 11, 21, 9, 30))
    with pytest.raises(ParameterError, match="encoding"):
        webhooks.sign(BODY, SECRET, timestamp=NOW, encoding="base32")  # type: ignore[arg-type]


# -- parsing ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [None, "", 5, ["INVOICE.CREATED"]], ids=["missing", "empty", "number", "list"])
def test_a_body_without_a_text_type_is_refused(kind: Any) -> None:
    body: dict[str, Any] = {"data": {}}
    if kind is not None:
        body["type"] = kind
    with pytest.raises(WebhookVerificationError, match="no event type"):
        webhooks.parse_event(body)


def test_a_known_resource_whose_data_is_not_an_object_keeps_it_as_sent() -> None:
    event = webhooks.parse_event({"type": "INVOICE.DELETED", "data": "inv_1"})
    assert event.data == "inv_1"
    assert not event.is_known


def test_a_known_resource_whose_data_does_not_fit_its_model_is_refused() -> None:
    with pytest.raises(
        WebhookVerificationError, match=r"the data of the INVOICE\.CREATED webhook does not have the shape of Invoice"
    ):
        webhooks.parse_event({"type": "INVOICE.CREATED", "data": {"id": 5}})


def test_a_type_without_a_dot_is_its_own_resource_and_action() -> None:
    event = webhooks.parse_event(b'{"type": "PING", "data": {"n": 1}}')
    assert (event.type, event.resource, event.action) == ("PING", "PING", "PING")
    assert event.data == {"n": 1} and not event.is_known


@pytest.mark.parametrize(
    ("created_at", "expected"),
    [
        ("2026-11-21T09:30:00Z", dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)),
        ("1763717400", dt.datetime(2025, 11, 21, 9, 30, tzinfo=dt.UTC)),
        ("soon", None),
        ("", None),
        (5, None),
        (None, None),
    ],
)
def test_created_at_is_a_moment_or_none(created_at: Any, expected: dt.datetime | None) -> None:
    event = webhooks.parse_event({"type": "PING", "created_at": created_at, "environment": 5})
    assert event.created_at == expected
    assert event.environment is None
    assert event.extra == {}


def test_an_event_is_immutable_and_hides_its_extra_keys_in_its_repr() -> None:
    event = webhooks.parse_event({"type": "PING", "data": None, "delivery_attempt": 3, "note": "private"})
    assert event.extra == {"delivery_attempt": 3, "note": "private"}
    assert "private" not in repr(event)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.type = "OTHER"  # type: ignore[misc]


def test_an_event_made_by_hand_is_known_and_has_no_extra_by_default() -> None:
    event = webhooks.WebhookEvent(type="INVOICE.CREATED", created_at=None, data={"id": "inv_1"})
    assert event.is_known
    assert (event.environment, event.original_request_id, event.extra) == (None, None, {})


def test_construct_event_verifies_then_parses() -> None:
    body = json.dumps({"type": "METER.CREATED", "data": {"id": "met_1"}, "environment": "LIVE"}).encode()
    event = webhooks.construct_event(body, headers(iso(NOW), body), SECRET, now=NOW)
    assert (event.type, event.data, event.environment) == ("METER.CREATED", {"id": "met_1"}, "LIVE")
