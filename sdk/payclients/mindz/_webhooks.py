"""Mindz webhook verification; the public names are re-exported by `payclients.mindz.webhooks`."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final, get_args

from .._exceptions import ParameterError, WebhookVerificationError
from .._webhooks import Encoding, find_header, hmac_digest, load_json_object, raw_bytes, verify_hmac

if TYPE_CHECKING:
    from payclients_mindz.models import MindzWebhookEvent

__all__ = ["ALGORITHM", "SIGNATURE_HEADER", "Payload", "Secrets", "construct_event", "sign", "verify"]

SIGNATURE_HEADER: Final = "X-Mindz-Signature"
"""Default header of the signature (proposed: the header name is not documented)."""
ALGORITHM: Final = "sha256"
"""HMAC-SHA256 (documented)."""

Secrets = str | bytes | Iterable[str | bytes]
"""One webhook secret, or several while rotating."""

Payload = bytes | bytearray | memoryview | str


def verify(
    payload: Payload,
    headers: Mapping[str, str],
    secret: Secrets,
    *,
    header: str = SIGNATURE_HEADER,
    encoding: Encoding = "hex",
    prefix: str = "",
) -> bytes:
    """Check the delivery's signature and return the raw body; raise `WebhookVerificationError` if it fails.

    * **payload** - the raw request body, as received.
    * **headers** - the request's headers (any mapping; names are matched case-insensitively).
    * **secret** - the webhook's secret, or several (any of them may match).
    * **header** - where the signature is (default `X-Mindz-Signature`, proposed).
    * **encoding** - `"hex"` (default, proposed) or `"base64"`.
    * **prefix** - text before the signature to drop, e.g. `"sha256="`, if your tenant sends one.
    """
    _check_options(header, encoding)
    body = raw_bytes(payload)
    signature = find_header(headers, header)
    if signature is None or not signature.strip():
        raise WebhookVerificationError(f"the {header} header is missing: this delivery is not signed")
    verify_hmac(body, signature, _secrets(secret), algorithm=ALGORITHM, encoding=encoding, prefix=prefix)
    return body


def construct_event(
    payload: Payload,
    headers: Mapping[str, str],
    secret: Secrets,
    *,
    header: str = SIGNATURE_HEADER,
    encoding: Encoding = "hex",
    prefix: str = "",
) -> MindzWebhookEvent:
    """Verify the delivery (see `verify`) and parse its body into a `MindzWebhookEvent`.

    The event's fields (`id`, `event`, `created_at`, `data`) are proposed; keys Mindz sends beyond them
    are kept in `event.additional_properties`.
    """
    body = verify(payload, headers, secret, header=header, encoding=encoding, prefix=prefix)
    data = load_json_object(body)
    from payclients_mindz.models import MindzWebhookEvent

    try:
        return MindzWebhookEvent.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookVerificationError(
            f"the webhook body does not have the shape of a Mindz event ({type(exc).__name__})"
        ) from None


def sign(payload: Payload, secret: str | bytes, *, encoding: Encoding = "hex", prefix: str = "") -> str:
    """The signature header value Mindz would send for `payload` (to test your webhook handler)."""
    _check_options(SIGNATURE_HEADER, encoding)
    if not secret:
        raise ParameterError("secret", "is empty")
    digest = hmac_digest(secret, raw_bytes(payload), ALGORITHM)
    if encoding == "hex":
        return prefix + digest.hex()
    return prefix + base64.b64encode(digest).decode("ascii")


def _check_options(header: str, encoding: str) -> None:
    if not isinstance(header, str) or not header.strip():
        raise ParameterError("header", f"must be a header name, not {header!r}")
    if encoding not in get_args(Encoding):
        raise ParameterError("encoding", f"must be 'hex' or 'base64', not {encoding!r}")


def _secrets(secret: Secrets | None) -> list[str | bytes]:
    if secret is None:
        return []
    if isinstance(secret, str | bytes):
        return [secret]
    return list(secret)
