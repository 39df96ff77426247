"""When to retry a request, and how long to wait first.

The policy is written once, as a generator that yields what to do next (`Send` a request or `Sleep`)
and receives each outcome; the sync and async clients only perform those steps. So both clients retry
in exactly the same way.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "RetryPolicy",
    "Send",
    "Sleep",
    "retry_after_seconds",
    "sane_wait",
]

DEFAULT_MAX_RETRIES = 2
RETRYABLE_STATUSES = frozenset({408, 429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class Send:
    """Send this request (again)."""

    request: httpx.Request
    attempt: int


@dataclass(frozen=True)
class Sleep:
    """Wait this many seconds before the next attempt."""

    seconds: float


Outcome = httpx.Response | httpx.TransportError | None
RetryLog = Callable[[httpx.Request, int, float, str], None]


MAX_SANE_WAIT = 24 * 60 * 60.0
"""A wait header asking for more than a day is taken as garbage, like NaN or a negative number."""


def sane_wait(seconds: float | None) -> float | None:
    """`seconds` if it is a wait a server can mean (finite, >= 0, at most a day); None otherwise."""
    if seconds is None or isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return None
    if not math.isfinite(seconds) or seconds < 0 or seconds > MAX_SANE_WAIT:
        return None
    return float(seconds)


def _number(text: str) -> float | None:
    text = text.strip()
    if not text or "_" in text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait a response asks for: `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date.

    A value that is not a sane wait (NaN, infinite, negative, more than a day) counts as absent.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        asked = _number(millis)
        if asked is not None and sane_wait(asked / 1000) is not None:
            return asked / 1000
    value = lowered.get("retry-after")
    if value is None:
        return None
    asked = _number(value)
    if asked is not None:
        return sane_wait(asked)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        return None
    return sane_wait(max(when.timestamp() - (time.time() if now is None else now), 0.0))


@dataclass(frozen=True)
class RetryPolicy:
    """Retries with exponential backoff and jitter.

    Retried: connection failures, timeouts and broken responses, and the statuses 408, 429 and 5xx.
    A failure to connect is retried for every request (nothing reached the server). Anything else is
    retried only when repeating the request is safe: an idempotent method, or a request that carries
    an idempotency key (`retry_safe`). A `Retry-After` wait longer than `max_retry_after` is not
    waited out: the error goes back to the caller, who can decide.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_after: Callable[[httpx.Response], float | None] | None = None
    """Reads the wait a response asks for (the provider's); None reads `Retry-After` / `retry-after-ms`."""

    def backoff(self, retries_done: int) -> float:
        """Exponential delay with up to 25% jitter subtracted, capped at `max_delay`."""
        delay = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return delay * (1 - 0.25 * random.random())

    def delay_before_retry(self, outcome: Outcome, retries_done: int, *, retry_safe: bool) -> float | None:
        """Seconds to wait before retrying after `outcome`, or None for no retry."""
        if retries_done >= self.max_retries:
            return None
        if isinstance(outcome, httpx.ConnectError | httpx.ConnectTimeout):
            return self.backoff(retries_done)
        if not retry_safe:
            return None
        if isinstance(outcome, httpx.TransportError):
            return self.backoff(retries_done)
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            if status not in RETRYABLE_STATUSES and status < 500:
                return None
            asked = sane_wait(
                retry_after_seconds(outcome.headers) if self.retry_after is None else self.retry_after(outcome)
            )
            if asked is None:
                return self.backoff(retries_done)
            if asked > self.max_retry_after:
                return None
            return asked
        return None

    def plan(
        self,
        request: httpx.Request,
        *,
        retry_safe: bool,
        on_retry: RetryLog | None = None,
    ) -> Generator[Send | Sleep, Outcome, httpx.Response]:
        """Yield the steps of one logical call; return the final response.

        The caller sends back the response or transport error of each `Send` (None after a `Sleep`).
        A transport error that is not retried is raised from here.
        """
        retries_done = 0
        while True:
            outcome = yield Send(request, retries_done + 1)
            delay = self.delay_before_retry(outcome, retries_done, retry_safe=retry_safe)
            if delay is None:
                if isinstance(outcome, httpx.Response):
                    return outcome
                assert outcome is not None
                raise outcome
            if on_retry is not None:
                reason = (
                    f"HTTP {outcome.status_code}" if isinstance(outcome, httpx.Response) else type(outcome).__name__
                )
                on_retry(request, retries_done + 1, delay, reason)
            yield Sleep(delay)
            retries_done += 1


def is_idempotent_method(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS
