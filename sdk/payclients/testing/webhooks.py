"""Signed webhook deliveries, to test your handler the way the provider will call it.

    from payclients.testing.webhooks import WooviSigner

    signer = WooviSigner()                                   # a fresh RSA key pair, trusted while used
    with signer.trusted():                                   # every Woovi WebhookVerifier accepts it now
        body, headers = signer.delivery({"event": "OPENPIX:CHARGE_COMPLETED", "charge": {...}})
        assert handle_woovi_webhook(body, headers) == 200

With pytest, the `signed_webhook` fixture does the set-up: `signed_webhook.woovi(payload)`,
`signed_webhook.mindz(payload, secret=...)` and `signed_webhook.solvimon(payload, secret=...)` return a
`Delivery` (body, headers), its Woovi key trusted for the test. `Delivery.tampered()` is the same
delivery with one byte of the body changed, which a handler must refuse.

Woovi signs with RSA, so its signer needs the `webhooks` extra (cryptography). Mindz signs with an
HMAC secret you choose, and so does Solvimon (HMAC-SHA256 over "{timestamp}.{body}", stdlib only): give
the handler under test the same secret.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    from payclients._webhooks import Encoding

__all__ = ["Delivery", "MindzSigner", "SignedWebhooks", "SolvimonSigner", "WooviSigner", "as_body"]


class Delivery(NamedTuple):
    """One signed delivery: the raw body and the headers the provider would send with it."""

    body: bytes
    headers: dict[str, str]

    def tampered(self) -> Delivery:
        """The same headers with the body's last byte changed: a signature check must refuse it."""
        last = self.body[-1:] or b" "
        return Delivery(self.body[:-1] + (b"!" if last != b"!" else b"?"), dict(self.headers))


def as_body(payload: Mapping[str, Any] | bytes | str) -> bytes:
    """The raw body of `payload`: a mapping is JSON-encoded compactly, as the providers send it."""
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, str):
        return payload.encode("utf-8")
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@functools.cache
def _shared_private_key() -> RSAPrivateKey:
    """One key per process: generating RSA keys is slow, and a test key needs no secrecy."""
    from payclients.woovi import _webhook_keys

    _webhook_keys.bundled_keys()  # the install hint, without the `webhooks` extra
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class WooviSigner:
    """Signs bodies as Woovi does (RSA-SHA256, base64, in `x-webhook-signature`) with a test key.

    `trusted()` makes every `WebhookVerifier`/`AsyncWebhookVerifier` accept the key while it lasts,
    including a verifier your application built at start-up. Or pass `public_key_pem` as `public_keys=`.
    """

    def __init__(self, private_key: RSAPrivateKey | None = None) -> None:
        self._key = private_key or _shared_private_key()

    @property
    def public_key_pem(self) -> str:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        return self._key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")

    def sign(self, body: bytes) -> str:
        """The `x-webhook-signature` value Woovi would send with `body`."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        return base64.b64encode(self._key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")

    def delivery(self, payload: Mapping[str, Any] | bytes | str) -> Delivery:
        """`payload` as Woovi would deliver it: the raw body and its signed headers."""
        body = as_body(payload)
        return Delivery(body, {"content-type": "application/json", "x-webhook-signature": self.sign(body)})

    @contextlib.contextmanager
    def trusted(self) -> Iterator[WooviSigner]:
        """Make Woovi's verifiers accept this signer's key until the block ends."""
        from payclients.woovi import _webhook_keys

        key = _webhook_keys.load_public_key(self.public_key_pem, source="bundled")
        _webhook_keys.TEST_KEYS.append(key)
        try:
            yield self
        finally:
            _webhook_keys.TEST_KEYS.remove(key)


class MindzSigner:
    """Signs bodies as Mindz does (HMAC-SHA256 with the webhook's secret, hex in `X-Mindz-Signature`)."""

    def __init__(self, secret: str | bytes = "whsec_test", *, header: str | None = None, prefix: str = "") -> None:
        from payclients.mindz import webhooks

        self.secret = secret
        self.header = header or webhooks.SIGNATURE_HEADER
        self.prefix = prefix

    def __repr__(self) -> str:
        return f"MindzSigner(header={self.header!r})"  # never the secret

    def delivery(self, payload: Mapping[str, Any] | bytes | str) -> Delivery:
        """`payload` as Mindz would deliver it: the raw body and its signed headers."""
        from payclients.mindz import webhooks

        body = as_body(payload)
        signature = webhooks.sign(body, self.secret, prefix=self.prefix)
        return Delivery(body, {"content-type": "application/json", self.header: signature})


class SolvimonSigner:
    """Signs bodies as Solvimon does: `X-PAYLOAD-SIGNATURE-TIMESTAMP` and `X-PAYLOAD-SIGNATURE: v1=...`.

    Several secrets give one `v1` pair each, as during a secret roll. `timestamp=` (aware) backdates a
    delivery, to test that a stale one is refused; by default it is now.
    """

    def __init__(
        self, secret: str | bytes | Sequence[str | bytes] = "whsec_test", *, encoding: Encoding = "hex"
    ) -> None:
        from payclients.solvimon import webhooks

        webhooks.sign(b"", secret, encoding=encoding)  # a bad secret or encoding fails here, not per delivery
        self.secret = secret
        self.encoding = encoding

    def __repr__(self) -> str:
        return f"SolvimonSigner(encoding={self.encoding!r})"  # never the secret

    def delivery(self, payload: Mapping[str, Any] | bytes | str, *, timestamp: dt.datetime | None = None) -> Delivery:
        """`payload` as Solvimon would deliver it: the raw body and its signed headers."""
        from payclients.solvimon import webhooks

        body = as_body(payload)
        headers = webhooks.sign(body, self.secret, timestamp=timestamp, encoding=self.encoding)
        return Delivery(body, {"content-type": "application/json", **headers})


class SignedWebhooks(contextlib.ExitStack):
    """What the `signed_webhook` fixture gives a test: one call per provider makes a signed delivery.

    A context manager: the Woovi key is trusted from its first use until the block ends.
    """

    _woovi: WooviSigner | None = None

    @property
    def woovi_signer(self) -> WooviSigner:
        """The Woovi signer (made, and trusted, on first use: only Woovi needs cryptography)."""
        if self._woovi is None:
            self._woovi = self.enter_context(WooviSigner().trusted())
        return self._woovi

    def woovi(self, payload: Mapping[str, Any] | bytes | str) -> Delivery:
        """A Woovi delivery signed with a key Woovi's verifiers trust during the test."""
        return self.woovi_signer.delivery(payload)

    def mindz(self, payload: Mapping[str, Any] | bytes | str, *, secret: str | bytes = "whsec_test") -> Delivery:
        """A Mindz delivery signed with `secret` (the one your handler verifies with)."""
        return MindzSigner(secret).delivery(payload)

    def solvimon(
        self,
        payload: Mapping[str, Any] | bytes | str,
        *,
        secret: str | bytes | Sequence[str | bytes] = "whsec_test",
        timestamp: dt.datetime | None = None,
        encoding: Encoding = "hex",
    ) -> Delivery:
        """A Solvimon delivery signed with `secret` (the one your handler verifies with), sent now or at
        `timestamp`."""
        return SolvimonSigner(secret, encoding=encoding).delivery(payload, timestamp=timestamp)
