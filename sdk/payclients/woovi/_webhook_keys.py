"""Woovi's webhook signing keys: the bundled key, PEM loading, the fetched-key cache, the RSA check.

No network here. `webhooks.py` decides when to fetch and drives `KeyCache` from sync or async code;
everything in this module is plain computation (plus reading the bundled key file once).

`cryptography` is imported lazily, on the first key loaded, so that `import payclients` works without
it: it is only needed to check Woovi's RSA signatures (`pip install "payclients[webhooks]"`).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import importlib.resources
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

__all__ = [
    "BUNDLED_KEY_FILE",
    "BUNDLED_KEY_IDENTIFIER",
    "INSTALL_HINT",
    "KeyCache",
    "PublicKey",
    "TEST_KEYS",
    "bundled_keys",
    "describe",
    "keys_from_response",
    "load_public_key",
    "match_signature",
    "short_id",
    "unique",
]

BUNDLED_KEY_FILE = "woovi_webhook_public_key.pem"
# SHA-256 of the bundled key's DER (SubjectPublicKeyInfo) encoding: Woovi's `key_identifier` for it.
BUNDLED_KEY_IDENTIFIER = "9dce618794f8986c603915a51b7029126c260e5cfdb2aa47e131d837fd62311c"

INSTALL_HINT = (
    "checking Woovi's webhook signatures (RSA) needs the 'cryptography' package: "
    'pip install "payclients[webhooks]" (or pip install cryptography)'
)


def _require_cryptography() -> None:
    try:
        import cryptography  # noqa: F401
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc


@dataclass(frozen=True)
class PublicKey:
    """One RSA public key Woovi may sign deliveries with.

    `identifier` is the SHA-256 of the DER encoding, in hex (what Woovi calls `key_identifier`);
    `source` says where it came from: "bundled", "configured" or "fetched".
    """

    identifier: str
    key: RSAPublicKey = field(repr=False, compare=False)
    source: str = "configured"


def load_public_key(pem: str | bytes, *, source: str = "configured") -> PublicKey:
    """Parse an RSA public key from PEM (SPKI or PKCS#1).

    Also takes the base64-wrapped PEM (`LS0tLS1CRUdJTi...`) that Woovi's docs and SDKs show.
    Raises `ValueError` for anything that is not an RSA public key.
    """
    _require_cryptography()
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

    if isinstance(pem, str):
        data = pem.strip().encode("ascii", errors="replace")
    elif isinstance(pem, bytes | bytearray | memoryview):
        data = bytes(pem).strip()
    else:
        raise ValueError(f"a public key must be PEM text, not {type(pem).__name__}")
    if b"-----BEGIN" not in data:
        try:
            data = base64.b64decode(data, validate=True).strip()
        except (binascii.Error, ValueError):
            raise ValueError("the public key is neither PEM nor base64-wrapped PEM") from None
    try:
        key = load_pem_public_key(data)
    except (ValueError, TypeError):
        raise ValueError("the public key is not a valid PEM public key") from None
    if not isinstance(key, RSAPublicKey):
        raise ValueError(f"Woovi signs with RSA; this is a {type(key).__name__}")
    der = key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return PublicKey(identifier=hashlib.sha256(der).hexdigest(), key=key, source=source)


@functools.cache
def _bundled_pem() -> bytes:
    return importlib.resources.files(__package__).joinpath(BUNDLED_KEY_FILE).read_bytes()


@functools.cache
def _bundled_key() -> PublicKey:
    return load_public_key(_bundled_pem(), source="bundled")


TEST_KEYS: list[PublicKey] = []
"""Keys of `payclients.testing.webhooks.WooviSigner`s trusted for the duration of a test."""


def bundled_keys() -> tuple[PublicKey, ...]:
    """The key shipped with payclients (Woovi's current webhook key as its docs publish it), and any
    test signer's key trusted at the moment."""
    _require_cryptography()
    return (_bundled_key(), *TEST_KEYS)


def keys_from_response(response: object) -> list[str | bytes]:
    """The PEM keys in what a fetch returned.

    Takes the generated `WebhookPublicKeyList` (what `client.webhooks.get_webhook_public_keys()`
    returns), the same as a JSON mapping (`{"public_keys": [{"key": "-----BEGIN ..."}]}`), or a plain
    list of PEM strings. Raises `ValueError` for anything else.
    """
    entries: object
    if isinstance(response, Mapping):
        entries = response.get("public_keys")
    elif isinstance(response, str | bytes):
        entries = [response]
    elif hasattr(response, "public_keys"):
        entries = response.public_keys
    else:
        entries = response
    if isinstance(entries, str | bytes) or not isinstance(entries, Iterable):
        raise ValueError(f"expected a list of public keys, got {type(response).__name__}")
    pems: list[str | bytes] = []
    for entry in entries:
        if isinstance(entry, str | bytes):
            pems.append(entry)
        elif isinstance(entry, Mapping) and isinstance(entry.get("key"), str):
            pems.append(entry["key"])
        elif isinstance(getattr(entry, "key", None), str):
            pems.append(entry.key)
        # an entry without a key (the model's UNSET) is skipped
    return pems


def match_signature(message: bytes, signature: bytes, keys: Iterable[PublicKey]) -> PublicKey | None:
    """The first key under which `signature` is a valid RSA-SHA256 (PKCS#1 v1.5) signature of `message`."""
    _require_cryptography()
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    for candidate in keys:
        try:
            candidate.key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        except (InvalidSignature, ValueError):
            continue
        return candidate
    return None


class KeyCache:
    """The keys last fetched from `GET /api/v1/webhook/public-keys`, and when to fetch again.

    A scheduled fetch is due when nothing was fetched yet or the last success is `ttl` seconds old.
    A refresh (a signature no known key accepts: maybe the keys rotated) is allowed whatever the age
    of the cache. Either way, at most one attempt starts per `refresh_interval` seconds, so a failing
    endpoint or a stream of forged signatures cannot turn into a stream of requests. Claiming an
    attempt is atomic, so concurrent deliveries do not all fetch at once.

    A failed fetch keeps the last good keys: they stay in use until a fetch succeeds.
    """

    def __init__(self, *, ttl: float, refresh_interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        if ttl < 0 or refresh_interval < 0:
            raise ValueError("cache_ttl and refresh_interval must not be negative")
        self.ttl = ttl
        self.refresh_interval = refresh_interval
        self.clock = clock
        self.keys: tuple[PublicKey, ...] = ()
        self.fetched_at: float | None = None
        self.attempted_at: float | None = None
        self._lock = threading.Lock()

    def _attempt_allowed(self, now: float) -> bool:
        return self.attempted_at is None or now - self.attempted_at >= self.refresh_interval

    def _stale(self, now: float) -> bool:
        return self.fetched_at is None or now - self.fetched_at >= self.ttl

    def claim_scheduled_fetch(self) -> bool:
        """True (and the attempt is recorded) if the cache is empty or expired and a fetch may start."""
        with self._lock:
            now = self.clock()
            if self._stale(now) and self._attempt_allowed(now):
                self.attempted_at = now
                return True
            return False

    def claim_refresh(self) -> bool:
        """True (and the attempt is recorded) if a fetch may start now, fresh cache or not."""
        with self._lock:
            now = self.clock()
            if self._attempt_allowed(now):
                self.attempted_at = now
                return True
            return False

    def store(self, keys: Sequence[PublicKey]) -> None:
        with self._lock:
            self.keys = tuple(keys)
            self.fetched_at = self.clock()

    def expire(self) -> None:
        """Forget when the keys were fetched (not the keys): the next check fetches again."""
        with self._lock:
            self.fetched_at = None
            self.attempted_at = None

    def __repr__(self) -> str:
        return f"KeyCache(keys={[k.identifier[:12] for k in self.keys]}, ttl={self.ttl}, fetched_at={self.fetched_at})"


def unique(keys: Iterable[PublicKey]) -> tuple[PublicKey, ...]:
    """`keys` without repeats (the same key fetched and bundled is tried once), order kept."""
    seen: set[str] = set()
    result: list[PublicKey] = []
    for key in keys:
        if key.identifier not in seen:
            seen.add(key.identifier)
            result.append(key)
    return tuple(result)


def short_id(key: PublicKey) -> str:
    return key.identifier[:12]


def describe(keys: Iterable[Any]) -> str:
    ids = [short_id(k) for k in keys]
    return ", ".join(ids) if ids else "none"
