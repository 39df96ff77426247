"""Webhook signature checks shared by the providers.

Verify the raw request bytes exactly as received (not a re-serialised JSON object), compare in
constant time, and accept several secrets so a secret can be rolled without dropping deliveries.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import difflib
import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, Literal, TypeVar

from ._exceptions import ParameterError, WebhookVerificationError

__all__ = [
    "Encoding",
    "WebhookRouter",
    "check_timestamp",
    "decode_signature",
    "event_type_of",
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


# -- dispatch by event type --------------------------------------------------------------------------

E = TypeVar("E")
R = TypeVar("R")
Handler = Callable[[E], R]


def event_type_of(event: object) -> str | None:
    """The type name of a parsed event (its `event` field, or `type` for providers naming it so), or
    None when it has none."""
    for field in ("event", "type"):
        value = event.get(field) if isinstance(event, Mapping) else getattr(event, field, None)
        value = getattr(value, "value", value)  # an enum member: its wire value
        if isinstance(value, str) and value:
            return value
    return None


class WebhookRouter(Generic[E, R]):
    """Routes verified events to handlers by their type, the way Woovi's own SDK does.

        router = WebhookRouter[Event, None]()

        @router.on("OPENPIX:CHARGE_COMPLETED")
        def paid(event: Event) -> None: ...

        router.dispatch(verifier.construct_event(body, headers))

    Or a mapping: `WebhookRouter({"OPENPIX:CHARGE_COMPLETED": paid}, fallback=log_it)`. An event whose
    type has no handler goes to the fallback (`@router.fallback`), or is ignored (None) when there is
    none: providers add event types, and a delivery of a new type should still be acknowledged. With
    `known_types`, `on()` refuses a name the provider does not send (a typo), suggesting the nearest.
    Handlers may be coroutine functions: `dispatch` then returns their awaitable, to be awaited.
    """

    def __init__(
        self,
        handlers: Mapping[str, Handler[E, R]] | None = None,
        *,
        fallback: Handler[E, R] | None = None,
        known_types: Iterable[str] | None = None,
        type_of: Callable[[E], str | None] = event_type_of,
    ) -> None:
        self._known = None if known_types is None else frozenset(str(getattr(t, "value", t)) for t in known_types)
        self._handlers: dict[str, Handler[E, R]] = {}
        self._fallback = fallback
        self._type_of = type_of
        for name, handler in (handlers or {}).items():
            self._add(name, handler)

    def on(self, *event_types: str) -> Callable[[Handler[E, R]], Handler[E, R]]:
        """Decorate the handler of one or more event types (names as the provider sends them)."""
        if not event_types:
            raise ParameterError("event_types", "name at least one event type")
        for name in event_types:
            self._check(name)

        def register(handler: Handler[E, R]) -> Handler[E, R]:
            for name in event_types:
                self._add(name, handler)
            return handler

        return register

    def fallback(self, handler: Handler[E, R]) -> Handler[E, R]:
        """Decorate the handler of every event type no other handler takes."""
        self._fallback = handler
        return handler

    def handler_for(self, event: E) -> Handler[E, R] | None:
        """The handler `dispatch` would call for `event` (None when it would be ignored)."""
        name = self._type_of(event)
        found = self._handlers.get(name) if name is not None else None
        return found if found is not None else self._fallback

    def dispatch(self, event: E) -> R | None:
        """Call the handler of `event`'s type (or the fallback) and return what it returns."""
        handler = self.handler_for(event)
        return None if handler is None else handler(event)

    def __repr__(self) -> str:
        return f"WebhookRouter(types={sorted(self._handlers)}, fallback={self._fallback is not None})"

    def _check(self, name: str) -> str:
        key = str(getattr(name, "value", name))
        if self._known is not None and key not in self._known:
            near = difflib.get_close_matches(key, sorted(self._known), n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise ParameterError("event_types", f"{key!r} is not an event type the provider sends{hint}")
        return key

    def _add(self, name: str, handler: Handler[E, R]) -> None:
        key = self._check(name)
        if key in self._handlers:
            raise ParameterError("event_types", f"{key!r} already has a handler")
        self._handlers[key] = handler
