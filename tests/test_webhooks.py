"""The shared webhook primitives: HMAC in constant time, several secrets, encodings, replays."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac

import pytest

from payclients import WebhookVerificationError
from payclients._webhooks import check_timestamp, find_header, load_json_object, raw_bytes, verify_hmac

BODY = b'{"event": "invoice.updated", "data": {"id": 42}}'


def sign(secret: str, body: bytes = BODY, algorithm: str = "sha256") -> bytes:
    return hmac.new(secret.encode(), body, getattr(hashlib, algorithm)).digest()


def test_hex_signature_matches() -> None:
    verify_hmac(BODY, sign("s3cret").hex(), ["s3cret"])


def test_base64_signature_and_prefix() -> None:
    signature = "sha1=" + base64.b64encode(sign("s3cret", algorithm="sha1")).decode()
    verify_hmac(BODY, signature, ["s3cret"], algorithm="sha1", encoding="base64", prefix="sha1=")


@pytest.mark.parametrize(
    "secrets", [["new", "old"], ["old", "new", "older"], ["old", "new"]], ids=["first", "middle", "last"]
)
def test_any_of_several_secrets_matches(secrets: list[str]) -> None:
    verify_hmac(BODY, sign("new").hex(), secrets)
    with pytest.raises(WebhookVerificationError):
        verify_hmac(BODY, sign("retired").hex(), secrets)


@pytest.mark.parametrize(
    ("body", "signature", "secrets"),
    [
        (BODY + b" ", sign("s3cret").hex(), ["s3cret"]),  # tampered body
        (BODY, sign("other").hex(), ["s3cret"]),  # wrong secret
        (BODY, "zz-not-hex", ["s3cret"]),  # malformed signature
        (BODY, sign("s3cret").hex(), []),  # no secret configured
        (BODY, sign("s3cret").hex()[:-2], ["s3cret"]),  # truncated signature
    ],
)
def test_mismatches_raise(body: bytes, signature: str, secrets: list[str]) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_hmac(body, signature, secrets)


def test_timestamp_tolerance() -> None:
    now = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)
    check_timestamp(now - dt.timedelta(seconds=299), tolerance=300, now=now)
    with pytest.raises(WebhookVerificationError, match="300"):
        check_timestamp(now - dt.timedelta(seconds=301), tolerance=300, now=now)


def test_helpers() -> None:
    assert find_header({"X-Mindz-Signature": "abc"}, "x-mindz-signature") == "abc"
    assert find_header({}, "x") is None
    assert raw_bytes("é") == "é".encode()
    with pytest.raises(TypeError):
        raw_bytes({"a": 1})  # type: ignore[arg-type]
    assert load_json_object(BODY)["data"] == {"id": 42}
    with pytest.raises(WebhookVerificationError):
        load_json_object(b"[1, 2]")
    with pytest.raises(WebhookVerificationError):
        load_json_object(b"<html>")
