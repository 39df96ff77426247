"""The raw response of a call, with its parsed body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

__all__ = ["APIResponse"]

T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """A successful response: status, headers, request id and the parsed body.

    Returned by every `with_raw_response` method; `http_response` is the underlying httpx response.
    """

    http_response: httpx.Response
    parsed: T
    request_id: str | None
    attempts: int = 1
    """How many times the request was sent (1 + retries)."""

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def elapsed_seconds(self) -> float | None:
        """Time of the last attempt, from sending the request to reading the body (None if unknown)."""
        try:
            return self.http_response.elapsed.total_seconds()
        except RuntimeError:
            return None

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r} parsed={type(self.parsed).__name__}>"
