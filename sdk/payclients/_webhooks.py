"""Webhook signature checks shared by the providers.

Verify the raw request bytes exactly as received (not a re-serialised JSON object), compare in
constant time, and accept several secrets so a secret can be rolled without dropping deliveries.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ._exceptions import WebhookVerificationError

__all__ = [
    "Encoding",
    "check_timestamp",
    "decode_signature",
    "find_header",
    "hmac_digest",
    "load_json_object",
    "raw_bytes",
    "verify_hmac",
]

Encoding = Literal["hex", "base64"]


def raw_bytes(payload: bytes | bytearray | memoryview | str) -> bytes:
    """The body as bytes. Pass the raw body: a string is encoded as UTF-8, which only matches if the
    provider signed UTF-8 and nothing re-encoded it on the way."""
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(f"payload must be the raw request body (bytes), not {type(payload).__name__}")


def find_header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value, whatever the case of its name in `headers`."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def decode_signature(signature: str, encoding: Encoding, *, prefix: str = "") -> bytes:
    """The signature's bytes; a malformed signature fails verification rather than raising elsewhere."""
    text = signature.strip()
    if prefix and text.lower().startswith(prefix.lower()):
        text = text[len(prefix) :]
    try:
        if encoding == "hex":
            return bytes.fromhex(text)
        return base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        raise WebhookVerificationError(f"the signature is not valid {encoding}") from None


def hmac_digest(secret: str | bytes, message: bytes, algorithm: str) -> bytes:
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    return hmac.new(key, message, getattr(hashlib, algorithm)).digest()


def verify_hmac(
    message: bytes,
    signature: str,
    secrets: Iterable[str | bytes],
    *,
    algorithm: str = "sha256",
    encoding: Encoding = "hex",
    prefix: str = "",
) -> None:
    """Raise `WebhookVerificationError` unless `signature` is the HMAC of `message` under one of `secrets`."""
    expected = decode_signature(signature, encoding, prefix=prefix)
    keys = [s for s in secrets if s]
    if not keys:
        raise WebhookVerificationError("no webhook secret was given to verify with")
    matched = False
    for key in keys:  # compare with every key, so timing does not reveal which one matched
        matched |= hmac.compare_digest(hmac_digest(key, message, algorithm), expected)
    if not matched:
        raise WebhookVerificationError("the webhook signature does not match the payload")


def check_timestamp(sent_at: dt.datetime, *, tolerance: float, now: dt.datetime | None = None) -> None:
    """Refuse deliveries older (or further in the future) than `tolerance` seconds: replays."""
    current = now or dt.datetime.now(dt.UTC)
    if abs((current - sent_at).total_seconds()) > tolerance:
        raise WebhookVerificationError(f"the webhook timestamp is more than {tolerance:.0f} s away from now")


def load_json_object(payload: bytes) -> dict[str, Any]:
    try:
        body = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise WebhookVerificationError("the webhook body is not JSON") from None
    if not isinstance(body, dict):
        raise WebhookVerificationError("the webhook body is not a JSON object")
    return body
