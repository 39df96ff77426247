"""The shared webhook primitives and router, case by case (issue 9, mutation wave): what is accepted,
what is refused with which error, and which handler an event reaches."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import hashlib
import hmac
from typing import Any

import pytest

from payclients import ParameterError, WebhookVerificationError
from payclients._webhooks import (
    WebhookRouter,
    check_timestamp,
    decode_signature,
    event_type_of,
    find_header,
    hmac_digest,
    load_json_object,
    raw_bytes,
    verify_hmac,
)

BODY = b'{"event": "invoice.updated"}'


def digest(secret: str, body: bytes = BODY, algorithm: str = "sha256") -> bytes:
    return hmac.new(secret.encode(), body, getattr(hashlib, algorithm)).digest()


# -- raw bodies and headers --------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [b"ab\xc3\xa9", bytearray(b"ab\xc3\xa9"), memoryview(b"ab\xc3\xa9"), "abé"])
def test_every_body_type_becomes_the_same_bytes(payload: Any) -> None:
    body = raw_bytes(payload)
    assert type(body) is bytes
    assert body == b"ab\xc3\xa9"


@pytest.mark.parametrize("payload", [{"a": 1}, 12, None])
def test_a_parsed_body_is_a_type_error(payload: Any) -> None:
    with pytest.raises(TypeError, match="raw request body"):
        raw_bytes(payload)


def test_headers_are_found_in_any_case() -> None:
    headers = {"Content-Type": "json", "X-SIGNATURE": "abc"}
    assert find_header(headers, "x-signature") == "abc"
    assert find_header(headers, "content-type") == "json"
    assert find_header(headers, "X-Other") is None


# -- signatures ----------------------------------------------------------------------------------------


def test_hmac_digest_takes_text_or_bytes_keys() -> None:
    assert hmac_digest("k", BODY, "sha256") == digest("k")
    assert hmac_digest(b"k", BODY, "sha1") == digest("k", algorithm="sha1")


def test_decode_signature_reads_hex_and_base64_and_drops_a_prefix_in_any_case() -> None:
    raw = digest("k")
    assert decode_signature(f"  {raw.hex()} ", "hex") == raw
    assert decode_signature(base64.b64encode(raw).decode(), "base64") == raw
    assert decode_signature("SHA256=" + raw.hex(), "hex", prefix="sha256=") == raw
    assert decode_signature(raw.hex(), "hex", prefix="sha256=") == raw  # the prefix is optional


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("zz", "hex"), ("abc", "hex"), (base64.b64encode(b"x" * 32).decode() + "*", "base64"), ("a", "base64")],
    ids=["not-hex", "odd-hex", "junk-in-base64", "short-base64"],
)
def test_a_malformed_signature_is_a_verification_error(text: str, encoding: Any) -> None:
    with pytest.raises(WebhookVerificationError, match=f"not valid {encoding}"):
        decode_signature(text, encoding)
    with pytest.raises(WebhookVerificationError, match=f"not valid {encoding}"):
        verify_hmac(BODY, text, ["k"], encoding=encoding)


def test_verify_hmac_accepts_the_right_signature_in_each_encoding() -> None:
    verify_hmac(BODY, digest("k").hex(), ["k"])
    verify_hmac(
        BODY, base64.b64encode(digest("k", algorithm="sha1")).decode(), [b"k"], algorithm="sha1", encoding="base64"
    )
    verify_hmac(BODY, "v=" + digest("k").hex(), ["", "other", "k"], prefix="v=")


def test_verify_hmac_refuses_a_wrong_signature() -> None:
    with pytest.raises(WebhookVerificationError, match="does not match the payload"):
        verify_hmac(BODY, digest("other").hex(), ["k"])
    with pytest.raises(WebhookVerificationError, match="does not match the payload"):
        verify_hmac(BODY + b" ", digest("k").hex(), ["k", "j"])


@pytest.mark.parametrize("secrets", [[], [""], [b"", ""]], ids=["none", "empty", "empties"])
def test_verify_hmac_without_a_usable_secret_says_so(secrets: list[Any]) -> None:
    with pytest.raises(WebhookVerificationError, match="no webhook secret"):
        verify_hmac(BODY, digest("k").hex(), secrets)


# -- timestamps -----------------------------------------------------------------------------------------

NOW = dt.datetime(2020, 1, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("seconds", [0, 299, -299, 300, -300])
def test_a_timestamp_within_the_tolerance_is_accepted(seconds: int) -> None:
    check_timestamp(NOW - dt.timedelta(seconds=seconds), tolerance=300, now=NOW)


@pytest.mark.parametrize("seconds", [301, -301, 86_400])
def test_a_timestamp_outside_the_tolerance_is_a_replay(seconds: int) -> None:
    with pytest.raises(WebhookVerificationError, match="more than 300 s away from now"):
        check_timestamp(NOW - dt.timedelta(seconds=seconds), tolerance=300, now=NOW)


def test_without_now_the_clock_is_used() -> None:
    check_timestamp(dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5), tolerance=300)
    with pytest.raises(WebhookVerificationError):
        check_timestamp(NOW, tolerance=300)


# -- JSON bodies ----------------------------------------------------------------------------------------


def test_a_json_object_is_loaded() -> None:
    assert load_json_object(BODY) == {"event": "invoice.updated"}


@pytest.mark.parametrize(
    ("payload", "why"),
    [(b"<html>", "not JSON"), (b"\xff\xfe{", "not JSON"), (b"[1]", "not a JSON object"), (b'"x"', "not a JSON object")],
)
def test_a_body_that_is_not_a_json_object_is_refused(payload: bytes, why: str) -> None:
    with pytest.raises(WebhookVerificationError, match=why):
        load_json_object(payload)


# -- event types -----------------------------------------------------------------------------------------


class Kind(enum.Enum):
    PAID = "charge.paid"
    LATE = "charge.late"


class Obj:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"event": "a"}, "a"),
        ({"type": "b"}, "b"),
        ({"event": "a", "type": "b"}, "a"),
        ({"event": "", "type": "b"}, "b"),
        ({"event": 5, "type": "b"}, "b"),
        ({"event": None}, None),
        ({"kind": "a"}, None),
        (Obj(event=Kind.PAID), "charge.paid"),
        (Obj(type="c"), "c"),
        (Obj(event=3), None),
        ("event", None),
    ],
)
def test_the_event_type_is_its_event_or_type_field(event: Any, expected: str | None) -> None:
    assert event_type_of(event) == expected


# -- the router -------------------------------------------------------------------------------------------


def test_events_reach_the_handler_of_their_type() -> None:
    router = WebhookRouter[Any, str]({"charge.paid": lambda e: "paid"})

    @router.on("charge.late", Kind.LATE.value + ".2")
    def late(event: Any) -> str:
        return "late"

    assert late({}) == "late"  # the decorator hands the function back
    assert router.dispatch({"event": "charge.paid"}) == "paid"
    assert router.dispatch({"event": "charge.late"}) == "late"
    assert router.dispatch({"event": "charge.late.2"}) == "late"
    assert router.dispatch({"event": "other"}) is None
    assert router.dispatch({}) is None
    assert router.handler_for({"event": "charge.late"}) is late
    assert router.handler_for({"event": "other"}) is None


def test_unhandled_events_go_to_the_fallback() -> None:
    router = WebhookRouter[Any, str]({"charge.paid": lambda e: "paid"}, fallback=lambda e: "first fallback")
    assert router.dispatch({"event": "other"}) == "first fallback"
    assert router.dispatch({}) == "first fallback"

    @router.fallback
    def later(event: Any) -> str:
        return "fallback"

    assert later({}) == "fallback"
    assert router.dispatch({"event": "other"}) == "fallback"
    assert router.dispatch({"type": "charge.paid"}) == "paid"
    assert router.handler_for({"event": "x"}) is later


def test_a_custom_type_reader_is_used() -> None:
    router = WebhookRouter[Any, str]({"x": lambda e: "x"}, type_of=lambda e: e["kind"])
    assert router.dispatch({"kind": "x", "event": "y"}) == "x"


def test_known_types_refuse_a_typo_with_the_nearest_name() -> None:
    router = WebhookRouter[Any, None](known_types=[Kind.PAID, "charge.refunded"])
    with pytest.raises(
        ParameterError, match=r"'charge.payd' is not an event type the provider sends; did you mean 'charge.paid'\?"
    ):
        router.on("charge.payd")
    with pytest.raises(ParameterError, match=r"'zzz' is not an event type the provider sends$"):
        router.on("zzz")
    with pytest.raises(ParameterError, match="not an event type"):
        WebhookRouter[Any, None]({"zzz": lambda e: None}, known_types=["charge.paid"])
    router.on(Kind.PAID)(lambda e: None)  # type: ignore[arg-type]  # an enum member counts by its value
    router.on("charge.refunded")(lambda e: None)
    assert repr(router) == "WebhookRouter(types=['charge.paid', 'charge.refunded'], fallback=False)"


def test_without_known_types_any_name_is_accepted() -> None:
    router = WebhookRouter[Any, str]()
    router.on("anything.at.all")(lambda e: "ok")
    assert router.dispatch({"event": "anything.at.all"}) == "ok"


def test_one_handler_per_type_and_at_least_one_type() -> None:
    router = WebhookRouter[Any, None]({"a": lambda e: None})
    with pytest.raises(ParameterError, match="'a' already has a handler"):
        router.on("a")(lambda e: None)
    with pytest.raises(ParameterError, match="at least one event type"):
        router.on()
    assert repr(WebhookRouter[Any, None](fallback=lambda e: None)) == "WebhookRouter(types=[], fallback=True)"
