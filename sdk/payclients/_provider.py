"""What differs between providers, as data the shared runtime reads.

A provider module builds one `Provider`: which generated package holds its operations, how its error
bodies look, how it makes a request safe to repeat, and which header carries its request id.

Idempotency comes from the spec: a declared `Idempotency-Key` header becomes `header_idempotency(...)`
(a fresh key on each POST/PATCH/PUT, kept across its retries), Woovi's `x-payclients-idempotency`
markers (the body key) bound its `DEDUPLICATED_POSTS`, and a spec that declares neither gets `no_idempotency`. The
runtime asks `Provider.idempotency` once per call; `_retries.RetryPolicy` repeats a request that
reached the server only when the answer was yes. Routing (Mindz's public v1 base) is the client's
`_invoker_for(tag)`. specs/README.md, "From a spec's extensions to behaviour", has the whole map.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._retries import is_idempotent_method, retry_after_seconds

__all__ = [
    "ErrorDetails",
    "Provider",
    "decode_json_body",
    "header_idempotency",
    "header_retry_after",
    "no_idempotency",
]


@dataclass(frozen=True)
class ErrorDetails:
    """What a provider's error body says, in one shape for every provider."""

    message: str
    code: str | None = None
    error: Any = None
    field_errors: Mapping[str, list[str]] = field(default_factory=dict)


ErrorParser = Callable[[httpx.Response], ErrorDetails | None]
Idempotency = Callable[[httpx.Request], bool]
"""Prepares a request for retries (e.g. adds a key) and says whether repeating it is safe."""
WaitReader = Callable[[httpx.Response], float | None]
"""The wait in seconds a response asks for before the request is repeated; None when it names none."""


def header_retry_after(response: httpx.Response) -> float | None:
    """The wait of the `Retry-After` (seconds or HTTP date) or `retry-after-ms` header."""
    return retry_after_seconds(response.headers)


def no_idempotency(request: httpx.Request) -> bool:
    """Only methods that are idempotent by definition may be repeated."""
    return is_idempotent_method(request.method)


def header_idempotency(header: str, methods: Collection[str] = ("POST", "PATCH", "PUT")) -> Idempotency:
    """Give each logical call of these methods one key in `header` (unless the caller set one).

    The runtime calls this once per call, before the first attempt, so every retry carries the same key
    and the provider applies the call at most once.
    """
    keyed = frozenset(m.upper() for m in methods)

    def prepare(request: httpx.Request) -> bool:
        if request.method.upper() in keyed:
            if not request.headers.get(header):
                request.headers[header] = str(uuid.uuid4())
            return True
        return is_idempotent_method(request.method)

    return prepare


def decode_json_body(response: httpx.Response) -> Any:
    """The JSON body, or None when there is none or it is not JSON (an HTML error page, say)."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deeply
        return None


@dataclass(frozen=True)
class Provider:
    """A provider as the runtime sees it."""

    name: str
    """Display name, used in messages ("Solvimon")."""
    generated_package: str
    """Import name of the generated client (`payclients_solvimon`)."""
    parse_error: ErrorParser
    """Reads an error response; None when the body is not in the provider's error format."""
    request_id_header: str | None = None
    idempotency: Idempotency = no_idempotency
    sensitive_headers: tuple[str, ...] = ()
    """Extra header names to redact in logs, beyond the usual credential headers."""
    retry_after: WaitReader = header_retry_after
    """Reads the wait a response asks for: the retries honour it and `RateLimitError.retry_after` reports it."""
